import { describe, expect, it } from 'vitest';
import { createCatalog } from '../../src/lib/catalog/catalog';
import { compareChanges, type ChangeEvent } from '../../src/lib/catalog/changes';
import { byName, compareIds, compareNames, sortByName } from '../../src/lib/locale/names';
import { newestFollowUpFirst } from '../../src/lib/catalog/follow-up-filters';
import { buildSearchFile } from '../../src/lib/search/search-data';
import { model, provider } from './support/model-builder';

const NAMES = ['Enhet 10', 'Öby', 'Enhet 2', 'Åby', 'Aby'];
const SWEDISH_ORDER = ['Aby', 'Enhet 2', 'Enhet 10', 'Åby', 'Öby'];

describe('compareNames: the one order of names', () => {
  it.each([
    ['Enhet 2', 'Enhet 10'],
    ['Aby', 'Åby'],
    ['Åby', 'Öby'],
    ['Zeta', 'Ängen'],
  ])('%j before %j', (a, b) => {
    expect(compareNames(a, b)).toBeLessThan(0);
    expect(compareNames(b, a)).toBeGreaterThan(0);
  });
  it('sorts a list and records by name', () => {
    expect(sortByName(NAMES, (n) => n)).toEqual(SWEDISH_ORDER);
    expect(
      NAMES.map((name) => ({ name }))
        .sort(byName)
        .map((r) => r.name),
    ).toEqual(SWEDISH_ORDER);
  });
});

describe('the HTML list and the search file agree on name order', () => {
  const catalog = createCatalog(model({ providers: NAMES.map((name, i) => provider({ id: `p${i}`, name })) }));
  const htmlOrder = catalog.choicesForService('hemtjanst').map((c) => c.name);
  const searchOrder = buildSearchFile(catalog, 'hemtjanst').records.map((r) => r.n);

  it('lists "Enhet 2" before "Enhet 10" and Å, Ö after A', () => {
    expect(htmlOrder).toEqual(SWEDISH_ORDER);
    expect(searchOrder).toEqual(htmlOrder);
  });
});

describe('changes on the same day', () => {
  const event = (subjectName: string): ChangeEvent => ({
    id: subjectName,
    date: '2026-01-01',
    kind: 'provider-new',
    subjectType: 'provider',
    subjectId: subjectName,
    subjectName,
    serviceIds: [],
    path: '',
  });
  it('sort by name the same way', () => {
    expect(
      NAMES.map(event)
        .sort(compareChanges)
        .map((e) => e.subjectName),
    ).toEqual(SWEDISH_ORDER);
  });
});

describe('compareIds: the same order on every machine', () => {
  it('orders ids by code point, hyphens included', () => {
    expect(['sn-20251', 'sn-2025-1', 'a', 'B'].sort(compareIds)).toEqual(['B', 'a', 'sn-2025-1', 'sn-20251']);
    expect(compareIds('x', 'x')).toBe(0);
  });
  it('puts follow-ups newest first and a day by id, in lists and open data alike', () => {
    const list = [
      { date: '2025-01-01', id: 'b' },
      { date: '2026-01-01', id: 'z' },
      { date: '2025-01-01', id: 'a' },
    ];
    expect([...list].sort(newestFollowUpFirst).map((x) => x.id)).toEqual(['z', 'a', 'b']);
  });
});
