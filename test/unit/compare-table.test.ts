import { describe, expect, it } from 'vitest';
import { svCitizen } from '../../src/i18n/sv-citizen';
import { countText } from '../../src/islands/CompareCells';
import { createCatalog } from '../../src/lib/catalog/catalog';
import { buildCompareEntry, type CompareEntry } from '../../src/lib/compare/entry';
import { model, provider, value } from './support/model-builder';
import { comparedIndicators, figureKey, orderColumns, rowDiffers } from '../../src/lib/compare/table';
import { oldFiguresFixture } from './support/old-figures-fixture';
import { searchFixture } from './support/search-fixture';

const { catalog } = searchFixture();
const entries = Object.fromEntries(
  catalog
    .choicesForService('hemtjanst')
    .filter((c) => c.selectable)
    .map((c) => [c.id, buildCompareEntry(catalog, c)]),
) as Record<string, CompareEntry>;

describe('buildCompareEntry', () => {
  it('carries a value only where it may be shown, and judges the difference at build time', () => {
    const sol = entries.solgarden.figures.find((f) => f.indicator === 'nojdhet')!;
    expect(sol).toMatchObject({ state: 'value', value: 81, n: 30 });
    const ek = entries.ekbacken.figures.find((f) => f.indicator === 'nojdhet')!;
    expect(ek.state).toBe('suppressed');
    expect(ek.value).toBeUndefined();
    expect(JSON.stringify(entries.ekbacken)).not.toContain('95');
  });
  it('names areas and profiles, and gives paths relative to the base', () => {
    expect(entries.aros).toMatchObject({
      areas: ['Norra området'],
      profiles: ['HBTQ-certifierad', 'Demensinriktning'],
      path: 'anordnare/aros/',
      ownership: 'nonprofit',
    });
  });
  it('carries the status line and the age of the capacity, with the status on the publication date', () => {
    const c = createCatalog(
      model({
        providers: [
          provider({
            statusHistory: [
              { status: 'active', date: '2020-01-01' },
              { status: 'ended', date: '2027-01-31' },
            ],
            capacity: { acceptsNewCustomers: 'yes', confirmedOn: '2025-06-17' },
          }),
        ],
      }),
    );
    const e = buildCompareEntry(c, c.choicesForService('hemtjanst')[0]);
    expect(e).toMatchObject({ status: 'active', statusSince: '2020-01-01' });
    expect(e.statusNotes).toEqual([{ kind: 'planned-end', date: '2027-01-31', ending: 'ended', explainedAt: 'anordnare/p1/#status', explainedBy: 'status' }]);
    expect(e.capacity).toMatchObject({ acceptsNewCustomers: 'yes', acceptsNewNow: false, age: { state: 'old', months: 16 } });
  });
});

describe('comparison table rules', () => {
  const picked = [entries.lindas, entries.aros, entries.ekbacken, entries.solgarden];
  it('keeps the order they were picked unless asked to sort', () => {
    expect(orderColumns(picked, undefined).map((e) => e.id)).toEqual(['lindas', 'aros', 'ekbacken', 'solgarden']);
    expect(orderColumns(picked, { by: 'name' }).map((e) => e.id)).toEqual(['ekbacken', 'lindas', 'solgarden', 'aros']);
  });
  it('sorts by a figure with missing and suppressed last', () => {
    expect(orderColumns(picked, { by: 'indicator', id: 'nojdhet', direction: 'highest-first' }).map((e) => e.id)).toEqual([
      'solgarden',
      'aros',
      'ekbacken',
      'lindas',
    ]);
    expect(orderColumns(picked, { by: 'indicator', id: 'nojdhet', direction: 'lowest-first' }).map((e) => e.id)).toEqual([
      'aros',
      'solgarden',
      'ekbacken',
      'lindas',
    ]);
  });
  it('lists every indicator any column has', () => {
    expect(
      comparedIndicators(picked)
        .map((i) => i.id)
        .sort(),
    ).toEqual(['kontinuitet', 'nojdhet']);
  });
  it.each([
    [[['a'], ['a']], false],
    [[['a'], ['a', 'b']], true],
    [[undefined, null], false],
    [[{ x: 1 }, { x: 1 }, { x: 2 }], true],
    [[5], false],
  ])('rowDiffers(%j) = %s', (values, expected) => expect(rowDiffers(values)).toBe(expected));
  it('compares figures by value or state', () => {
    expect(figureKey(undefined)).toBe('missing');
    expect(rowDiffers(picked.map((e) => figureKey(e.figures.find((f) => f.indicator === 'nojdhet'))))).toBe(true);
  });
});

