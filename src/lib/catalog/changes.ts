// What changed in the data, derived from the dates content already carries
// (status history, authorisation, follow-ups, survey periods, capacity), so
// "Nytt och ändrat" and the feed need no server and no stored state.
import type { FollowUp, Sanction } from '../../schemas/follow-up';
import type { Provider, ProviderStatus } from '../../schemas/provider';
import type { Unit } from '../../schemas/unit';
import { monthsBetween } from '../locale/dates';
import { compareIds, compareNames } from '../locale/names';
import type { ContentModel } from './model';
import { paths } from '../pages/paths';

export const changeKindValues = [
  'provider-status',
  'provider-new',
  'unit-closed',
  'unit-opened',
  'follow-up',
  'quality-report',
  'survey-period',
  'capacity',
] as const;
export type ChangeKind = (typeof changeKindValues)[number];

export interface ChangeEvent {
  /** Stable and unique: the same content always gives the same id (feed entries rely on it). */
  id: string;
  date: string;
  kind: ChangeKind;
  subjectType: 'provider' | 'unit' | 'indicator';
  subjectId: string;
  subjectName: string;
  serviceIds: string[];
  /** The page that tells more, relative to the base path, with an anchor where one exists. */
  path: string;
  /** Dated after the publication date: announced, not yet in force (told as "slutar", not "slutade"). */
  planned?: boolean;
  status?: ProviderStatus;
  statusNote?: string;
  followUp?: Pick<FollowUp, 'id' | 'kind' | 'sanction' | 'status' | 'findings'>;
  sanction?: Sanction;
  indicatorId?: string;
  period?: string;
  /** survey-period: how many units and providers have a figure (of any state) for the period. */
  subjectCount?: number;
  qualityReportYear?: number;
  acceptsNewCustomers?: 'yes' | 'no' | 'waiting-list';
}

/** Kinds that go in the Atom feed: follow-ups and changes of who may be chosen. */
const FEED_KINDS: ReadonlySet<ChangeKind> = new Set(['follow-up', 'provider-status', 'provider-new', 'unit-opened', 'unit-closed']);

export function isFeedEvent(e: ChangeEvent): boolean {
  return FEED_KINDS.has(e.kind);
}

function providerEvents(p: Provider): ChangeEvent[] {
  const base = { subjectType: 'provider' as const, subjectId: p.id, subjectName: p.name, serviceIds: [...p.services], path: paths.provider(p.id) };
  const events: ChangeEvent[] = [{ ...base, id: `ny-anordnare-${p.id}`, date: p.authorisedSince, kind: 'provider-new' }];
  const seen = new Set<string>();
  p.statusHistory.forEach((h, i) => {
    // The first "active" is the authorisation itself, already told as a new provider.
    if (i === 0 && h.status === 'active') return;
    // Date and status make the id, so adding an older entry later does not change it.
    let id = `status-${p.id}-${h.date}-${h.status}`;
    for (let n = 2; seen.has(id); n++) id = `status-${p.id}-${h.date}-${h.status}-${n}`;
    seen.add(id);
    events.push({ ...base, id, date: h.date, kind: 'provider-status', status: h.status, statusNote: h.note });
  });
  if (p.capacity)
    events.push({ ...base, id: `kapacitet-${p.id}`, date: p.capacity.confirmedOn, kind: 'capacity', acceptsNewCustomers: p.capacity.acceptsNewCustomers });
  return events;
}

function unitEvents(u: Unit): ChangeEvent[] {
  const base = { subjectType: 'unit' as const, subjectId: u.id, subjectName: u.name, serviceIds: [u.serviceId], path: paths.unit(u.id) };
  const events: ChangeEvent[] = [];
  if (u.openedOn) events.push({ ...base, id: `oppnad-${u.id}`, date: u.openedOn, kind: 'unit-opened' });
  if (u.closedOn) events.push({ ...base, id: `stangd-${u.id}`, date: u.closedOn, kind: 'unit-closed' });
  if (u.capacity)
    events.push({ ...base, id: `kapacitet-${u.id}`, date: u.capacity.confirmedOn, kind: 'capacity', acceptsNewCustomers: u.capacity.acceptsNewCustomers });
  return events;
}

