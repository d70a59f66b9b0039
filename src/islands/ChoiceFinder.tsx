// Search, filter, sort and pick-to-compare over a service's server-rendered
// list (#choices). The list is complete without JavaScript; this island only
// hides, shows and reorders its cards, and keeps the state in the address.
// Search words that name an area, language or inriktning (or this service)
// are filters, shown as removable buttons under the search field; they stay
// words of the search (?q=), so the address brings them back as they were.
import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { fill } from '../i18n/fill';
import type { CitizenStrings } from '../i18n/sv-citizen';
import { compareViewToSearch, MAX_COMPARE, toggleCompare } from '../lib/compare/selection';
import { filterableChoices, hasFilters, noFilters, type FilterGroup, type Filters } from '../lib/choice-list/filters';
import { formatNumber, pluralWord } from '../lib/locale/format';
import { listStateToSearch, parseListState, type ListState, type SortChoice } from '../lib/choice-list/list-state';
import { effectiveSort, listView } from '../lib/choice-list/list-view';
import { createVocabulary, readQuery } from '../lib/search/query-terms';
import { createRecordSearch } from '../lib/search/record-search';
import type { SearchFile } from '../lib/search/search-data';
import { searchVocabulary } from '../lib/search/search-vocabulary';
import { useAddressState, type HistoryMode } from './address-state';
import { CompareBar } from './CompareBar';
import { ComparePick } from './ComparePick';
import { compareSlots, listItems, showInOrder } from './dom-list';
import { FilterPanel, type FilterOption } from './FilterPanel';
import { loadJson } from './load-json';
import { SearchTermChips } from './SearchTermChips';
import { SortSelect } from './SortSelect';
import { useDebounced } from './use-debounced';

interface Props {
  serviceId: string;
  /** As shown ("Hemtjänst"): a search word naming it holds for every card. */
  serviceName: string;
  level: 'provider' | 'unit';
  /** This page's own path with the site's base (tjanster/<service>/). */
  pagePath: string;
  /** sok/<service>.json with the site's base. */
  searchUrl: string;
  /** jamfor/ with the site's base. */
  compareUrl: string;
  listId: string;
  barSlotId: string;
  ownershipLabels: Record<string, string>;
  strings: Pick<CitizenStrings, 'finder' | 'terms' | 'pick' | 'nouns'>;
}

function useSearchData(url: string, serviceName: string) {
  const [file, setFile] = useState<SearchFile>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    loadJson<SearchFile>(url).then(setFile, () => setFailed(true));
  }, [url]);
  const prepared = useMemo(
    () =>
      file
        ? {
            file,
            choices: filterableChoices(file),
            search: createRecordSearch(file),
            vocabulary: createVocabulary(searchVocabulary([{ file, name: serviceName }])),
          }
        : undefined,
    [file, serviceName],
  );
  return { data: prepared, failed };
}

