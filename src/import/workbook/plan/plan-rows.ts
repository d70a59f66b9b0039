// Every row of every sheet matched with the record it stands for (by id; a
// figure by indicator, subject and period) and laid over it: new, changed or
// unchanged, judged on the data as the schema reads it, never on the text.
// Records no row stands for are removed, or kept and reported without
// --allow-remove. Rows that cannot be placed (no id, a repeated id) are problems.
import { fold } from '../../../lib/locale/fold';
import { idSchema } from '../../../schemas/common';
import type { IndicatorValue } from '../../../schemas/indicator-value';
import { contentTypes } from '../../../schemas/registry';
import { valueKey } from '../../shared/plan/value-outcomes';
import { expectedFor } from '../normalise/cells';
import { matchColumns } from '../normalise/headers';
import { readRows, type RowPatch } from '../normalise/rows';
import type { WorkbookSheet } from '../read/read-workbook';
import { parseRecord, type StoredContent, type StoredRecord } from '../read/stored-content';
import type { SheetReport, WorkbookError } from '../report';
import { DEFAULT_VALUES_FILE, EXPLANATION_SHEET, plainColumns, SHEETS, type SheetDef, type WorkbookKind } from '../sheets';
import { mergeRecord, type MergedRecord } from './merge-record';

export type RowOutcome = 'new' | 'changed' | 'unchanged';

export interface PlannedRecord {
  kind: WorkbookKind;
  sheet: string;
  row: number;
  key: string;
  outcome: RowOutcome;
  merged: MergedRecord;
  /** The record as the schema reads it, when it is valid on its own. */
  parsed?: unknown;
  /** Where it is or will be, relative to the content folder. */
  file: string;
  existing?: StoredRecord;
}

export interface RowsPlan {
  records: PlannedRecord[];
  /** Records no row stands for, per kind. */
  missing: Map<WorkbookKind, StoredRecord[]>;
  sheets: SheetReport[];
  otherSheets: string[];
  errors: WorkbookError[];
}

/** Canonical JSON (keys sorted, undefined left out): equal data, equal text. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );

export const sameData = (a: unknown, b: unknown) => canonical(a) === canonical(b);

const cellValue = (patch: RowPatch, field: string) => patch.plain.find((c) => c.column.path.join('.') === field);

/** A kommunkod typed as a number loses its leading zero: 182 is 0182 when the row is about the kommun. */
function padKommunkod(patch: RowPatch): void {
  const type = cellValue(patch, 'subjectType');
  const subject = cellValue(patch, 'subject');
  if (type?.value === 'municipality' && typeof subject?.value === 'string' && /^\d{1,3}$/.test(subject.value)) subject.value = subject.value.padStart(4, '0');
}

/** The record's key from its row, or a problem saying why the row cannot be placed. */
function keyOf(def: SheetDef, patch: RowPatch): { key: string } | { error?: WorkbookError } {
  if (def.kind === 'indicatorValues') {
    padKommunkod(patch);
    const parts = ['indicator', 'subjectType', 'subject', 'period'].map((f) => cellValue(patch, f)?.value);
    // A figure without all four is new; the schema names the empty cell.
    if (parts.some((p) => typeof p !== 'string' || p === '')) return { key: `rad ${patch.row}` };
    return { key: valueKey({ indicator: parts[0], subjectType: parts[1], subject: parts[2], period: parts[3] } as IndicatorValue) };
  }
  const cell = cellValue(patch, 'id');
  if (!cell || cell.failed) return {};
  const error = (expected: string): { error: WorkbookError } => ({
    error: { sheet: def.name, row: patch.row, column: cell.header, value: cell.value, hasValue: true, expected },
  });
  if (cell.value === undefined) return error('ett id (cellen får inte vara tom: varje rad behöver ett id)');
  const checked = idSchema.safeParse(cell.value);
  if (!checked.success) return error(checked.error.issues[0]?.message ?? expectedFor(cell.column));
  return { key: checked.data };
}

/** Where a record is or goes, relative to the content folder. */
function fileFor(kind: WorkbookKind, key: string, merged: MergedRecord, patch: RowPatch, existing: StoredRecord | undefined): string {
  const { path, layout } = contentTypes[kind];
  if (layout === 'rows') {
    const cell = patch.plain.find((c) => c.column.kind === 'file');
    const name = cell && !cell.failed && typeof cell.value === 'string' ? cell.value : existing ? existing.file.slice(path.length + 1) : DEFAULT_VALUES_FILE;
    return `${path}/${name}`;
  }
  if (existing) return existing.file;
  if (layout === 'one-per-file') return `${path}/${key}.yaml`;
  if (layout === 'list') return path;
  const year = String(kind === 'followUps' ? merged.raw.date : merged.raw.year).slice(0, 4);
  return `${path}/${/^\d{4}$/.test(year) ? year : 'arbetsbok'}.yaml`;
}