/** One event per indicator and period: when its first figures were published here. */
function surveyPeriodEvents(model: ContentModel): ChangeEvent[] {
  const groups = new Map<string, { indicatorId: string; period: string; date: string; subjects: Set<string> }>();
  for (const v of model.indicatorValues) {
    if (v.subjectType !== 'unit' && v.subjectType !== 'provider') continue;
    const key = `${v.indicator}|${v.period}`;
    const g = groups.get(key) ?? { indicatorId: v.indicator, period: v.period, date: v.publishedOn, subjects: new Set<string>() };
    if (v.publishedOn < g.date) g.date = v.publishedOn;
    g.subjects.add(`${v.subjectType}:${v.subject}`);
    groups.set(key, g);
  }
  const indicatorById = new Map(model.indicators.map((i) => [i.id, i]));
  return [...groups.values()].flatMap((g) => {
    const indicator = indicatorById.get(g.indicatorId);
    if (!indicator) return [];
    return [
      {
        id: `resultat-${g.indicatorId}-${g.period}`,
        date: g.date,
        kind: 'survey-period' as const,
        subjectType: 'indicator' as const,
        subjectId: indicator.id,
        subjectName: indicator.name,
        serviceIds: [...indicator.services],
        path: paths.indicator(indicator.id),
        indicatorId: indicator.id,
        period: g.period,
        subjectCount: g.subjects.size,
      },
    ];
  });
}

type Subject = Pick<ChangeEvent, 'subjectType' | 'subjectId' | 'subjectName' | 'path'>;

/** Where a follow-up or quality report belongs: its unit when it names one, else its provider. Maps built once. */
function subjectResolver(model: ContentModel): (providerId: string, unitId?: string) => Subject {
  const units = new Map(model.units.map((u) => [u.id, u]));
  const providerNames = new Map(model.providers.map((p) => [p.id, p.name]));
  return (providerId, unitId) => {
    const unit = unitId ? units.get(unitId) : undefined;
    return unit
      ? { subjectType: 'unit', subjectId: unit.id, subjectName: unit.name, path: paths.unit(unit.id) }
      : { subjectType: 'provider', subjectId: providerId, subjectName: providerNames.get(providerId) ?? providerId, path: paths.provider(providerId) };
  };
}

function followUpEvent(f: FollowUp, subject: Subject): ChangeEvent {
  return {
    ...subject,
    id: `uppfoljning-${f.id}`,
    date: f.date,
    kind: 'follow-up',
    serviceIds: [f.serviceId],
    path: `${subject.path}#uppfoljning-${f.id}`,
    followUp: { id: f.id, kind: f.kind, sanction: f.sanction, status: f.status, findings: f.findings },
    sanction: f.sanction,
  };
}

const kindRank = new Map(changeKindValues.map((k, i) => [k, i]));

/** Newest first; on the same day the weightier kinds (status, new, closed) first, then by name. */
export function compareChanges(a: ChangeEvent, b: ChangeEvent): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return kindRank.get(a.kind)! - kindRank.get(b.kind)! || compareNames(a.subjectName, b.subjectName) || compareIds(a.id, b.id);
}

/** Every change the content tells of, newest first; one dated after the publication date is marked planned. */
export function deriveChanges(model: ContentModel): ChangeEvent[] {
  const today = model.site.dataPublishedOn;
  const subjectOf = subjectResolver(model);
  const reports: ChangeEvent[] = model.qualityReports.map((r) => ({
    ...subjectOf(r.providerId, r.unitId),
    id: `kvalitetsredovisning-${r.id}`,
    date: r.submittedOn,
    kind: 'quality-report',
    serviceIds: [r.serviceId],
    qualityReportYear: r.year,
  }));
  return [
    ...model.providers.flatMap(providerEvents),
    ...model.units.flatMap(unitEvents),
    ...model.followUps.map((f) => followUpEvent(f, subjectOf(f.providerId, f.unitId))),
    ...reports,
    ...surveyPeriodEvents(model),
  ]
    .map((e) => (e.date > today ? { ...e, planned: true } : e))
    .sort(compareChanges);
}

/** The changes from the last `months` months up to the publication date (later dates are kept: they are planned changes). */
export function recentChanges(events: ChangeEvent[], today: string, months: number): ChangeEvent[] {
  return events.filter((e) => monthsBetween(e.date, today) < months);
}
