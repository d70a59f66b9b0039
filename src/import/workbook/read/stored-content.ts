// The content files the workbook holds, read as they are on disk: each record
// with its file, its place in the file, the data as written (raw, for the
// export and for keeping fields the workbook has no column for) and as the
// schema reads it (for telling a changed row from an unchanged one). The
// content has already passed validation, so every file parses.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { readCsvFile } from '../../../data/read-files';
import { normaliseContent } from '../../../data/personal-data';
import { contentTypes } from '../../../schemas/registry';
import type { IndicatorValue } from '../../../schemas/indicator-value';
import { valueKey } from '../../shared/plan/value-outcomes';
import { readCsvText, type CsvText } from '../plan/csv-text';
import type { WorkbookKind } from '../sheets';

export interface StoredRecord {
  /** The id, or for a figure its indicator, subject and period. */
  key: string;
  /** Relative to the content folder, with forward slashes. */
  file: string;
  /** Place in a list file or a CSV file; 0 in a file of its own. */
  index: number;
  /** As written in the file (a CSV row: its cells as text). */
  raw: Record<string, unknown>;
  /** As the schema reads it, defaults filled in and text through the gate. */
  parsed: unknown;
}

export interface StoredYaml {
  text: string;
  doc: Document;
}

export interface StoredCsv {
  text: string;
  layout: CsvText;
}

export interface StoredContent {
  contentDir: string;
  records: Record<WorkbookKind, StoredRecord[]>;
  yaml: Map<string, StoredYaml>;
  csv: Map<string, StoredCsv>;
}

export const WORKBOOK_KINDS: readonly WorkbookKind[] = ['services', 'providers', 'units', 'conditions', 'followUps', 'qualityReports', 'indicatorValues'];

/** The schema's reading of a record: text through the gate first, as the loader does. */
export function parseRecord(kind: WorkbookKind, raw: unknown): { ok: true; data: unknown } | { ok: false } {
  const result = (contentTypes[kind].schema as z.ZodType).safeParse(normaliseContent(raw));
  return result.success ? { ok: true, data: result.data } : { ok: false };
}

/** Files of a content folder as the loader takes them: no hidden files, no README. */
function filesIn(dir: string, extensions: string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => !n.startsWith('.') && n !== 'README.md' && extensions.some((e) => n.endsWith(e)))
    .sort();
}

export function readStoredContent(contentDir: string): StoredContent {
  const stored: StoredContent = {
    contentDir,
    records: Object.fromEntries(WORKBOOK_KINDS.map((k) => [k, []])) as unknown as Record<WorkbookKind, StoredRecord[]>,
    yaml: new Map(),
    csv: new Map(),
  };
  const add = (kind: WorkbookKind, file: string, index: number, raw: Record<string, unknown>) => {
    const parsed = parseRecord(kind, raw);
    if (!parsed.ok) throw new Error(`${file}: a record that passed validation does not parse`);
    const key = kind === 'indicatorValues' ? valueKey(parsed.data as IndicatorValue) : String(raw.id);
    stored.records[kind].push({ key, file, index, raw, parsed: parsed.data });
  };
  const readYaml = (file: string): StoredYaml => {
    const text = readFileSync(join(contentDir, file), 'utf8');
    const yaml = { text, doc: parseDocument(text, { uniqueKeys: true }) };
    stored.yaml.set(file, yaml);
    return yaml;
  };

  for (const kind of WORKBOOK_KINDS) {
    const { path, layout } = contentTypes[kind];
    if (layout === 'one-per-file') {
      for (const name of filesIn(join(contentDir, path), ['.yaml', '.yml'])) {
        const file = `${path}/${name}`;
        add(kind, file, 0, readYaml(file).doc.toJS() as Record<string, unknown>);
      }
    } else if (layout === 'list' || layout === 'lists') {
      const files =
        layout === 'list' ? (existsSync(join(contentDir, path)) ? [path] : []) : filesIn(join(contentDir, path), ['.yaml', '.yml']).map((n) => `${path}/${n}`);
      for (const file of files) {
        const items = readYaml(file).doc.toJS() as unknown;
        if (Array.isArray(items)) for (const [i, raw] of items.entries()) add(kind, file, i, raw as Record<string, unknown>);
      }
    } else if (layout === 'rows') {
      for (const name of filesIn(join(contentDir, path), ['.csv'])) {
        const file = `${path}/${name}`;
        const abs = join(contentDir, file);
        const rows = readCsvFile(abs, file, contentTypes.indicatorValues.columns ?? []);
        const records = rows.flatMap((r) => ('record' in r ? [r.record] : []));
        const text = readFileSync(abs, 'utf8');
        const layoutOf = readCsvText(text, records);
        if (layoutOf.records.length !== records.length) throw new Error(`${file}: rows and records disagree`);
        stored.csv.set(file, { text, layout: layoutOf });
        for (const [i, raw] of records.entries()) add(kind, file, i, raw);
      }
    }
  }
  return stored;
}