function findSheet(sheets: WorkbookSheet[], name: string): WorkbookSheet | undefined {
  return sheets.find((s) => s.name === name) ?? sheets.find((s) => fold(s.name) === fold(name));
}

export function planRows(stored: StoredContent, sheets: WorkbookSheet[], allowRemove: boolean): RowsPlan {
  const plan: RowsPlan = { records: [], missing: new Map(), sheets: [], otherSheets: [], errors: [] };
  const used = new Set<WorkbookSheet>();
  for (const def of SHEETS) {
    const sheet = findSheet(sheets, def.name);
    if (!sheet) {
      plan.errors.push({
        sheet: def.name,
        hasValue: false,
        expected: `ett blad som heter ${def.name}. Bladet saknas: lägg tillbaka det (exportera en ny arbetsbok med npm run export:workbook om det behövs)`,
      });
      continue;
    }
    used.add(sheet);
    const report: SheetReport = {
      name: def.name,
      counts: { new: 0, changed: 0, unchanged: 0, removed: 0, kept: 0 },
      removed: [],
      kept: [],
      missingColumns: [],
    };
    plan.sheets.push(report);
    const columns = matchColumns(sheet, def);
    plan.errors.push(...columns.problems);
    report.missingColumns = columns.missing;
    const keyColumns = def.kind === 'indicatorValues' ? ['indicator', 'subjectType', 'subject', 'period'] : ['id'];
    const lacking = plainColumns(def).filter((c) => keyColumns.includes(c.path.join('.')) && !columns.plain.has(c));
    if (lacking.length) {
      plan.errors.push({
        sheet: def.name,
        row: 1,
        hasValue: false,
        expected: `kolumnen ${lacking.map((c) => c.header).join(', ')}: raderna känns igen på den. Lägg tillbaka kolumnen`,
      });
      continue;
    }
    const { patches, errors } = readRows(sheet, def, columns);
    plan.errors.push(...errors);
    planSheet(def, patches, stored, plan, report, allowRemove);
  }
  plan.otherSheets = sheets.filter((s) => !used.has(s) && s.name !== EXPLANATION_SHEET).map((s) => s.name);
  return plan;
}

function planSheet(def: SheetDef, patches: RowPatch[], stored: StoredContent, plan: RowsPlan, report: SheetReport, allowRemove: boolean): void {
  const existingByKey = new Map(stored.records[def.kind].map((r) => [r.key, r]));
  const seen = new Map<string, number>();
  for (const patch of patches) {
    const placed = keyOf(def, patch);
    if (!('key' in placed)) {
      if (placed.error) plan.errors.push(placed.error);
      continue;
    }
    const first = seen.get(placed.key);
    if (first !== undefined) {
      const column = def.kind === 'indicatorValues' ? cellValue(patch, 'period')?.header : cellValue(patch, 'id')?.header;
      const value = def.kind === 'indicatorValues' ? cellValue(patch, 'period')?.value : placed.key;
      plan.errors.push({
        sheet: def.name,
        row: patch.row,
        column,
        value,
        hasValue: true,
        expected:
          def.kind === 'indicatorValues'
            ? `bara en rad per indikator, id och period (samma står på rad ${first})`
            : `ett unikt id (samma id står på rad ${first})`,
      });
      continue;
    }
    seen.set(placed.key, patch.row);
    const existing = existingByKey.get(placed.key);
    const merged = mergeRecord(def.kind, existing?.raw, patch);
    const parsed = parseRecord(def.kind, merged.raw);
    const file = fileFor(def.kind, placed.key, merged, patch, existing);
    const same = !!existing && parsed.ok && sameData(parsed.data, existing.parsed) && file === existing.file;
    const outcome: RowOutcome = !existing ? 'new' : same ? 'unchanged' : 'changed';
    report.counts[outcome]++;
    plan.records.push({
      kind: def.kind,
      sheet: def.name,
      row: patch.row,
      key: placed.key,
      outcome,
      merged,
      parsed: parsed.ok ? parsed.data : undefined,
      file,
      existing,
    });
  }
  const missing = stored.records[def.kind].filter((r) => !seen.has(r.key));
  plan.missing.set(def.kind, missing);
  const names = missing.map((r) => `${def.kind === 'indicatorValues' ? r.key.replaceAll('|', ', ') : r.key} (${r.file})`);
  if (allowRemove) {
    report.counts.removed = missing.length;
    report.removed = names;
  } else {
    report.counts.kept = missing.length;
    report.kept = names;
  }
}
