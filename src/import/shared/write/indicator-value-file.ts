// Indicator-value CSV files as importers read and write them: every value in
// content/indicator-values/ with its file and row, and one file written the
// same way every time (semicolon, decimal comma, sorted) so a diff shows only real changes.
import { contentTypes } from '../../../schemas/registry';
import { formatDataNumber } from '../../../lib/locale/format';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { readCsvFile } from '../../../data/read-files';
import { indicatorValueColumns, indicatorValueSchema, type IndicatorValue } from '../../../schemas/indicator-value';
import type { PlacedValue } from '../plan/value-outcomes';

export const INDICATOR_VALUES_DIR = contentTypes.indicatorValues.path;

/** Every parseable value in the content folder's CSV files, by file (relative to the project). */
export function readPlacedValues(contentDir: string, projectDir: string): Map<string, PlacedValue[]> {
  const dir = join(contentDir, INDICATOR_VALUES_DIR);
  const out = new Map<string, PlacedValue[]>();
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.csv') && !n.startsWith('.'))
    .sort()) {
    const abs = join(dir, name);
    const file = relative(projectDir, abs).split('\\').join('/');
    const rows = readCsvFile(abs, file, indicatorValueColumns);
    const placed: PlacedValue[] = [];
    for (const row of rows) {
      if (!('record' in row)) continue;
      const parsed = indicatorValueSchema.safeParse(row.record);
      if (parsed.success) placed.push({ value: parsed.data, file, line: row.line });
    }
    out.set(abs, placed);
  }
  return out;
}

const num = (n: number | undefined) => (n === undefined ? '' : formatDataNumber(n));

export function serializeIndicatorValues(rows: IndicatorValue[]): string {
  const records = rows.map((v) => [
    v.indicator,
    v.subjectType,
    v.subject,
    v.period,
    v.state,
    num(v.value),
    num(v.n),
    num(v.responseRate),
    v.source,
    v.kpi ?? '',
    v.publishedOn,
  ]);
  return stringify([[...indicatorValueColumns], ...records], { delimiter: ';', record_delimiter: '\n' });
}
