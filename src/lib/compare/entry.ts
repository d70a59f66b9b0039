// One provider or unit as the comparison page needs it
// (dist/jamfor/<service>/<id>.json): facts, every latest figure with the
// kommun's average and the difference already judged, the latest follow-up and
// sanction, the status line (warning, withdrawn approval, planned end), contact.
// Built at build time; suppressed values carry no number.
import type { FollowUp, Sanction } from '../../schemas/follow-up';
import type { Indicator } from '../../schemas/indicator';
import type { ValueState } from '../../schemas/indicator-value';
import type { Ownership, Provider, ProviderStatus } from '../../schemas/provider';
import type { Catalog, Choice } from '../catalog/catalog';
import { describeDifference, type Difference, type Judgement } from '../figures/compare-to-average';
import { hasValue } from '../figures/figures';
import { mailtoHref, safeHref, telHref } from '../safe-text/links';
import { paths } from '../pages/paths';
import type { CapacityView } from '../status/capacity';
import type { StatusNote } from '../status/status-line';

export const COMPARE_ENTRY_VERSION = 2;

export interface CompareIndicator {
  id: string;
  name: string;
  unit: Indicator['unit'];
  better: Indicator['betterDirection'];
  /** What n counts: answers, customers or staff. */
  countsWhat: Indicator['countsWhat'];
  /** Page that explains the indicator, relative to the site's base. */
  path: string;
}

export interface CompareFigure {
  indicator: string;
  state: ValueState;
  /** Only when state is "value". */
  value?: number;
  n?: number;
  /** Response rate in percent, when known. */
  responseRate?: number;
  period: string;
  source: string;
  kpi?: string;
  isOld: boolean;
  kommun?: { value: number; computed: boolean };
  nation?: number;
  difference?: Difference;
  judgement?: Judgement;
}

export interface CompareEntry {
  version: typeof COMPARE_ENTRY_VERSION;
  serviceId: string;
  id: string;
  kind: 'provider' | 'unit';
  name: string;
  path: string;
  provider: { id: string; name: string; path: string };
  /** The provider's status on the publication date. */
  status: ProviderStatus;
  statusSince: string;
  /** A warning in force or a planned end, with where it is explained (lib/status/status-line.ts). */
  statusNotes: StatusNote[];
  address?: string;
  areas: string[];
  ownership: Ownership;
  languages: string[];
  profiles: string[];
  places?: number;
  /** With its age: an old confirmation says so and is not "tar emot nya kunder nu". */
  capacity?: CapacityView;
  facts?: NonNullable<Provider['facts']>;
  indicators: CompareIndicator[];
  figures: CompareFigure[];
  latestFollowUp?: { date: string; kind: FollowUp['kind']; sanction: Sanction; status: FollowUp['status'] };
  /** The latest follow-up that ended in a sanction (anmärkning, varning, avauktorisation). */
  latestSanction?: { date: string; sanction: Sanction };
  /** Only links that may be shown (the one link sanitiser). */
  contact: { phone?: string; phoneHref?: string; email?: string; emailHref?: string; web?: string; webHref?: string };
  updatedOn: string;
}

export function buildCompareEntry(catalog: Catalog, choice: Choice): CompareEntry {
  const service = catalog.serviceById.get(choice.serviceId)!;
  const { provider, unit } = choice;
  const status = catalog.statusOf(provider);
  // A provider's figures from another service (its hemtjänst survey in ledsagarservice) would mislead here.
  const latest = catalog.latestFigures(choice.kind, choice.id, service).filter((f) => f.indicator.services.includes(service.id));
  const followUps = catalog.followUpsFor(provider.id, unit?.id);
  const latestFollowUp = followUps[0];
  const sanctioned = followUps.find((f) => f.sanction !== 'none');
  const contactSource = unit && (unit.contact.phone || unit.contact.email || unit.contact.web) ? unit.contact : provider.contact;
  const contact: CompareEntry['contact'] = {};
  if (contactSource.phone) Object.assign(contact, { phone: contactSource.phone, phoneHref: telHref(contactSource.phone) });
  if (contactSource.email) Object.assign(contact, { email: contactSource.email, emailHref: mailtoHref(contactSource.email) });
  if (contactSource.web && safeHref(contactSource.web))
    Object.assign(contact, { web: contactSource.web.replace(/^https?:\/\//, '').replace(/\/$/, ''), webHref: safeHref(contactSource.web) });

  const entry: CompareEntry = {
    version: COMPARE_ENTRY_VERSION,
    serviceId: service.id,
    id: choice.id,
    kind: choice.kind,
    name: choice.name,
    path: choice.kind === 'unit' ? paths.unit(choice.id) : paths.provider(choice.id),
    provider: { id: provider.id, name: provider.name, path: paths.provider(provider.id) },
    status: status.status,
    statusSince: status.since,
    statusNotes: choice.statusLine.notes,
    areas: choice.areaIds.map((id) => service.areas.find((a) => a.id === id)?.name ?? id),
    ownership: provider.ownership,
    languages: choice.languages,
    profiles: choice.profiles.map((id) => catalog.profileById.get(id)?.name ?? id),
    indicators: latest.map(({ indicator: i }) => ({
      id: i.id,
      name: i.name,
      unit: i.unit,
      better: i.betterDirection,
      countsWhat: i.countsWhat,
      path: paths.indicator(i.id),
    })),
    figures: latest.map(({ indicator, figure, kommun, nation }) => {
      const f: CompareFigure = { indicator: indicator.id, state: figure.state, period: figure.period, source: figure.source, isOld: figure.isOld };
      if (hasValue(figure)) f.value = figure.value;
      if (figure.n !== undefined) f.n = figure.n;
      if (figure.responseRate !== undefined) f.responseRate = figure.responseRate;
      if (figure.kpi) f.kpi = figure.kpi;
      if (kommun) f.kommun = { value: kommun.value, computed: kommun.kind === 'computed' };
      if (nation) f.nation = nation.value;
      if (hasValue(figure) && kommun) {
        const { difference, judgement } = describeDifference(figure.value, kommun.value, indicator);
        f.difference = difference;
        f.judgement = judgement;
      }
      return f;
    }),
    contact,
    updatedOn: catalog.lastUpdated(provider.id, unit?.id),
  };
  if (unit) entry.address = `${unit.address.street}, ${unit.address.postalCode} ${unit.address.city}`;
  if (unit?.places) entry.places = unit.places;
  if (choice.capacity) entry.capacity = choice.capacity;
  const facts = unit ? unit.facts : provider.facts;
  if (facts) entry.facts = facts;
  if (latestFollowUp)
    entry.latestFollowUp = { date: latestFollowUp.date, kind: latestFollowUp.kind, sanction: latestFollowUp.sanction, status: latestFollowUp.status };
  if (sanctioned) entry.latestSanction = { date: sanctioned.date, sanction: sanctioned.sanction };
  return entry;
}
