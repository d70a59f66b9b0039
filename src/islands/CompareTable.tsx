// The comparison table: one column per provider or unit, one row per fact and
// per figure. A row whose cells differ says so in words ("Skiljer sig").
import type { ReactNode } from 'react';
import { fill } from '../i18n/fill';
import { capacityAgeText, statusNoteText } from '../i18n/status-text';
import type { CitizenStrings } from '../i18n/sv-citizen';
import type { CompareEntry, CompareIndicator } from '../lib/compare/entry';
import { figureKey, figureOf, rowDiffers } from '../lib/compare/table';
import { formatDate, formatNumber } from '../lib/locale/format';
import { makeHref, type Href } from '../lib/pages/paths';
import { FigureCell, TextList } from './CompareCells';
import type { CompareLabels } from './compare-labels';

type Strings = CitizenStrings['comparison'] & { nouns: CitizenStrings['nouns'] };

interface Props {
  base: string;
  caption: string;
  entries: CompareEntry[];
  indicators: CompareIndicator[];
  hideResults: boolean;
  onlyDifferences: boolean;
  strings: Strings;
  labels: CompareLabels;
}

interface Row {
  key: string;
  header: ReactNode;
  /** The data compared to decide whether the row differs. */
  values: unknown[];
  cells: ReactNode[];
  /** Contact and links: always shown, never marked as differing. */
  always?: boolean;
  cellClass?: string;
}

function factRows(entries: CompareEntry[], href: Href, s: Strings, l: CompareLabels): Row[] {
  const rows: Row[] = [];
  const add = (key: string, header: ReactNode, value: (e: CompareEntry) => unknown, cell: (e: CompareEntry) => ReactNode, when = true) => {
    if (when) rows.push({ key, header, values: entries.map(value), cells: entries.map(cell) });
  };
  const r = s.rows;
  const isUnit = entries.some((e) => e.kind === 'unit');
  add(
    'provider',
    r.provider,
    (e) => e.provider.id,
    (e) => <a href={href(e.provider.path)}>{e.provider.name}</a>,
    isUnit,
  );
  add(
    'address',
    r.address,
    (e) => e.address,
    (e) => e.address ?? s.none,
    isUnit,
  );
  add(
    'areas',
    r.areas,
    (e) => e.areas,
    (e) => <TextList items={e.areas} none={s.none} />,
  );
  add(
    'ownership',
    r.ownership,
    (e) => e.ownership,
    (e) => l.ownership[e.ownership],
  );
  add(
    'languages',
    r.languages,
    (e) => [...e.languages].sort(),
    (e) => <TextList items={e.languages} none={s.none} />,
  );
  add(
    'profiles',
    r.profiles,
    (e) => [...e.profiles].sort(),
    (e) => <TextList items={e.profiles} none={s.none} />,
  );
  add(
    'capacity',
    r.capacity,
    (e) => [e.capacity?.acceptsNewCustomers, e.capacity?.cap, e.capacity?.acceptsNewNow],
    (e) => {
      if (!e.capacity) return s.none;
      const age = capacityAgeText(e.capacity.age, l.statusWords);
      return (
        <>
          <strong>{l.capacity[e.capacity.acceptsNewCustomers]}</strong>
          {e.capacity.cap && `. ${fill(s.capacityCap, { cap: formatNumber(e.capacity.cap, 0) })}`}
          <span className="figure-line figure-meta">{fill(s.confirmed, { date: formatDate(e.capacity.confirmedOn) })}</span>
          {age && <span className="figure-line capacity-age">{age}</span>}
        </>
      );
    },
  );
  add(
    'places',
    r.places,
    (e) => e.places,
    (e) => (e.places !== undefined ? formatNumber(e.places, 0) : s.none),
    isUnit,
  );
  for (const fact of Object.keys(l.facts)) {
    const known = entries.some((e) => typeof (e.facts as Record<string, unknown> | undefined)?.[fact] === 'boolean');
    const value = (e: CompareEntry) => (e.facts as Record<string, boolean | undefined> | undefined)?.[fact];
    add(`fact-${fact}`, l.facts[fact], value, (e) => (value(e) === undefined ? s.none : value(e) ? l.yes : l.no), known);
  }
  return rows;
}

