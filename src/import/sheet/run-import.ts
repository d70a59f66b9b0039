// The spreadsheet import as stages: read the file as it is, find its columns,
// turn every row into a value or follow-up (or a refusal with row, column and
// reason), compare with what content already holds, and write all or nothing:
// one refused row and no file is touched. Takes the content folder as an argument.
import { join, relative } from 'node:path';
import type { ContentError } from '../../data/content-error';
import { loadContent } from '../../data/load-content';
import type { ContentModel } from '../../lib/catalog/model';
import { matchHeaders, type FieldVariants, type HeaderMatch } from './normalise/headers';
import { surveyFields, surveyRowToValue, type SheetRefusal, type SurveyField } from './validate/survey-rows';
import { followUpFields, followUpRowToEntry, type FollowUpField } from './validate/follow-up-rows';
import { planValues, valueKey, type PlacedValue } from '../shared/plan/value-outcomes';
import type { IndicatorValue } from '../../schemas/indicator-value';
import type { FollowUp } from '../../schemas/follow-up';
import { effectiveChanges, writeAllOrNothing, type FileChange } from '../shared/write/atomic-write';
import { withImportLock } from '../shared/write/import-lock';
import { INDICATOR_VALUES_DIR, readPlacedValues, serializeIndicatorValues } from '../shared/write/indicator-value-file';
import { planFollowUps } from './plan/follow-up-files';
import { readSheetFile, type SheetLimits, type SheetTable } from './read/read-sheet';

export type SheetKind = 'survey' | 'followups';
export type RowOutcome = 'written' | 'updated' | 'unchanged' | 'refused';

export interface SheetImportOptions {
  contentDir: string;
  projectDir?: string;
  file: string;
  kind: SheetKind;
  dryRun: boolean;
  today: string;
  progress?: (line: string) => void;
  /** How the import was started, for the lock (who holds it). */
  command?: string;
  /** Caps on the file; the defaults are far above any kommun's sheet. */
  limits?: Partial<SheetLimits>;
}

export interface SheetRowReport {
  row: number;
  outcome: RowOutcome;
  /** The value's key or the follow-up's id. */
  key?: string;
  refusal?: SheetRefusal;
}

export interface SheetImportReport {
  file: string;
  kind: SheetKind;
  dryRun: boolean;
  description: string;
  rows: SheetRowReport[];
  counts: Record<RowOutcome, number>;
  unusedColumns: string[];
  /** Values that became "för få svar" (survey). */
  suppressed: number;
  /** Survey rows with a value but no number of answers, for an indicator whose source does not suppress: stored without the value, not shown. */
  unknownAnswers: UnknownAnswersRow[];
  /** The sheet has no column for the number of answers (survey). */
  lacksAnswersColumn: boolean;
  /** Files changed, or that would change; empty when anything was refused. */
  changedFiles: string[];
  written: boolean;
  seconds: number;
}

export interface UnknownAnswersRow {
  row: number;
  indicator: string;
  subject: string;
  period: string;
}

export class SheetSetupError extends Error {
  constructor(
    message: string,
    readonly errors: ContentError[] = [],
  ) {
    super(message);
  }
}

const REQUIRED: Record<SheetKind, string[][]> = {
  survey: [['indicator', 'kpi'], ['unit', 'provider'], ['period'], ['value']],
  followups: [['provider'], ['date'], ['kind'], ['findings'], ['sanction'], ['status']],
};

/** Problems with the header refuse every row: no row can be read for sure. */
function headerRefusals(table: SheetTable, match: HeaderMatch<string>, kind: SheetKind, variants: FieldVariants<string>): string | undefined {
  const missing = REQUIRED[kind].filter((alts) => alts.every((f) => match.columns[f] === undefined));
  if (missing.length)
    return `rubrikraden saknar ${missing.map((alts) => alts.map((f) => `"${variants[f][0]}"`).join(' eller ')).join(', ')} (rubrikraden är: ${table.header.join(' | ')})`;
  if (match.duplicates.length)
    return `flera kolumner betyder samma sak: ${match.duplicates.map((d) => d.headers.join(' och ')).join('; ')}. Ta bort eller byt namn på en av dem`;
  return undefined;
}

function loadModel(contentDir: string, projectDir: string): ContentModel {
  const loaded = loadContent(contentDir, projectDir);
  if (!loaded.ok)
    throw new SheetSetupError(`Innehållet har ${loaded.errors.length} fel. Rätta dem först (npm run validate), sedan kan importen jämföra mot det som finns.`, loaded.errors);
  return loaded.model;
}

