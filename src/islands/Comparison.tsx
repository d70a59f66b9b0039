// The comparison page: reads the service and the chosen ids from the address
// (jamfor/?tjanst=...&val=a,b,c), fetches each one's file and shows them side
// by side. Also the meeting view (visning=mote) and printing.
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { fill, fillAround } from '../i18n/fill';
import type { CitizenStrings } from '../i18n/sv-citizen';
import type { CompareEntry } from '../lib/compare/entry';
import { compareViewToSearch, MIN_COMPARE, parseCompareView, type CompareView } from '../lib/compare/selection';
import { comparedIndicators, orderColumns } from '../lib/compare/table';
import { localIsoDate } from '../lib/locale/dates';
import { echoedText } from '../lib/safe-text/echo';
import { formatDate, pluralWord } from '../lib/locale/format';
import { listStateToSearch, emptyListState, parseSort, sortParam } from '../lib/choice-list/list-state';
import { makeHref, paths } from '../lib/pages/paths';
import { useAddressState } from './address-state';
import type { CompareLabels } from './compare-labels';
import { CompareTable } from './CompareTable';
import { loadJson } from './load-json';
import { indicatorSortOptions } from './SortSelect';

interface ServiceLink {
  id: string;
  name: string;
}

interface Props {
  base: string;
  services: ServiceLink[];
  fallbackId: string;
  publisher: string;
  siteUrl: string;
  dataPublishedOn: string;
  strings: { comparison: CitizenStrings['comparison']; nouns: CitizenStrings['nouns']; finder: Pick<CitizenStrings['finder'], 'sortHighest' | 'sortLowest'> };
  labels: CompareLabels;
}

type Loaded = { key: string; entries: CompareEntry[]; missing: string[] };

function useEntries(base: string, view: CompareView): Loaded | undefined {
  const key = `${view.serviceId}|${view.ids.join(',')}`;
  const [loaded, setLoaded] = useState<Loaded>();
  // biome-ignore lint/correctness/useExhaustiveDependencies: key stands for view.serviceId and view.ids (a new array on every render).
  useEffect(() => {
    if (!view.serviceId || view.ids.length === 0) return;
    let current = true;
    Promise.allSettled(view.ids.map((id) => loadJson<CompareEntry>(makeHref(base)(paths.compareData(view.serviceId!, id))))).then((results) => {
      if (!current) return;
      const entries = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      const missing = view.ids.filter((_, i) => results[i].status === 'rejected');
      setLoaded({ key, entries, missing });
    });
    return () => {
      current = false;
    };
  }, [base, key]);
  return loaded?.key === key ? loaded : undefined;
}

