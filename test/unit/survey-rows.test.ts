// One survey spreadsheet row to one indicator value: names or ids, every state,
// kommun and Riket rows, and never a number from too few answers.
import { describe, expect, it } from 'vitest';
import { matchHeaders } from '../../src/import/sheet/normalise/headers';
import { surveyFields, surveyRowToValue, type SurveyContext } from '../../src/import/sheet/validate/survey-rows';
import { indicator, provider, unit } from './support/model-builder';

const header = ['Indikator', 'Enhet', 'År', 'Värde', 'Antal svar', 'Status'];
const { columns } = matchHeaders(header, surveyFields);
const ctx: SurveyContext = {
  kommun: '0182',
  indicators: [indicator({ id: 'nojdhet', name: 'Nöjd med boendet', koladaKpi: 'U23471', minAnswers: 7 })],
  units: [unit({ id: 'solgarden', name: 'Solgårdens boende' })],
  providers: [provider({ id: 'omsorg-ab', name: 'Omsorg AB' })],
  today: '2026-11-30',
};
const read = (cells: (string | number)[]) => surveyRowToValue(cells, 2, header, columns, ctx);

describe('surveyRowToValue', () => {
  it.each<[string, (string | number)[], object]>([
    [
      'ids and a value',
      ['nojdhet', 'solgarden', 2025, '81,5', 20, ''],
      { indicator: 'nojdhet', subjectType: 'unit', subject: 'solgarden', period: '2025', state: 'value', value: 81.5, n: 20 },
    ],
    [
      'names and a Kolada id',
      ['U23471', 'Solgårdens Boende', '2025', '81', '20', ''],
      { indicator: 'nojdhet', subject: 'solgarden', state: 'value', value: 81 },
    ],
    ['a provider in the unit column', ['Nöjd med boendet', 'Omsorg AB', 2025, 80, 30, ''], { subjectType: 'provider', subject: 'omsorg-ab' }],
    ['too few answers: suppressed, the number dropped', ['nojdhet', 'solgarden', 2025, 95, 6, ''], { state: 'suppressed', value: undefined, n: 6 }],
    ['"för få svar" in words', ['nojdhet', 'solgarden', 2025, '', '', 'För få svar'], { state: 'suppressed', value: undefined }],
    ['an empty value: uppgift saknas', ['nojdhet', 'solgarden', 2025, '', 20, ''], { state: 'missing', value: undefined }],
    ['"..", as statistics tables write it', ['nojdhet', 'solgarden', 2025, '..', '', ''], { state: 'missing' }],
    ['ej tillämpligt', ['nojdhet', 'solgarden', 2025, '', '', 'Ej tillämpligt'], { state: 'not-applicable' }],
    ['ny verksamhet', ['nojdhet', 'solgarden', 2025, '', '', 'Ny verksamhet'], { state: 'not-measured' }],
    [
      'the kommun, with enough answers',
      ['nojdhet', 'Hela kommunen', 2025, 84, 300, ''],
      { subjectType: 'municipality', subject: '0182', state: 'value', value: 84 },
    ],
    [
      'the kommun follows the same minimum',
      ['nojdhet', 'Hela kommunen', 2025, 84, 3, ''],
      { subjectType: 'municipality', subject: '0182', state: 'suppressed', value: undefined },
    ],
    ['Riket', ['nojdhet', 'Riket', '2025-H1', 83, '', ''], { subjectType: 'nation', subject: 'riket', period: '2025-H1' }],
  ])('%s', (_, cells, expected) => {
    const r = read(cells);
    expect(r.ok ? r.value : r.refusal).toMatchObject({ publishedOn: '2026-11-30', source: 'Socialstyrelsen', kpi: 'U23471', ...expected });
  });

  it.each<[(string | number)[], string, string]>([
    [['okand', 'solgarden', 2025, 80, 20, ''], 'Indikator', 'okänd indikator'],
    [['nojdhet', '', 2025, 80, 20, ''], 'Enhet', 'ingen enhet eller anordnare på raden'],
    [['nojdhet', 'solgarden', 'i fjol', 80, 20, ''], 'År', 'förväntat ett år som 2024'],
    [['nojdhet', 'solgarden', 2025, 80, -1, ''], 'Antal svar', 'förväntat ett heltal, 0 eller mer'],
    [['nojdhet', 'solgarden', 2025, 80, 20, 'Uppgift saknas'], 'Värde', 'inget värde när status är "Uppgift saknas"'],
  ])('refuses %j in column %s', (cells, column, reason) => {
    const r = read(cells);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.refusal.column).toBe(column);
      expect(r.refusal.reason).toContain(reason);
      expect(r.refusal.row).toBe(2);
    }
  });

  describe('a value without a number of answers fails closed', () => {
    const noN = ['Indikator', 'Enhet', 'År', 'Värde'];
    const noNColumns = matchHeaders(noN, surveyFields).columns;
    const readNoN = (cells: (string | number)[], c: SurveyContext = ctx) => surveyRowToValue(cells, 3, noN, noNColumns, c);

    it.each<[string, string, object]>([
      ['a unit', 'solgarden', { subjectType: 'unit', state: 'suppressed', value: undefined, n: undefined }],
      ['a provider', 'Omsorg AB', { subjectType: 'provider', state: 'suppressed', value: undefined, n: undefined }],
      ['the kommun', 'Hela kommunen', { subjectType: 'municipality', state: 'suppressed', value: undefined, n: undefined }],
    ])('%s: stored without its value, and said why', (_, who, expected) => {
      const r = readNoN(['nojdhet', who, 2025, '63,7']);
      expect(r.ok && { ...r.value, withheld: r.withheld }).toMatchObject({ ...expected, withheld: 'unknown-answers' });
    });

    it("keeps Riket's national aggregate", () => {
      const r = readNoN(['nojdhet', 'Riket', 2025, '63,7']);
      expect(r.ok && r.value).toMatchObject({ state: 'value', value: 63.7 });
      expect(r.ok && r.withheld).toBeUndefined();
    });

    it('keeps the value when the indicator says its source suppresses small groups itself', () => {
      const declared = {
        ...ctx,
        indicators: [indicator({ id: 'nojdhet', koladaKpi: 'U23471', minAnswers: 7, sourceSuppresses: true, sourceSuppressionRule: 'Källans regel.' })],
      };
      const r = readNoN(['nojdhet', 'solgarden', 2025, '63,7'], declared);
      expect(r.ok && r.value).toMatchObject({ state: 'value', value: 63.7 });
    });

    it('tells too few answers from an unknown number', () => {
      const r = read(['nojdhet', 'solgarden', 2025, 95, 6, '']);
      expect(r.ok && r.withheld).toBe('too-few-answers');
    });
  });
});