function followUpRows(entries: CompareEntry[], href: Href, s: Strings, l: CompareLabels): Row[] {
  const r = s.rows;
  return [
    {
      key: 'status',
      header: r.status,
      values: entries.map((e) => [e.status, e.statusNotes.map((n) => [n.kind, n.date])]),
      cells: entries.map((e) => <StatusCell key={e.id} entry={e} href={href} s={s} l={l} />),
    },
    {
      key: 'latest-follow-up',
      header: r.latestFollowUp,
      values: entries.map((e) => e.latestFollowUp),
      cells: entries.map((e) =>
        e.latestFollowUp
          ? fill(s.followUpLine, {
              date: formatDate(e.latestFollowUp.date),
              kind: l.followUpKinds[e.latestFollowUp.kind],
              sanction: l.sanctions[e.latestFollowUp.sanction],
              status: l.followUpStatuses[e.latestFollowUp.status],
            })
          : s.noFollowUp,
      ),
    },
    {
      key: 'latest-sanction',
      header: r.latestSanction,
      values: entries.map((e) => e.latestSanction?.sanction ?? 'none'),
      cells: entries.map((e) =>
        e.latestSanction ? fill(s.sanctionLine, { sanction: l.sanctions[e.latestSanction.sanction], date: formatDate(e.latestSanction.date) }) : s.noSanction,
      ),
    },
    {
      key: 'contact',
      header: r.contact,
      values: [],
      always: true,
      cells: entries.map((e) => (
        <ul key={e.id} className="cell-list">
          {e.contact.phone && <li>{e.contact.phoneHref ? <a href={e.contact.phoneHref}>{e.contact.phone}</a> : e.contact.phone}</li>}
          {e.contact.email && <li>{e.contact.emailHref ? <a href={e.contact.emailHref}>{e.contact.email}</a> : e.contact.email}</li>}
          {e.contact.web && <li>{e.contact.webHref ? <a href={e.contact.webHref}>{e.contact.web}</a> : e.contact.web}</li>}
          {!e.contact.phone && !e.contact.email && !e.contact.web && <li>{s.none}</li>}
        </ul>
      )),
    },
    { key: 'updated', header: r.updatedOn, values: [], always: true, cells: entries.map((e) => formatDate(e.updatedOn)) },
    {
      key: 'page',
      header: r.page,
      values: [],
      always: true,
      cells: entries.map((e) => (
        <a key={e.id} href={href(e.path)}>
          {fill(s.readMore, { name: e.name })}
        </a>
      )),
    },
  ];
}

/** The status line (warning, planned end) with links to where it is explained, or the status since its date. */
function StatusCell({ entry: e, href, s, l }: { entry: CompareEntry; href: Href; s: Strings; l: CompareLabels }) {
  const words = l.statusWords.line;
  if (e.statusNotes.length === 0) return <>{fill(s.statusSince, { status: l.status[e.status], date: formatDate(e.statusSince) })}</>;
  return (
    <ul className="cell-list status-line">
      {e.statusNotes.map((n) => (
        <li key={`${n.kind}-${n.date}`} className="status-note" data-status={n.kind}>
          <strong>{statusNoteText(n, words)}.</strong>{' '}
          <a href={href(n.explainedAt)}>
            {n.explainedBy === 'follow-up' ? words.readFollowUp : words.readStatus}
            <span className="visually-hidden"> {fill(words.linkContext, { name: e.name })}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

/** columns: the entries' ids, one per column, in order (React keys for the cells). */
function Section({
  title,
  rows,
  columns,
  onlyDifferences,
  differsLabel,
}: {
  title: string;
  rows: Row[];
  columns: string[];
  onlyDifferences: boolean;
  differsLabel: string;
}) {
  const span = columns.length + 1;
  const shown = rows.filter((row) => row.always || !onlyDifferences || rowDiffers(row.values));
  if (shown.length === 0) return null;
  return (
    <tbody>
      <tr className="compare-section">
        <th scope="colgroup" colSpan={span}>
          {title}
        </th>
      </tr>
      {shown.map((row) => {
        const differs = rowDiffers(row.values);
        return (
          <tr key={row.key} className={differs ? 'differs' : undefined}>
            <th scope="row">
              {row.header}
              {differs && (
                <>
                  {' '}
                  <span className="tag tag-differs">{differsLabel}</span>
                </>
              )}
            </th>
            {row.cells.map((cell, i) => (
              <td key={columns[i]} className={row.cellClass}>
                {cell}
              </td>
            ))}
          </tr>
        );
      })}
    </tbody>
  );
}

export function CompareTable({ base, caption, entries, indicators, hideResults, onlyDifferences, strings: s, labels: l }: Props) {
  const href = makeHref(base);
  const columns = entries.map((e) => e.id);
  const resultRows: Row[] = indicators.map((ind) => ({
    key: `figure-${ind.id}`,
    header: (
      <>
        <a href={href(ind.path)}>{ind.name}</a>
        <span className="figure-line figure-meta">{s.better[ind.better]}</span>
      </>
    ),
    values: entries.map((e) => figureKey(figureOf(e, ind.id))),
    cells: entries.map((e) => <FigureCell key={e.id} indicator={ind} figure={figureOf(e, ind.id)} strings={s} labels={l} />),
    cellClass: 'figure-cell',
  }));
  return (
    <table className={`compare-table cols-${entries.length}`}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">{s.rowHeader}</span>
          </th>
          {entries.map((e) => (
            <th scope="col" key={e.id}>
              <a href={href(e.path)}>{e.name}</a>
            </th>
          ))}
        </tr>
      </thead>
      <Section title={s.sections.facts} rows={factRows(entries, href, s, l)} columns={columns} onlyDifferences={onlyDifferences} differsLabel={s.differs} />
      {!hideResults && resultRows.length > 0 && (
        <Section title={s.sections.results} rows={resultRows} columns={columns} onlyDifferences={onlyDifferences} differsLabel={s.differs} />
      )}
      <Section
        title={s.sections.followUp}
        rows={followUpRows(entries, href, s, l)}
        columns={columns}
        onlyDifferences={onlyDifferences}
        differsLabel={s.differs}
      />
    </table>
  );
}
