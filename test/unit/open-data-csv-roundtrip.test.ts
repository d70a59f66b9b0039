// Every open dataset's CSV read back by a strict CSV reader gives exactly its JSON,
// field by field, also when free text holds paragraphs, quotes and semicolons.
// The reader ends a record at any line break (\r\n, \n or \r), as Excel does.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/data/load-content';
import { describeChange } from '../../src/i18n/describe-change';
import { sv } from '../../src/i18n/sv';
import { deriveChanges } from '../../src/lib/catalog/changes';
import type { ContentModel } from '../../src/lib/catalog/model';
import { csvCell, type CellValue } from '../../src/lib/open-data/fields';
import { buildDatasets, pageUrlFor, type BuiltDataset } from '../../src/lib/open-data/files';
import { VALID_CONTENT } from './support/content-fixture';

const texts = { datasets: sv.openData.datasets, catalogTitle: 'Katalog', catalogDescription: 'Beskrivning' };

function fixtureModel(): ContentModel {
  const result = loadContent(VALID_CONTENT);
  if (!result.ok) throw new Error(`test/fixtures/content-valid is not valid: ${JSON.stringify(result.errors[0])}`);
  return result.model;
}

/**
 * Free text (anything with a space: ids, dates and web addresses have none) with
 * `tail` added. Each break kind is tried alone: a quote or separator in the same
 * cell would make any writer quote it and hide a missed break.
 */
function withText<T>(value: T, tail: string): T {
  if (typeof value === 'string') return (value.includes(' ') ? `${value}${tail}` : value) as T;
  if (Array.isArray(value)) return value.map((v) => withText(v, tail)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withText(v, tail)])) as T;
  return value;
}

function build(model: ContentModel): BuiltDataset[] {
  const ctx = {
    model,
    pageUrl: pageUrlFor('https://kundval.testkommun.example', '/'),
    changes: deriveChanges(model),
    describeChange: (e: Parameters<typeof describeChange>[0]) => describeChange(e),
    nationName: 'Riket',
  };
  return buildDatasets(ctx, texts);
}

/** The CSV as every strict reader sees it: a record ends at any line break outside quotes. */
function readCsv(body: string): string[][] {
  expect(body.startsWith('\uFEFF')).toBe(true);
  return parse(body.slice(1), { delimiter: ';', record_delimiter: ['\r\n', '\n', '\r'], relax_quotes: false, relax_column_count: false });
}

const jsonToCell = (v: unknown): CellValue => (v === null ? undefined : (v as CellValue));

describe.each([
  ['the fixture content', ''],
  ['paragraphs (line feeds)', '\n\nAndra stycket'],
  ['Windows line breaks', '\r\nAndra raden'],
  ['carriage returns', '\rAndra raden'],
  ['quotes, separators and edge spaces', '; "citat", slut '],
])('open data CSV round trip: %s', (_label, tail) => {
  const built = build(withText(fixtureModel(), tail));

  it('covers every dataset with rows', () => {
    const empty = built.filter((b) => b.rows.length === 0).map((b) => b.dataset.id);
    // An empty dataset would make the round trip below prove nothing for it.
    expect(empty).toEqual([]);
  });

  it.each(built.map((b) => [b.dataset.id, b] as const))('%s.csv reads back as its JSON, field by field', (_id, b) => {
    const records = readCsv(b.csv.body);
    const json = JSON.parse(b.json.body) as { fields: { name: string; type: string }[]; rows: Record<string, unknown>[] };
    expect(records[0]).toEqual(json.fields.map((f) => f.name));
    expect(records.length - 1).toBe(json.rows.length);
    json.rows.forEach((row, i) => {
      const expected = b.fields.map((f) => csvCell(f.type, jsonToCell(row[f.name])));
      expect(records[i + 1], `${b.dataset.id} row ${i + 1}`).toEqual(expected);
    });
  });
});
