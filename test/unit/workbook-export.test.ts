// The exported workbook as a person opens it: the sheets in order, plain
// Swedish headers over a frozen row, drop-down lists for every fixed value and
// every id, dates as dates, text columns as text, widths that fit, and a first
// sheet that explains every column and lists the values of the drop-downs.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { columnLetter } from '../../src/import/workbook/normalise/headers';
import { groupHeader, isGroup, SHEETS } from '../../src/import/workbook/sheets';
import { exportedContent } from './support/workbook-content';

let book: ExcelJS.Workbook;
beforeAll(async () => {
  const c = await exportedContent();
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(c.xlsx);
});

const sheet = (name: string) => book.getWorksheet(name)!;
const headers = (name: string) => (sheet(name).getRow(1).values as unknown[]).slice(1).map(String);
const validationAt = (name: string, header: string, row = 2) =>
  (sheet(name) as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model[
    `${columnLetter(headers(name).indexOf(header) + 1)}${row}`
  ];

describe('arbetsboken', () => {
  it('har Förklaringar först och sedan ett blad per sorts innehåll', () => {
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Förklaringar',
      'Tjänster',
      'Anordnare',
      'Enheter',
      'Villkor',
      'Uppföljningar',
      'Kvalitetsredovisningar',
      'Resultat',
    ]);
  });

  it.each(SHEETS.map((s) => [s.name]))('%s: fryst rubrikrad, rubriker på svenska, bredder som passar', (name) => {
    const ws = sheet(name);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(headers(name)[0]).toBe(name === 'Resultat' ? 'Indikator' : 'Id');
    ws.columns.forEach((c) => {
      expect(c.width).toBeGreaterThanOrEqual(8);
      expect(c.width).toBeLessThanOrEqual(60);
    });
  });

  it.each([
    ['Anordnare', 'Driftform', /^'Förklaringar'!\$[A-Z]+\$2:\$[A-Z]+\$4$/],
    ['Anordnare', 'Enskild firma', /^'Förklaringar'!\$H\$2:\$H\$3$/],
    ['Anordnare', 'Status 1', /^'Förklaringar'!/],
    ['Anordnare', 'Tjänst 1', /^'Tjänster'!\$A\$2:\$A\$\d+$/],
    ['Enheter', 'Tjänst', /^'Tjänster'!\$A\$2:\$A\$\d+$/],
    ['Enheter', 'Anordnare', /^'Anordnare'!\$A\$2:\$A\$\d+$/],
    ['Enheter', 'Tar emot nya kunder', /^'Förklaringar'!/],
    ['Uppföljningar', 'Villkor 1', /^'Villkor'!\$A\$2:\$A\$\d+$/],
    ['Uppföljningar', 'Sanktion', /^'Förklaringar'!/],
    ['Resultat', 'Indikator', /^'Förklaringar'!/],
    ['Resultat', 'Uppgift', /^'Förklaringar'!/],
  ])('%s, %s: rullgardinslista, också på nya rader', (name, header, formula) => {
    for (const row of [2, 500]) {
      const v = validationAt(name, header, row);
      expect(v?.type).toBe('list');
      expect(v?.formulae[0]).toMatch(formula);
    }
  });

  it('skriver datum som datum och text som text', () => {
    const ws = sheet('Anordnare');
    const column = headers('Anordnare').indexOf('Auktoriserad sedan') + 1;
    expect(ws.getCell(2, column).value).toEqual(new Date('2010-01-01T00:00:00Z'));
    expect(ws.getCell(2, column).numFmt).toBe('yyyy-mm-dd');
    expect(validationAt('Anordnare', 'Auktoriserad sedan')?.type).toBe('date');
    const org = headers('Anordnare').indexOf('Organisationsnummer') + 1;
    expect(ws.getCell(2, org).value).toBe('212000-0142');
    expect(ws.getColumn(org).numFmt).toBe('@');
    const subject = headers('Resultat').indexOf('Id') + 1;
    const kommun = sheet('Resultat')
      .getColumn(subject)
      .values.find((v) => v === '0999');
    expect(kommun).toBe('0999');
  });

  it('skriver listor i en cell med semikolon och fasta värden med svenska ord', () => {
    const ws = sheet('Anordnare');
    const at = (header: string) => ws.getCell(2, headers('Anordnare').indexOf(header) + 1).value;
    expect([at('Språk'), at('Områden'), at('Driftform'), at('Tar emot nya kunder'), at('Personal på natten'), at('Status 1')]).toEqual([
      'svenska; finska',
      'norr; soder',
      'kommunal egen regi',
      'ja',
      'ja',
      'aktiv',
    ]);
  });

  it('förklarar varje kolumn på första bladet', () => {
    const ws = sheet('Förklaringar');
    const rows: string[] = [];
    ws.eachRow((row) => rows.push(`${row.getCell(1).value}|${row.getCell(2).value}`));
    for (const def of SHEETS)
      for (const c of def.columns) {
        const header = isGroup(c) ? groupHeader(c.group.columns[0], 1).replace(/1$/, '1, 2, 3 ...') : c.header;
        expect(rows, `${def.name}: ${header}`).toContain(`${def.name}|${header}`);
      }
  });

  it('har rullgardinslistornas värden och alla indikatorer och profiler till höger om förklaringarna', () => {
    const ws = sheet('Förklaringar');
    const column = (header: string) => ws.getColumn((ws.getRow(1).values as unknown[]).indexOf(header)).values.slice(2);
    expect(column('Indikator (id)')).toEqual(['nojdhet-helhet', 'personalkontinuitet']);
    expect(column('Profil (id)')).toEqual(['demens', 'hbtq']);
    expect(column('Driftform')).toEqual(['privat', 'kommunal egen regi', 'idéburen']);
  });
});
