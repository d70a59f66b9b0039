// Kolada rows to indicator values: every state, n from the "antal svarande"
// KPI (never Kolada's count), a null never 0, and suppression of small numbers.
import { describe, expect, it } from 'vitest';
import type { KoladaDataRow } from '../../src/import/kolada/normalise/response';
import { nextPage } from '../../src/import/kolada/normalise/response';
import { koladaRowsToValues, koladaSourceText, type KoladaValueContext } from '../../src/import/kolada/validate/values';
import { indicator } from './support/model-builder';

const nojdhet = indicator({ id: 'nojdhet', koladaKpi: 'U23471', koladaAnswersKpi: 'U23594', minAnswers: 7, services: ['boende'] });
const ctx = (over: Partial<KoladaValueContext> = {}): KoladaValueContext => ({
  kommun: '0182',
  year: '2024',
  indicators: [nojdhet],
  subjects: new Map([['OU1', { subjectType: 'unit', subject: 'u1', services: ['boende'] }]]),
  ignored: new Set(['OU9']),
  kpiMeta: new Map([['U23471', { id: 'U23471', title: 't', description: 'Text. Källa: Undersökningen av äldres uppfattning, Socialstyrelsen.' }]]),
  publishedOn: '2026-11-30',
  ...over,
});
const row = (value: number | null, over: Partial<KoladaDataRow> & { count?: number; isdeleted?: boolean; gender?: string } = {}): KoladaDataRow => ({
  kpi: over.kpi ?? 'U23471',
  period: over.period ?? '2024',
  ...(over.municipality ? { municipality: over.municipality } : { ou: over.ou ?? 'OU1' }),
  values: [{ gender: over.gender ?? 'T', value, count: over.count ?? (value === null ? 0 : 1), status: '', isdeleted: over.isdeleted }],
});
const answers = (n: number | null, ou = 'OU1') => row(n, { kpi: 'U23594', ou });

