// Open-data files open right in Swedish Excel and mean the same in CSV and JSON, whatever the text holds.
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, jsonCell, neutraliseFormula, type FieldDef, type Row } from '../../src/lib/open-data/fields';
import { toCsv, toJson } from '../../src/lib/open-data/writers';

describe('csvCell', () => {
  it.each([
    ['number', 87.5, '87,5'],
    ['integer', 412, '412'],
    ['number', -0.5, '-0,5'],
    ['boolean', true, 'ja'],
    ['boolean', false, 'nej'],
    ['date', '2025-03-10', '2025-03-10'],
    ['list', ['svenska', 'finska'], 'svenska, finska'],
    ['text', undefined, ''],
    ['text', '=HYPERLINK("https://evil.example")', `'=HYPERLINK("https://evil.example")`],
    ['text', '+46 8 123', "'+46 8 123"],
    ['text', '-rubrik', "'-rubrik"],
    ['text', '@SUM(A1)', "'@SUM(A1)"],
    ['list', ['=1+1', 'b'], "'=1+1, b"],
    ['code', 'not-met', 'not-met'],
    ['url', 'https://testkommun.example/', 'https://testkommun.example/'],
  ] as const)('%s %j -> %j', (type, value, expected) => {
    expect(csvCell(type, value as never)).toBe(expected);
  });
});

describe('neutraliseFormula', () => {
  it.each([
    ['=1', "'=1"],
    ['\t=1', "'\t=1"],
    ['a=1', 'a=1'],
    ['', ''],
  ])('%j -> %j', (text, expected) => expect(neutraliseFormula(text)).toBe(expected));
});

describe('jsonCell', () => {
  it.each([
    [undefined, null],
    [87.5, 87.5],
    [false, false],
    [['a'], ['a']],
    ['text', 'text'],
  ])('%j -> %j', (value, expected) => expect(jsonCell(value as never)).toEqual(expected));
});

const fields: FieldDef[] = [
  { name: 'id', type: 'id' },
  { name: 'text', type: 'text' },
  { name: 'value', type: 'number' },
  { name: 'languages', type: 'list' },
];

describe('toCsv', () => {
  it('starts with a BOM, uses semicolons and CRLF, and a decimal comma', () => {
    const csv = toCsv(fields, [{ id: 'a', text: 'Solgården; "bästa"', value: 87.5, languages: ['svenska', 'arabiska'] }]);
    expect(csv.startsWith('\uFEFFid;text;value;languages\r\n')).toBe(true);
    expect(csv).toBe('\uFEFFid;text;value;languages\r\na;"Solgården; ""bästa""";87,5;svenska, arabiska\r\n');
  });

  it('round-trips any text through a CSV reader, one record per row', () => {
    const text = fc.string({ unit: 'binary', maxLength: 200 });
    fc.assert(
      fc.property(fc.array(fc.record({ text, languages: fc.array(text, { maxLength: 3 }) }), { maxLength: 5 }), (rows) => {
        const csv = toCsv(
          fields,
          rows.map((r, i) => ({ id: `r${i}`, ...r })),
        );
        const records: string[][] = parse(csv.replace(/^\uFEFF/, ''), { delimiter: ';', relax_quotes: false });
        expect(records.length).toBe(rows.length + 1);
        records.slice(1).forEach((rec, i) => {
          expect(rec.length).toBe(fields.length);
          // Lone surrogates cannot be stored in UTF-8; the file holds U+FFFD for them.
          const stored = (s: string) => new TextDecoder().decode(new TextEncoder().encode(s));
          expect(rec[1]).toBe(stored(neutraliseFormula(rows[i].text)));
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe('toJson', () => {
  it('has the same fields in every row, with nulls for what is missing', () => {
    const rows: Row[] = [
      { id: 'a', value: 1 },
      { id: 'b', text: 't', languages: [] },
    ];
    const doc = JSON.parse(
      toJson(
        {
          dataset: 'x',
          title: 'X',
          published: '2025-06-01',
          publisher: 'Kommunen',
          licence: { name: 'CC0', url: 'https://x.example/' },
          csv: 'https://x.example/x.csv',
        },
        fields,
        rows,
      ),
    );
    expect(doc).toMatchObject({ dataset: 'x', published: '2025-06-01', licence: { name: 'CC0' } });
    expect(doc.fields.map((f: { name: string }) => f.name)).toEqual(fields.map((f) => f.name));
    expect(doc.rows).toEqual([
      { id: 'a', text: null, value: 1, languages: null },
      { id: 'b', text: 't', value: null, languages: [] },
    ]);
  });
});
