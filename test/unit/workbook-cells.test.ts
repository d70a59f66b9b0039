// One cell read as its column says (the way people type in Excel), a header
// row matched against a sheet, and the pieces that keep files byte-identical:
// CSV records split with their own bytes and fields in the schema's order.
import { describe, expect, it } from 'vitest';
import { readCell } from '../../src/import/workbook/normalise/cells';
import { matchColumns } from '../../src/import/workbook/normalise/headers';
import { cellFor } from '../../src/import/workbook/export/cell-output';
import { plainCellValue, type CellValue } from '../../src/import/workbook/read/cell-value';
import { splitCsvRecords } from '../../src/import/workbook/plan/csv-text';
import { fieldOrder, inSchemaOrder, mayBeAbsent } from '../../src/import/workbook/plan/schema-shape';
import { providerSchema } from '../../src/schemas/provider';
import { CHOICES, sheetOf, YES_NO, type CellKind, type ColumnDef } from '../../src/import/workbook/sheets';

const column = (kind: CellKind, extra: Partial<ColumnDef> = {}): ColumnDef => ({ header: 'X', path: ['x'], kind, explanation: '', ...extra });
const read = (kind: CellKind, cell: Exclude<CellValue, null>, extra: Partial<ColumnDef> = {}) => readCell(column(kind, extra), cell);

describe('en cell', () => {
  it.each<[CellKind, Exclude<CellValue, null>, unknown, Partial<ColumnDef>?]>([
    ['text', '  Trygga Händer  ', 'Trygga Händer'],
    ['long-text', 'Rad ett\r\nRad två', 'Rad ett\nRad två'],
    ['text', 12, '12'],
    ['text', 'Solgården\u00a0Omsorg\u200b', 'Solgården Omsorg'],
    ['id', 'hemtjanst ', 'hemtjanst'],
    ['integer', 12, 12],
    ['integer', ' 12 ', 12],
    ['number', '87,5', 87.5],
    ['number', '1 234,5', 1234.5],
    ['number', '87,5 %', 87.5],
    ['number', 59.3268, 59.3268],
    ['date', new Date('2025-03-10T00:00:00Z'), '2025-03-10'],
    ['date', new Date('2025-03-10T23:59:59.9996Z'), '2025-03-11'],
    ['date', new Date('2025-03-10T14:30:00Z'), '2025-03-10'],
    ['yes-no', 'ja', true],
    ['yes-no', 'Nej', false],
    ['yes-no', true, true],
    ['choice', 'Kommunal egen regi', 'municipal', { choices: CHOICES.ownership }],
    ['choice', 'municipal', 'municipal', { choices: CHOICES.ownership }],
    ['choice', 'ko', 'waiting-list', { choices: CHOICES.acceptsNewCustomers }],
    ['org-number', 5566771233, '556677-1233'],
    ['org-number', '5566771233', '556677-1233'],
    ['org-number', '556677-1233 ', '556677-1233'],
    ['postal-code', 13140, '13140'],
    ['phone', { text: '08-123 456 00', link: 'tel:0812345600' }, '08-123 456 00'],
    ['web', { text: 'Vår webbplats', link: 'https://exempel.se/' }, 'https://exempel.se/'],
    ['text', { text: 'info@exempel.se', link: 'mailto:info@exempel.se' }, 'info@exempel.se'],
    ['period', 2025, '2025'],
    ['period', '2025 H1', '2025-H1'],
    ['id-list', 'norr; soder, centrum', ['norr', 'soder', 'centrum']],
    ['text-list', 'arabiska;  finska ;', ['arabiska', 'finska']],
    ['text-list', 'ett; två\ntre', ['ett; två', 'tre']],
    ['file', 'egna-resultat.csv', 'egna-resultat.csv'],
  ])('%s: %j blir %j', (kind, cell, value, extra) => {
    expect(read(kind, cell, extra)).toEqual({ ok: true, value });
  });

  it.each<[CellKind, Exclude<CellValue, null>, string, Partial<ColumnDef>?]>([
    ['date', '2025-03-10', 'Cellen innehåller texten "2025-03-10", inte ett datum'],
    ['date', 45726, 'Cellen innehåller talet 45726: formatera cellen som datum'],
    ['date', 'i mars', 'Cellen innehåller text, inte ett datum'],
    ['number', 'många', 'ett tal, t.ex. 87,5'],
    ['yes-no', 'kanske', 'ja eller nej'],
    ['choice', 'statlig', 'ett av värdena i listan: privat, kommunal egen regi, idéburen', { choices: CHOICES.ownership }],
    ['period', '2025-Q5', 'ett år som 2025, ett halvår som 2025-H1 eller ett kvartal som 2025-Q3'],
    ['file', '../site.csv', 'ett filnamn som slutar på .csv'],
    ['integer', { error: '#REF!' }, 'Cellen visar ett fel (#REF!)'],
  ])('%s: %j vägras', (kind, cell, expected, extra) => {
    const r = read(kind, cell, extra);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.expected).toContain(expected);
  });

  it.each<[CellKind, unknown, Partial<ColumnDef>?]>([
    ['date', '2025-03-10'],
    ['yes-no', false, { choices: YES_NO }],
    ['choice', 'waiting-list', { choices: CHOICES.acceptsNewCustomers }],
    ['id-list', ['norr', 'soder']],
    ['text-list', ['ett; två', 'tre']],
    ['number', 87.5],
    ['long-text', 'Rad ett\nRad två'],
  ])('%s: det exporten skriver läses tillbaka som samma värde (%j)', (kind, value, extra) => {
    const c = column(kind, extra);
    const cell = plainCellValue(cellFor(c, value) as never);
    expect(cell).not.toBeNull();
    expect(readCell(c, cell as Exclude<CellValue, null>)).toEqual({ ok: true, value });
  });

  it('gör formaterad text, formler och länkar till vanliga värden', () => {
    expect(plainCellValue({ richText: [{ text: 'Trygga ' }, { text: 'Händer' }] } as never)).toBe('Trygga Händer');
    expect(plainCellValue({ formula: 'A1', result: 12 } as never)).toBe(12);
    expect(plainCellValue({ sharedFormula: 'A1', result: new Date('2025-01-01T00:00:00Z') } as never)).toEqual(new Date('2025-01-01T00:00:00Z'));
    expect(plainCellValue({ formula: 'A1' } as never)).toEqual({ error: 'en formel utan uträknat värde' });
    expect(plainCellValue({ text: { richText: [{ text: 'Länk' }] }, hyperlink: 'https://a.se' } as never)).toEqual({ text: 'Länk', link: 'https://a.se' });
  });
});