describe('comparison files and columns with old figures', () => {
  const old = oldFiguresFixture();
  const entry = (id: string) => buildCompareEntry(old.catalog, old.catalog.choicesForService('hemtjanst').find((c) => c.id === id)!);
  const figure = (id: string, indicatorId = 'nojdhet') => entry(id).figures.find((f) => f.indicator === indicatorId)!;

  it('marks an old figure in the comparison file, and a current one not', () => {
    expect(figure('gammal-hog')).toMatchObject({ value: 99, period: '2023', isOld: true });
    expect(figure('ny-hog')).toMatchObject({ value: 90, period: '2025', isOld: false });
  });
  it('says what n counts for each indicator', () => {
    expect(entry('ny-hog').indicators.map((i) => [i.id, i.countsWhat])).toEqual([
      ['nojdhet', 'answers'],
      ['kontinuitet', 'customers'],
    ]);
  });
  it('sorts old columns after current ones, missing last, whichever direction', () => {
    const picked = ['gammal-hog', 'saknas', 'ny-lag', 'gammal-lag', 'ny-hog'].map(entry);
    expect(orderColumns(picked, { by: 'indicator', id: 'nojdhet', direction: 'highest-first' }).map((e) => e.id)).toEqual([
      'ny-hog',
      'ny-lag',
      'gammal-hog',
      'gammal-lag',
      'saknas',
    ]);
    expect(orderColumns(picked, { by: 'indicator', id: 'nojdhet', direction: 'lowest-first' }).map((e) => e.id)).toEqual([
      'ny-lag',
      'ny-hog',
      'gammal-lag',
      'gammal-hog',
      'saknas',
    ]);
  });
  it('judges the difference on the values as shown', () => {
    const m = { ...old.model, indicatorValues: [...old.model.indicatorValues, value({ subjectType: 'municipality', subject: '0182', value: 63.6, n: 200 })] };
    const catalog = createCatalog(m);
    const e = buildCompareEntry(catalog, catalog.choicesForService('hemtjanst').find((c) => c.id === 'ny-lag')!);
    // 60 vs 63.6: shown 60 % vs 64 %, a gap of 4 points.
    expect(e.figures.find((f) => f.indicator === 'nojdhet')).toMatchObject({ difference: 'lower', judgement: 'worse' });
    const m2 = { ...old.model, indicatorValues: [...old.model.indicatorValues, value({ subjectType: 'municipality', subject: '0182', value: 63.4, n: 200 })] };
    const c2 = createCatalog(m2);
    const e2 = buildCompareEntry(c2, c2.choicesForService('hemtjanst').find((c) => c.id === 'ny-lag')!);
    // 60 vs 63.4: shown 60 % vs 63 %, a gap of 3 points is "i nivå" (unrounded 3.4 would have said lower).
    expect(e2.figures.find((f) => f.indicator === 'nojdhet')).toMatchObject({ difference: 'same', judgement: 'neutral' });
  });
});

describe("countText: n in the comparison, in the indicator's word", () => {
  const strings = { ...svCitizen.comparison, nouns: svCitizen.nouns };
  const ind = (countsWhat: 'answers' | 'customers' | 'staff') => ({
    id: 'x',
    name: 'X',
    unit: 'percent' as const,
    better: 'higher' as const,
    countsWhat,
    path: 'indikatorer/x/',
  });
  const fig = (n?: number, responseRate?: number) => ({
    indicator: 'x',
    state: 'value' as const,
    value: 80,
    n,
    responseRate,
    period: '2025',
    source: 's',
    isOld: false,
  });
  it.each([
    ['answers', 34, 62, '34 svar (svarsfrekvens 62 %)'],
    ['customers', 1, undefined, '1 kund'],
    ['customers', 12, undefined, '12 kunder'],
    ['staff', 40, undefined, '40 anställda'],
    ['staff', undefined, undefined, 'okänt antal anställda'],
  ] as const)('%s, n %s, rate %s: %s', (countsWhat, n, rate, text) => {
    expect(countText(ind(countsWhat), fig(n, rate), strings)).toBe(text);
  });
});