function surveyPlan(table: SheetTable, columns: Partial<Record<SurveyField, number>>, model: ContentModel, options: SheetImportOptions, projectDir: string) {
  const rows: SheetRowReport[] = [];
  const ok: { row: number; value: IndicatorValue }[] = [];
  const firstRowOf = new Map<string, number>();
  let suppressed = 0;
  const unknownAnswers: UnknownAnswersRow[] = [];
  for (const { row, cells } of table.rows) {
    const r = surveyRowToValue(cells, row, table.header, columns, { kommun: model.site.municipalityCode, indicators: model.indicators, units: model.units, providers: model.providers, today: options.today });
    if (!r.ok) {
      rows.push({ row, outcome: 'refused', refusal: r.refusal });
      continue;
    }
    const key = valueKey(r.value);
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      rows.push({ row, outcome: 'refused', key, refusal: { row, column: table.header[columns.period!], value: r.value.period, reason: `samma indikator, enhet och period som rad ${first}` } });
      continue;
    }
    firstRowOf.set(key, row);
    if (r.withheld === 'unknown-answers') unknownAnswers.push({ row, indicator: r.value.indicator, subject: r.value.subject, period: r.value.period });
    else if (r.value.state === 'suppressed') suppressed++;
    ok.push({ row, value: r.value });
  }

  // One file per year of the period, merged by key, never dropping a row.
  const placed = readPlacedValues(options.contentDir, projectDir);
  const changes: FileChange[] = [];
  const byFile = new Map<string, { row: number; value: IndicatorValue }[]>();
  for (const x of ok) {
    const path = join(options.contentDir, INDICATOR_VALUES_DIR, `kalkylblad-${x.value.period.slice(0, 4)}.csv`);
    byFile.set(path, [...(byFile.get(path) ?? []), x]);
  }
  for (const [path, list] of [...byFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const own = placed.get(path) ?? [];
    const others: PlacedValue[] = [...placed].filter(([p]) => p !== path).flatMap(([, l]) => l);
    const plan = planValues(list.map((x) => x.value), own, others, false);
    plan.entries.forEach((e, i) => {
      const { row } = list[i];
      if (e.outcome === 'conflict')
        rows.push({
          row,
          outcome: 'refused',
          key: e.key,
          refusal: { row, reason: `samma indikator, enhet och period finns redan i ${e.existing!.file}${e.existing!.line ? ` rad ${e.existing!.line}` : ''} med ett annat värde. Ändra där, eller ta bort raden där om kalkylbladet ska gälla` },
        });
      else rows.push({ row, outcome: e.outcome, key: e.key });
    });
    changes.push({ path, content: serializeIndicatorValues(plan.rows) });
  }
  return { rows, changes, suppressed, unknownAnswers };
}

function followUpPlan(table: SheetTable, columns: Partial<Record<FollowUpField, number>>, model: ContentModel, options: SheetImportOptions, projectDir: string) {
  const rows: SheetRowReport[] = [];
  const ok: { row: number; followUp: FollowUp }[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const r = followUpRowToEntry(cells, row, table.header, columns, { providers: model.providers, units: model.units, services: model.services, conditions: model.conditions });
    if (!r.ok) {
      rows.push({ row, outcome: 'refused', refusal: r.refusal });
      continue;
    }
    const first = firstRowOf.get(r.followUp.id);
    if (first !== undefined) {
      rows.push({ row, outcome: 'refused', key: r.followUp.id, refusal: { row, column: columns.id !== undefined ? table.header[columns.id] : undefined, value: r.followUp.id, reason: `samma uppföljning (id ${r.followUp.id}) som rad ${first}` } });
      continue;
    }
    firstRowOf.set(r.followUp.id, row);
    ok.push({ row, followUp: r.followUp });
  }
  const plan = planFollowUps(ok, columns, options.contentDir, projectDir);
  return { rows: [...rows, ...plan.rows], changes: plan.changes, suppressed: 0, unknownAnswers: [] };
}

export async function runSheetImport(options: SheetImportOptions): Promise<SheetImportReport> {
  return withImportLock(options.contentDir, { command: options.command ?? 'npm run import:sheet', dryRun: options.dryRun, say: options.progress }, () => importLocked(options));
}

async function importLocked(options: SheetImportOptions): Promise<SheetImportReport> {
  const started = performance.now();
  const projectDir = options.projectDir ?? join(options.contentDir, '..');
  const rel = (abs: string) => relative(projectDir, abs).split('\\').join('/');
  const model = loadModel(options.contentDir, projectDir);
  options.progress?.(`Läser ${options.file}...`);
  const table = await readSheetFile(options.file, options.limits);
  options.progress?.(`  ${table.description}: ${table.rows.length} rader.`);
  const variants: FieldVariants<string> = options.kind === 'survey' ? surveyFields : followUpFields;
  const match = matchHeaders(table.header, variants);
  const headerProblem = headerRefusals(table, match, options.kind, variants);

  let planned: { rows: SheetRowReport[]; changes: FileChange[]; suppressed: number; unknownAnswers: UnknownAnswersRow[] };
  if (headerProblem) planned = { rows: table.rows.map(({ row }) => ({ row, outcome: 'refused', refusal: { row: 1, reason: headerProblem } })), changes: [], suppressed: 0, unknownAnswers: [] };
  else if (options.kind === 'survey') planned = surveyPlan(table, match.columns, model, options, projectDir);
  else planned = followUpPlan(table, match.columns, model, options, projectDir);

  const rows = planned.rows.sort((a, b) => a.row - b.row);
  const counts: Record<RowOutcome, number> = { written: 0, updated: 0, unchanged: 0, refused: 0 };
  for (const r of rows) counts[r.outcome]++;
  const changes = counts.refused ? [] : effectiveChanges(planned.changes);
  const write = !options.dryRun && counts.refused === 0 && changes.length > 0;
  if (write) writeAllOrNothing(options.contentDir, changes);
  return {
    file: options.file,
    kind: options.kind,
    dryRun: options.dryRun,
    description: table.description,
    rows,
    counts,
    unusedColumns: match.unused,
    suppressed: planned.suppressed,
    unknownAnswers: planned.unknownAnswers,
    lacksAnswersColumn: options.kind === 'survey' && match.columns.n === undefined,
    changedFiles: changes.map((c) => rel(c.path)).sort(),
    written: write,
    seconds: (performance.now() - started) / 1000,
  };
}
