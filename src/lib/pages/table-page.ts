// A service's "all in one table" page: every selectable choice as a row with
// its facts, its latest figure per indicator and its latest follow-up.
import type { Catalog } from '../catalog/catalog';
import { indicatorsOfService } from '../catalog/service-indicators';
import { hasValue, type Figure } from '../figures/figures';
import { inactiveReason, type InactiveReason } from '../figures/indicator-ranking';
import type { FollowUp } from '../../schemas/follow-up';
import type { Indicator } from '../../schemas/indicator';
import type { Provider } from '../../schemas/provider';
import type { CapacityView } from '../status/capacity';
import type { StatusNote } from '../status/status-line';
import type { Service } from '../../schemas/service';
import { areaNamesOf, choicePath, profileNamesOf } from './choice-card';
import { emptyChoices, type EmptyChoices } from './service-page';

export interface TableRow {
  id: string;
  name: string;
  path: string;
  inactive?: InactiveReason;
  providerName: string;
  areaNames: string[];
  ownership: Provider['ownership'];
  languages: string[];
  profileNames: string[];
  capacity?: CapacityView;
  /** A warning in force or a planned end, with where it is explained. */
  statusNotes: StatusNote[];
  /** One per indicator of the table, in its order; no figure when the choice has none. */
  figures: { unit: Indicator['unit']; figure?: Figure }[];
  latestFollowUp?: Pick<FollowUp, 'date' | 'sanction'>;
}

export interface TablePageView {
  service: Service;
  /** The publication date: the table is as of this day. */
  today: string;
  freshnessMonths: number;
  indicators: Pick<Indicator, 'id' | 'name'>[];
  rows: TableRow[];
  /** Nobody to list: the page says why instead of showing an empty table. */
  empty?: EmptyChoices;
  /** Some figure is older than the freshness limit: the page explains the tag. */
  anyOld: boolean;
}

export function tablePage(catalog: Catalog, serviceId: string): TablePageView {
  const service = catalog.serviceById.get(serviceId)!;
  const all = catalog.choicesForService(service.id);
  const choices = all.filter((c) => c.selectable);
  const empty = emptyChoices(all);
  // Every indicator of the service that someone has a figure for, key indicators first: this table is
  // also the comparison for those without JavaScript.
  const indicators = indicatorsOfService(catalog, service.id, choices);
  const rows = choices.map((c): TableRow => {
    const latestFollowUp = catalog.followUpsFor(c.provider.id, c.kind === 'unit' ? c.id : undefined)[0];
    const inactive = inactiveReason(c);
    return {
      id: c.id,
      name: c.name,
      path: choicePath(c),
      ...(inactive ? { inactive } : {}),
      providerName: c.provider.name,
      areaNames: areaNamesOf(catalog, service.id, c.areaIds),
      ownership: c.provider.ownership,
      languages: c.languages,
      profileNames: profileNamesOf(catalog, c.profiles),
      ...(c.capacity ? { capacity: c.capacity } : {}),
      statusNotes: c.statusLine.notes,
      figures: indicators.map((ind) => {
        const figure = catalog.history(c.kind, c.id, ind.id).at(-1);
        return figure ? { unit: ind.unit, figure } : { unit: ind.unit };
      }),
      ...(latestFollowUp ? { latestFollowUp: { date: latestFollowUp.date, sanction: latestFollowUp.sanction } } : {}),
    };
  });
  return {
    service,
    today: catalog.today,
    freshnessMonths: catalog.site.freshnessMonths,
    indicators: indicators.map(({ id, name }) => ({ id, name })),
    rows,
    ...(empty ? { empty } : {}),
    anyOld: rows.some((r) => r.figures.some(({ figure }) => hasValue(figure) && figure.isOld)),
  };
}