describe('koladaRowsToValues: one state per row', () => {
  it.each<[string, KoladaDataRow[], object]>([
    ['a value with enough answers', [row(82), answers(31)], { state: 'value', value: 82, n: 31 }],
    ['a value with unknown n (no answers KPI row): not shown, fails closed', [row(82)], { state: 'suppressed', value: undefined, n: undefined }],
    ["Kolada's count is not n", [row(82, { count: 40 })], { state: 'suppressed', value: undefined, n: undefined }],
    ['too few answers: suppressed, the number dropped', [row(82), answers(5)], { state: 'suppressed', value: undefined, n: 5 }],
    ['exactly the minimum: shown', [row(82), answers(7)], { state: 'value', value: 82, n: 7 }],
    ['null: uppgift saknas, never 0', [row(null)], { state: 'missing', value: undefined }],
    ['null with too few answers: suppressed', [row(null), answers(3)], { state: 'suppressed', n: 3 }],
    ['deleted: not published', [row(82, { isdeleted: true })], { state: 'missing', value: undefined }],
    ['no total (only K and M): missing', [row(82, { gender: 'K' })], { state: 'missing' }],
  ])('%s', (_, rows, expected) => {
    const r = koladaRowsToValues(rows, ctx());
    expect(r.values).toHaveLength(1);
    expect(r.values[0]).toMatchObject({ indicator: 'nojdhet', subjectType: 'unit', subject: 'u1', period: '2024', kpi: 'U23471', ...expected });
  });

  it("reads kommun and Riket rows; Riket's national aggregate needs no n", () => {
    const r = koladaRowsToValues(
      [row(80, { municipality: '0182' }), row(81, { municipality: '0000' }), row(12, { municipality: '0182', kpi: 'U23594' })],
      ctx({ subjects: new Map() }),
    );
    expect(r.values.map((v) => [v.subjectType, v.subject, v.state, v.value, v.n])).toEqual([
      ['municipality', '0182', 'value', 80, 12],
      ['nation', 'riket', 'value', 81, undefined],
    ]);
  });

  it.each<[string, KoladaDataRow[], object]>([
    ['too few answers', [row(80, { municipality: '0182' }), row(3, { municipality: '0182', kpi: 'U23594' })], { state: 'suppressed', value: undefined, n: 3 }],
    ['no answers row (Kolada secret-marks counts below 30)', [row(80, { municipality: '0182' })], { state: 'suppressed', value: undefined, n: undefined }],
  ])('a kommun figure follows the same minimum as units: %s', (_, rows, expected) => {
    const r = koladaRowsToValues(rows, ctx({ subjects: new Map() }));
    expect(r.values).toHaveLength(1);
    expect(r.values[0]).toMatchObject({ subjectType: 'municipality', ...expected });
  });

  it('counts and names every value left out for an unknown n, apart from too few answers', () => {
    const r = koladaRowsToValues(
      [row(82), row(80, { municipality: '0182' }), row(81, { municipality: '0000' }), row(70, { ou: 'OU2' }), answers(3, 'OU2')],
      ctx({
        subjects: new Map([
          ['OU1', { subjectType: 'unit', subject: 'u1', services: ['boende'] }],
          ['OU2', { subjectType: 'unit', subject: 'u2', services: ['boende'] }],
        ]),
      }),
    );
    expect(r.unknownAnswers).toEqual([
      { indicator: 'nojdhet', subjectType: 'unit', subject: 'u1', period: '2024' },
      { indicator: 'nojdhet', subjectType: 'municipality', subject: '0182', period: '2024' },
    ]);
    expect(r.suppressed).toBe(1);
  });

  it('shows a value with unknown n when the indicator says its source suppresses small groups itself', () => {
    const declared = { ...nojdhet, sourceSuppresses: true, sourceSuppressionRule: 'Källan visar inte enheter under 10 svar.' };
    const r = koladaRowsToValues([row(82)], ctx({ indicators: [declared] }));
    expect(r.values[0]).toMatchObject({ state: 'value', value: 82, n: undefined });
    expect(r.unknownAnswers).toEqual([]);
  });

  it('skips other kommuner, other years and ignored units; reports unmatched ones', () => {
    const r = koladaRowsToValues(
      [row(1, { municipality: '0180' }), row(2, { period: '2023' }), row(3, { ou: 'OU9' }), row(4, { ou: 'OU2' }), row(5, { ou: 'OU2' })],
      ctx(),
    );
    expect(r.skipped).toBe(3);
    expect([...r.unmatched]).toEqual([['OU2', 2]]);
    // OU1 had no row at all: no figure is made up for it, it is named instead.
    expect(r.values).toEqual([]);
    expect(r.silent).toEqual(['OU1']);
  });

  it('only imports an indicator for subjects in its services', () => {
    const r = koladaRowsToValues(
      [row(82, { ou: 'OU3' })],
      ctx({ subjects: new Map([['OU3', { subjectType: 'provider', subject: 'p', services: ['hemtjanst'] }]]) }),
    );
    expect(r.values).toEqual([]);
  });

  it('refuses a percentage outside 0-100 and two OUs mapped to one unit', () => {
    const r = koladaRowsToValues([row(140)], ctx());
    expect(r.refused.map((x) => x.reason)).toEqual(['värdet 140 är ingen andel mellan 0 och 100']);
    const dup = koladaRowsToValues(
      [row(80), row(81, { ou: 'OU2' })],
      ctx({
        subjects: new Map([
          ['OU1', { subjectType: 'unit', subject: 'u1', services: ['boende'] }],
          ['OU2', { subjectType: 'unit', subject: 'u1', services: ['boende'] }],
        ]),
      }),
    );
    expect(dup.refused[0].reason).toMatch(/flera Kolada-enheter pekar på samma id/);
  });
});

describe('koladaSourceText', () => {
  it.each([
    ['Text. Källa: Undersökningen av äldres uppfattning, Socialstyrelsen.', 'Socialstyrelsen via Kolada'],
    ['Källa: SKR:s brukarundersökning, SKR', 'SKR via Kolada'],
    ['Utan källa', 'Reserv via Kolada'],
  ])('%s', (description, expected) => {
    expect(koladaSourceText({ id: 'U1', title: 't', description }, 'Reserv')).toBe(expected);
  });
});

describe('paging: next_url', () => {
  it.each([
    [{ values: [], next_url: 'https://api.kolada.se/v3/ou?page=2' }, 'https://api.kolada.se/v3/ou?page=2'],
    [{ values: [], next_url: null }, undefined],
    [{ values: [], next_url: '' }, undefined],
    [{ values: [] }, undefined],
  ])('%j', (envelope, expected) => {
    expect(nextPage(envelope)).toBe(expected);
  });
});