describe('rubrikraden', () => {
  const def = sheetOf('providers');
  const sheetWith = (headers: string[], dataIn: number[] = []) => ({
    name: 'Anordnare',
    header: new Map(headers.map((h, i) => [i + 1, h] as [number, string])),
    rows: [{ row: 2, cells: new Map(dataIn.map((c) => [c, 'x'] as [number, string])) }],
  });

  it('känner igen rubriker oavsett stora bokstäver och mellanslag, och numrerade kolumner efter numret', () => {
    const found = matchColumns(sheetWith(['id', ' NAMN ', 'Status 7', 'Statusdatum 7']), def);
    expect(found.problems).toEqual([]);
    expect([...found.plain.keys()].map((c) => c.header)).toEqual(['Id', 'Namn']);
    expect([...found.groups.values()].map((g) => [...g.keys()])).toEqual([[7]]);
    expect(found.missing).toContain('Organisationsnummer');
  });

  it('säger till om en okänd rubrik, en rubrik två gånger och värden utan rubrik', () => {
    const found = matchColumns(sheetWith(['Id', 'Telefn', 'Id'], [5]), def);
    expect(found.problems.map((p) => `${p.column}: ${p.expected.split(/[:(]/)[0].trim()}`)).toEqual([
      'Telefn: en av bladets kolumner',
      'Id: varje rubrik bara en gång',
      'E (utan rubrik): en rubrik i rad 1 över varje kolumn med värden. Skriv rubriken eller ta bort värdena',
    ]);
  });
});

describe('det som håller filerna byte för byte', () => {
  it('delar CSV i poster med egna radslut, och radbrytningar inom citattecken stannar i sin post', () => {
    expect(splitCsvRecords('a;b\r\n1;"x\ny"\n\n2;3')).toEqual([
      { text: 'a;b\r\n', line: 1 },
      { text: '1;"x\ny"\n', line: 2 },
      { text: '\n', line: 4 },
      { text: '2;3', line: 5 },
    ]);
  });

  it('läser fältens ordning och vad som får saknas ur schemat', () => {
    expect(fieldOrder(providerSchema, []).slice(0, 4)).toEqual(['id', 'name', 'orgNumber', 'soleTrader']);
    expect(fieldOrder(providerSchema, ['statusHistory', 0])).toEqual(['status', 'date', 'note']);
    expect([mayBeAbsent(providerSchema, ['address']), mayBeAbsent(providerSchema, ['contact']), mayBeAbsent(providerSchema, ['languages'])]).toEqual([
      true,
      false,
      true,
    ]);
    expect(Object.keys(inSchemaOrder(providerSchema, { updatedOn: 'x', name: 'n', id: 'i', extra: 1 }) as object)).toEqual([
      'id',
      'name',
      'updatedOn',
      'extra',
    ]);
  });
});
