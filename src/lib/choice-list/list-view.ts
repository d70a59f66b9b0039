// What a service's list shows for a given state: which choices, in which
// order, and the count behind every filter value. Records in a search file are
// already in name order, so "by name" is their position.
import { filterCounts, matchesFilters, type FilterableChoice, type FilterCounts } from './filters';
import type { ListState, SortChoice } from './list-state';
import type { SearchFile } from '../search/search-data';
import { sortByFigure } from './sort';

export interface ListView {
  /** Positions in the file's records, in the order to show. */
  order: number[];
  /** Choices that match the search words, before filters. */
  matchingQuery: number;
  counts: FilterCounts;
}

/** The sort in effect: the one chosen, else best match when searching, else by name. */
export function effectiveSort(state: Pick<ListState, 'sort' | 'query'>, searching: boolean): SortChoice {
  if (state.sort && (state.sort.by !== 'relevance' || searching)) return state.sort;
  return searching ? { by: 'relevance' } : { by: 'name' };
}

export function listView(file: SearchFile, choices: readonly FilterableChoice[], searchOrder: number[] | undefined, state: ListState): ListView {
  const base = searchOrder ?? file.records.map((_, i) => i);
  const counts = filterCounts(
    base.map((i) => choices[i]),
    state.filters,
  );
  const shown = base.filter((i) => matchesFilters(choices[i], state.filters));
  const sort = effectiveSort(state, searchOrder !== undefined);
  const byPosition = (a: number, b: number) => a - b;
  let order = shown;
  if (sort.by === 'name') order = [...shown].sort(byPosition);
  else if (sort.by === 'indicator') {
    const column = file.indicators.findIndex((i) => i.id === sort.id);
    const figure = (i: number) => ({ value: file.records[i].v?.[column], isOld: file.records[i].g?.includes(column) ?? false });
    order = column < 0 ? [...shown].sort(byPosition) : sortByFigure(shown, figure, sort.direction, byPosition);
  }
  return { order, matchingQuery: base.length, counts };
}