export default function Comparison({ base, services, fallbackId, publisher, siteUrl, dataPublishedOn, strings, labels }: Props) {
  const href = makeHref(base);
  const pagePath = href(paths.compare());
  const [view, setView] = useAddressState<CompareView>(pagePath, parseCompareView, compareViewToSearch);
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  const loaded = useEntries(base, view);
  const s = strings.comparison;
  const notFound = fillAround(s.notFound, 'id');
  const service = services.find((x) => x.id === view.serviceId);

  useLayoutEffect(() => {
    const fallback = document.getElementById(fallbackId);
    if (fallback) fallback.hidden = true;
  }, [fallbackId]);
  useEffect(() => {
    document.body.classList.toggle('meeting-view', view.meeting);
  }, [view.meeting]);
  const columns = useMemo(() => (loaded ? orderColumns(loaded.entries, view.sort) : []), [loaded, view.sort]);
  useEffect(() => {
    document.body.classList.toggle('print-landscape', columns.length >= 3);
  }, [columns.length]);

  const tableLinks = (
    <ul>
      {(service ? [service] : services).map((x) => (
        <li key={x.id}>
          <a href={href(paths.serviceTable(x.id))}>{fill(s.tableOf, { service: x.name })}</a>
        </li>
      ))}
    </ul>
  );

  if (!service) {
    return (
      <div className="notice">
        <p>{s.unknownService}</p>
        <p>{s.chooseService}</p>
        <ul>
          {services.map((x) => (
            <li key={x.id}>
              <a href={href(paths.service(x.id))}>{x.name}</a>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  const serviceHref = href(paths.service(service.id)) + listStateToSearch({ ...emptyListState, compare: view.ids });
  if (view.ids.length < MIN_COMPARE) {
    return (
      <div className="notice">
        <p>{s.tooFew}</p>
        <p>
          <a href={serviceHref}>{fill(s.backToService, { service: service.name })}</a>
        </p>
      </div>
    );
  }
  if (!loaded) return <p role="status">{s.loading}</p>;

  const indicators = comparedIndicators(loaded.entries);
  const level = loaded.entries.some((e) => e.kind === 'unit') ? 'unit' : 'provider';
  const noun = pluralWord(columns.length, strings.nouns[level].one, strings.nouns[level].other);
  const caption = fill(s.caption, { service: service.name });
  // The public address, as printed: the site's own host, not wherever it is being viewed.
  const address = new URL(`${pagePath}${compareViewToSearch({ ...view, meeting: false })}`, siteUrl).href;
  const meetingHref = `${pagePath}${compareViewToSearch({ ...view, meeting: !view.meeting })}`;
  const orderValue = view.sort ? sortParam(view.sort) : 'vald';
  const sortIndicators = indicators.map((i) => ({ id: i.id, name: i.name, unit: i.unit, better: i.better }));

  return (
    <div className="comparison">
      {loaded.missing.map((id) => (
        <p className="notice notice-warning" key={id}>
          {notFound[0]}
          <bdi>{echoedText(id)}</bdi>
          {notFound[1]}
        </p>
      ))}
      {columns.length === 0 ? (
        <div className="notice">
          <p>{s.loadError}</p>
          {tableLinks}
        </div>
      ) : (
        <>
          <p className="lead">{fill(s.intro, { count: columns.length, noun, service: service.name })}</p>
          <div className="comparison-controls no-print" role="group" aria-label={s.controlsLabel}>
            <div className="control">
              <input
                type="checkbox"
                id="dolj-resultat"
                checked={view.hideResults}
                onChange={() => setView({ ...view, hideResults: !view.hideResults }, 'replace')}
              />
              <label htmlFor="dolj-resultat">{s.hideResults}</label>
            </div>
            <div className="control">
              <input type="checkbox" id="bara-skillnader" checked={onlyDifferences} onChange={() => setOnlyDifferences(!onlyDifferences)} />
              <label htmlFor="bara-skillnader">{s.onlyDifferences}</label>
            </div>
            <div className="control control-select">
              <label htmlFor="ordning">{s.order}</label>
              <select
                id="ordning"
                value={orderValue}
                aria-describedby="ordning-hint"
                onChange={(e) => setView({ ...view, sort: e.currentTarget.value === 'vald' ? undefined : parseSort(e.currentTarget.value) }, 'replace')}
              >
                <option value="vald">{s.orderChosen}</option>
                <option value="namn">{s.orderName}</option>
                {!view.hideResults &&
                  indicatorSortOptions(sortIndicators, strings.finder).map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
              </select>
              <p id="ordning-hint" className="hint">
                {s.orderNote}
              </p>
            </div>
            <div className="control control-actions">
              <button type="button" className="button-secondary" onClick={() => window.print()}>
                {s.print}
              </button>
              <a className="button" href={meetingHref}>
                {view.meeting ? s.endMeeting : s.meeting}
              </a>
            </div>
          </div>
          {view.hideResults && <p className="muted">{s.resultsHidden}</p>}
          <div className="table-wrap compare-wrap" tabIndex={0} role="region" aria-label={caption}>
            <CompareTable
              base={base}
              caption={caption}
              entries={columns}
              indicators={indicators}
              hideResults={view.hideResults}
              onlyDifferences={onlyDifferences}
              strings={{ ...s, nouns: strings.nouns }}
              labels={labels}
            />
          </div>
          <div className="compare-source">
            {!view.hideResults && indicators.length > 0 && (
              <p className="compare-rule">
                {s.compareRule} <a href={href(paths.compareRule())}>{s.compareRuleLink}</a>.
              </p>
            )}
            <p>
              {fill(s.published, { date: formatDate(dataPublishedOn), publisher })} {fill(s.sourceNote, { address })}
            </p>
            <p className="print-only">{fill(s.printed, { date: formatDate(localIsoDate(new Date())) })}</p>
          </div>
          <div className="comparison-links no-print">
            <p>
              <a href={serviceHref}>{fill(s.backToService, { service: service.name })}</a>
            </p>
            {tableLinks}
          </div>
        </>
      )}
    </div>
  );
}
