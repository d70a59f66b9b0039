import { describe, expect, it } from 'vitest';
import { filterableChoices, noFilters } from '../../src/lib/choice-list/filters';
import { emptyListState, type ListState } from '../../src/lib/choice-list/list-state';
import { effectiveSort, listView } from '../../src/lib/choice-list/list-view';
import { oldFiguresFixture } from './support/old-figures-fixture';
import { searchFixture, serviceSearch } from './support/search-fixture';

const { file } = searchFixture();
const choices = filterableChoices(file);
const search = serviceSearch(file, 'Hemtjänst');
const view = (state: Partial<ListState>) => {
  const s = { ...emptyListState, ...state };
  return listView(file, choices, search(s.query), s);
};
const ids = (order: number[]) => order.map((i) => file.records[i].id);

describe('listView', () => {
  it('shows everything by name without a query', () => {
    expect(ids(view({}).order)).toEqual(['ekbacken', 'lindas', 'solgarden', 'aros']);
  });
  it('sorts by an indicator with missing and suppressed values last, both directions', () => {
    // nojdhet: Solgården 81, Åros 70, Ekbacken suppressed, Lindas missing.
    expect(ids(view({ sort: { by: 'indicator', id: 'nojdhet', direction: 'highest-first' } }).order)).toEqual(['solgarden', 'aros', 'ekbacken', 'lindas']);
    expect(ids(view({ sort: { by: 'indicator', id: 'nojdhet', direction: 'lowest-first' } }).order)).toEqual(['aros', 'solgarden', 'ekbacken', 'lindas']);
  });
  it('combines search, filters and counts', () => {
    const v = view({ query: 'demens', filters: { ...noFilters, areas: ['norr'] } });
    expect(ids(v.order).sort()).toEqual(['aros', 'lindas', 'solgarden']);
    expect(v.matchingQuery).toBe(3);
    expect(v.counts.areas.get('soder')).toBe(1);
  });
  it('sorts by best match when searching, and by name when the search is cleared', () => {
    expect(effectiveSort({ query: 'x' }, true)).toEqual({ by: 'relevance' });
    expect(effectiveSort({ query: '', sort: { by: 'relevance' } }, false)).toEqual({ by: 'name' });
    expect(effectiveSort({ query: 'x', sort: { by: 'name' } }, true)).toEqual({ by: 'name' });
  });
  it('falls back to name order for an unknown indicator', () => {
    expect(ids(view({ sort: { by: 'indicator', id: 'finns-inte', direction: 'highest-first' } }).order)).toEqual(['ekbacken', 'lindas', 'solgarden', 'aros']);
  });
});

describe('listView: sorting by a figure with old figures', () => {
  const old = oldFiguresFixture();
  const oldChoices = filterableChoices(old.file);
  const sorted = (direction: 'highest-first' | 'lowest-first', id = 'nojdhet') =>
    listView(old.file, oldChoices, undefined, { ...emptyListState, sort: { by: 'indicator', id, direction } }).order.map((i) => old.file.records[i].id);
  it.each([
    ['highest-first', ['ny-hog', 'ny-lag', 'gammal-hog', 'gammal-lag', 'for-fa', 'saknas']],
    ['lowest-first', ['ny-lag', 'ny-hog', 'gammal-lag', 'gammal-hog', 'for-fa', 'saknas']],
  ] as const)('%s: current values, then old ones, then missing', (direction, expected) => {
    expect(sorted(direction)).toEqual(expected);
  });
  it('ranks an old figure after a current one even when its value is better (lower is better)', () => {
    // kontinuitet: Ny hög 11 (current), Gammal låg 3 (old, better).
    expect(sorted('lowest-first', 'kontinuitet').slice(0, 2)).toEqual(['ny-hog', 'gammal-lag']);
  });
});