export default function ChoiceFinder({ serviceId, serviceName, level, pagePath, searchUrl, compareUrl, listId, barSlotId, ownershipLabels, strings }: Props) {
  const [state, setState] = useAddressState<ListState>(pagePath, parseListState, listStateToSearch);
  const { data, failed } = useSearchData(searchUrl, serviceName);
  const [message, setMessage] = useState('');
  const list = useMemo(() => document.getElementById(listId), [listId]);
  const items = useMemo(() => (list ? listItems(list) : new Map<string, HTMLElement>()), [list]);
  const slots = useMemo(() => (list ? compareSlots(list) : new Map<string, HTMLElement>()), [list]);
  const barSlot = useMemo(() => document.getElementById(barSlotId), [barSlotId]);
  const s = strings.finder;

  const reading = useMemo(() => (data ? readQuery(state.query, data.vocabulary) : undefined), [data, state.query]);
  const searchOrder = useMemo(() => (data && reading ? data.search.search(reading) : undefined), [data, reading]);
  const view = useMemo(() => (data ? listView(data.file, data.choices, searchOrder, state) : undefined), [data, searchOrder, state]);
  const shownIds = useMemo(() => (view && data ? view.order.map((i) => data.file.records[i].id) : undefined), [view, data]);

  useLayoutEffect(() => {
    if (list && shownIds) showInOrder(list, items, shownIds);
  }, [list, items, shownIds]);

  const names = useMemo(() => new Map(data?.file.records.map((r) => [r.id, r.n]) ?? []), [data]);
  const chosen = state.compare.filter((id) => names.has(id)).map((id) => ({ id, name: names.get(id)! }));
  useEffect(() => {
    document.documentElement.classList.toggle('has-compare-bar', chosen.length > 0);
  }, [chosen.length]);

  const update = useCallback((patch: Partial<ListState>, mode: HistoryMode) => setState({ ...state, ...patch }, mode), [state, setState]);
  const onToggle = useCallback(
    (id: string) => {
      const result = toggleCompare(
        chosen.map((c) => c.id),
        id,
      );
      setMessage(result.refused ? fill(strings.pick.full, { max: MAX_COMPARE }) : '');
      if (!result.refused) update({ compare: result.ids }, 'push');
    },
    [chosen, update, strings.pick.full],
  );

  const total = data?.file.records.length ?? 0;
  const noun = (n: number) => pluralWord(n, strings.nouns[level].one, strings.nouns[level].other);
  const statusText = view
    ? view.order.length === total && !state.query.trim() && !hasFilters(state.filters)
      ? fill(s.statusAll, { total: formatNumber(total, 0), noun: noun(total) })
      : fill(s.status, { shown: formatNumber(view.order.length, 0), total: formatNumber(total, 0), noun: noun(total) })
    : '';
  const announced = useDebounced(statusText, 600);

  if (failed) return <p className="notice">{s.loadError}</p>;
  if (!data || !view || !reading) return null;

  const options: Record<FilterGroup, FilterOption[]> = {
    areas: data.file.areas.map(({ id, name }) => ({ id, name })),
    languages: data.file.languages.map(({ id, name }) => ({ id, name })),
    profiles: data.file.profiles.map(({ id, name }) => ({ id, name })),
    ownership: Object.keys(ownershipLabels)
      .filter((o) => data.file.records.some((r) => r.o === o))
      .map((o) => ({ id: o, name: ownershipLabels[o] })),
  };
  const searching = searchOrder !== undefined;
  const sort = effectiveSort(state, searching);
  const compareHref = `${compareUrl}${compareViewToSearch({ serviceId, ids: chosen.map((c) => c.id), meeting: false, hideResults: false })}`;

  const panel = (
    <div className="finder" role="region" aria-label={s.regionLabel}>
      <form role="search" className="finder-search" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="finder-q">{s.searchLabel}</label>
        <p id="finder-q-hint" className="hint">
          {s.searchHint}
        </p>
        <input
          id="finder-q"
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={state.query}
          aria-describedby="finder-q-hint"
          onChange={(e) => update({ query: e.currentTarget.value }, 'replace')}
        />
        <SearchTermChips id="finder-terms" reading={reading} inputId="finder-q" strings={strings.terms} onChange={(query) => update({ query }, 'push')} />
      </form>
      <FilterPanel options={options} filters={state.filters} counts={view.counts} strings={s} onChange={(filters: Filters) => update({ filters }, 'push')} />
      <SortSelect
        id="finder-sort"
        sort={sort}
        searching={searching}
        indicators={data.file.indicators}
        strings={s}
        onChange={(next: SortChoice) => update({ sort: next }, 'push')}
      />
      <p role="status" className="finder-status">
        {announced}
      </p>
      {view.order.length === 0 && (
        <div className="notice">
          <p>{s.noMatch}</p>
          <button type="button" className="button-secondary" onClick={() => update({ query: '', filters: noFilters }, 'push')}>
            {s.clearAll}
          </button>
        </div>
      )}
    </div>
  );
  const picks = [...slots].map(([id, slot]) =>
    names.has(id)
      ? createPortal(
          <ComparePick id={id} name={names.get(id)!} label={strings.pick.label} checked={state.compare.includes(id)} onToggle={onToggle} />,
          slot,
          id,
        )
      : null,
  );
  const bar = barSlot
    ? createPortal(
        <CompareBar
          chosen={chosen}
          href={compareHref}
          message={message}
          strings={strings.pick}
          onRemove={onToggle}
          onClear={() => update({ compare: [] }, 'push')}
        />,
        barSlot,
      )
    : null;
  return (
    <>
      {panel}
      {picks}
      {bar}
    </>
  );
}
