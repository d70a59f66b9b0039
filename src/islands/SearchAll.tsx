// Search across every service: searches each service's search file and
// narrows the page's lists (one per service) to the matches, best first.
// Groups without a match are hidden; each group links on to its service with the query.
// The query is read once, with every service's values and names: a word that
// names a service shows that service only, and is left out of the link to it.
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { fill, fillAround } from '../i18n/fill';
import type { CitizenStrings } from '../i18n/sv-citizen';
import { echoedText } from '../lib/safe-text/echo';
import { plural } from '../lib/locale/format';
import { emptyListState, listStateToSearch, parseListState } from '../lib/choice-list/list-state';
import { createVocabulary, readQuery, withoutTerms, type Vocabulary } from '../lib/search/query-terms';
import { createRecordSearch, type RecordSearch } from '../lib/search/record-search';
import type { SearchFile } from '../lib/search/search-data';
import { searchVocabulary } from '../lib/search/search-vocabulary';
import { useAddressState } from './address-state';
import { listItems, showInOrder } from './dom-list';
import { loadJson } from './load-json';
import { SearchTermChips } from './SearchTermChips';
import { useDebounced } from './use-debounced';

interface ServiceSearch {
  id: string;
  name: string;
  searchUrl: string;
  href: string;
}

interface Props {
  /** This page's own path with the site's base (sok/). */
  pagePath: string;
  services: ServiceSearch[];
  /** The static form and the no-JavaScript note, replaced by this island. */
  replacesIds: string[];
  strings: { searchAll: CitizenStrings['searchAll']; terms: CitizenStrings['terms']; nouns: CitizenStrings['nouns'] };
}

const parseQuery = (search: string) => parseListState(search).query;
const writeQuery = (q: string) => listStateToSearch({ ...emptyListState, query: q });

export default function SearchAll({ pagePath, services, replacesIds, strings }: Props) {
  const [query, setQuery] = useAddressState<string>(pagePath, parseQuery, writeQuery);
  const [loaded, setLoaded] = useState<{ searches: { file: SearchFile; search: RecordSearch }[]; vocabulary: Vocabulary }>();
  const [failed, setFailed] = useState(false);
  const s = strings.searchAll;

  // Before the first paint, so the page never shows two search fields.
  useLayoutEffect(() => {
    for (const id of replacesIds) {
      const el = document.getElementById(id);
      if (el) el.hidden = true;
    }
  }, [replacesIds]);
  useEffect(() => {
    Promise.all(services.map((x) => loadJson<SearchFile>(x.searchUrl))).then(
      (files) =>
        setLoaded({
          searches: files.map((file) => ({ file, search: createRecordSearch(file) })),
          vocabulary: createVocabulary(searchVocabulary(files.map((file, i) => ({ file, name: services[i].name })))),
        }),
      () => setFailed(true),
    );
  }, [services]);

  const reading = useMemo(() => (loaded ? readQuery(query, loaded.vocabulary) : undefined), [loaded, query]);
  const results = useMemo(
    () =>
      reading &&
      loaded?.searches.map(({ file, search }) => {
        const order = search.search(reading);
        return { service: file.service, ids: (order ?? file.records.map((_, i) => i)).map((i) => file.records[i].id), searched: order !== undefined };
      }),
    [loaded, reading],
  );
  // The service page gets the query without the words that chose the service.
  const serviceQuery = useMemo(
    () =>
      reading
        ? withoutTerms(
            reading,
            reading.terms.filter((t) => t.values.every((v) => v.group === 'services')),
          )
        : query,
    [reading, query],
  );

  useLayoutEffect(() => {
    if (!results) return;
    for (const r of results) {
      const group = document.querySelector<HTMLElement>(`[data-search-group="${r.service}"]`);
      const list = group?.querySelector<HTMLElement>('[data-search-list]');
      if (!group || !list) continue;
      showInOrder(list, listItems(list), r.ids);
      group.hidden = r.searched && r.ids.length === 0;
      const count = group.querySelector('[data-group-count]');
      if (count) count.textContent = fill(s.groupCount, { count: r.ids.length });
      const link = group.querySelector<HTMLAnchorElement>('[data-service-link]');
      const service = services.find((x) => x.id === r.service);
      if (link && service) link.href = `${service.href}${listStateToSearch({ ...emptyListState, query: serviceQuery })}`;
    }
  }, [results, serviceQuery, services, s.groupCount]);

  // A status message, with the searched words (if repeated) apart so they go in <bdi>.
  const status = useMemo((): { text: string; echo?: string; after?: string } => {
    if (!results) return { text: '' };
    if (!query.trim()) return { text: s.statusEmpty };
    const hits = results.reduce((n, r) => n + r.ids.length, 0);
    if (hits === 0) {
      const [before, after] = fillAround(s.statusNone, 'query');
      return { text: before, echo: echoedText(query), after };
    }
    const groupsWithHits = results.filter((r) => r.ids.length > 0).length;
    return {
      text: fill(s.status, {
        hits: plural(hits, strings.nouns.hit.one, strings.nouns.hit.other),
        services: plural(groupsWithHits, strings.nouns.service.one, strings.nouns.service.other),
      }),
    };
  }, [results, query, s, strings.nouns]);
  const announced = useDebounced(status, 600);

  if (failed) return <p className="notice">{s.noScript}</p>;
  return (
    <form role="search" className="search-form" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor="search-all-q">{s.label}</label>
      <p id="search-all-q-hint" className="hint">
        {s.hint}
      </p>
      <div className="search-row">
        <input
          id="search-all-q"
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={query}
          aria-describedby="search-all-q-hint"
          onChange={(e) => setQuery(e.currentTarget.value, 'replace')}
        />
      </div>
      {reading && (
        <SearchTermChips id="search-all-terms" reading={reading} inputId="search-all-q" strings={strings.terms} onChange={(q) => setQuery(q, 'push')} />
      )}
      <p role="status" className="finder-status">
        {announced.text}
        {announced.echo !== undefined && (
          <>
            <bdi>{announced.echo}</bdi>
            {announced.after}
          </>
        )}
      </p>
    </form>
  );
}
