// Indexes over the content model that pages ask for: the choices in a service,
// a subject's figures with averages, follow-ups and reports. Built once per build.
import type { FollowUp } from '../../schemas/follow-up';
import type { Indicator } from '../../schemas/indicator';
import type { SubjectType } from '../../schemas/indicator-value';
import type { Provider } from '../../schemas/provider';
import type { QualityReport } from '../../schemas/quality-report';
import type { Service } from '../../schemas/service';
import type { Unit } from '../../schemas/unit';
import { chooseAverage, type Average } from '../figures/averages';
import { latestDate } from '../locale/dates';
import { byName } from '../locale/names';
import { newestFollowUpFirst } from './follow-up-filters';
import type { Figure } from '../figures/figures';
import { comparePeriods } from '../locale/periods';
import type { ContentModel } from './model';
import { statusAt } from './provider-status';
import { publishFigures } from '../figures/published-figures';
import { capacityView, type CapacityView } from '../status/capacity';
import { statusLine, type StatusLine } from '../status/status-line';

/** One thing a customer can choose in a service: a provider, or a unit of one. */
export interface Choice {
  kind: 'provider' | 'unit';
  id: string;
  name: string;
  serviceId: string;
  provider: Provider;
  unit?: Unit;
  areaIds: string[];
  languages: string[];
  profiles: string[];
  /** With its age: an old confirmation is not counted as taking new customers now. */
  capacity?: CapacityView;
  /** On the publication date: a warning, a withdrawn approval, an end come or announced. */
  statusLine: StatusLine;
  /** False for withdrawn, ended or closed on the publication date: shown apart, not offered. */
  selectable: boolean;
}

export interface FigureWithAverages {
  indicator: Indicator;
  figure: Figure;
  kommun?: Average;
  nation?: Average;
}

export type Catalog = ReturnType<typeof createCatalog>;

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function createCatalog(model: ContentModel) {
  const { site } = model;
  const today = site.dataPublishedOn;
  const serviceById = new Map(model.services.map((s) => [s.id, s]));
  const providerById = new Map(model.providers.map((p) => [p.id, p]));
  const unitById = new Map(model.units.map((u) => [u.id, u]));
  const indicatorById = new Map(model.indicators.map((i) => [i.id, i]));
  const conditionById = new Map(model.conditions.map((c) => [c.id, c]));
  const profileById = new Map(site.profiles.map((p) => [p.id, p]));

  // subjectKey -> indicatorId -> figures oldest first
  const figures = new Map<string, Map<string, Figure[]>>();
  const subjectKey = (type: SubjectType, id: string) => `${type}:${id}`;
  // Small-numbers rule and secondary suppression, before anything downstream sees a figure.
  const published = publishFigures(model.indicatorValues, indicatorById, site);
  model.indicatorValues.forEach((row, i) => {
    const figure = published[i];
    if (!figure) return;
    const key = subjectKey(row.subjectType, row.subject);
    let perIndicator = figures.get(key);
    if (!perIndicator) figures.set(key, (perIndicator = new Map()));
    const list = perIndicator.get(row.indicator) ?? [];
    list.push(figure);
    perIndicator.set(row.indicator, list);
  });
  for (const perIndicator of figures.values()) for (const list of perIndicator.values()) list.sort((a, b) => comparePeriods(a.period, b.period));

  function history(type: SubjectType, id: string, indicatorId: string): Figure[] {
    return figures.get(subjectKey(type, id))?.get(indicatorId) ?? [];
  }

  /** Unit- and provider-level figures of one indicator and period, for computed averages. */
  function subjectFigures(indicatorId: string, period: string): Figure[] {
    const out: Figure[] = [];
    for (const [key, perIndicator] of figures) {
      if (!key.startsWith('unit:') && !key.startsWith('provider:')) continue;
      const f = perIndicator.get(indicatorId)?.find((x) => x.period === period);
      if (f) out.push(f);
    }
    return out;
  }

  const averageCache = new Map<string, { kommun?: Average; nation?: Average }>();
  function averages(indicatorId: string, period: string) {
    const key = `${indicatorId}|${period}`;
    let hit = averageCache.get(key);
    if (!hit) {
      const own = history('municipality', site.municipalityCode, indicatorId).find((f) => f.period === period);
      const nation = history('nation', 'riket', indicatorId).find((f) => f.period === period);
      hit = {
        kommun: chooseAverage(own, subjectFigures(indicatorId, period)),
        nation: chooseAverage(nation, []),
      };
      averageCache.set(key, hit);
    }
    return hit;
  }

  /** The latest figure of each indicator for a subject, key indicators of the service first. */
  function latestFigures(type: SubjectType, id: string, service?: Service): FigureWithAverages[] {
    const perIndicator = figures.get(subjectKey(type, id));
    if (!perIndicator) return [];
    const order = service?.keyIndicators ?? [];
    const rank = (iid: string) => (order.includes(iid) ? order.indexOf(iid) : order.length);
    return [...perIndicator.entries()]
      .map(([iid, list]) => {
        const figure = list[list.length - 1];
        return { indicator: indicatorById.get(iid)!, figure, ...averages(iid, figure.period) };
      })
      .sort((a, b) => rank(a.indicator.id) - rank(b.indicator.id) || byName(a.indicator, b.indicator));
  }

  // Per provider, so a page looks at its own records only (a national build has tens of thousands).
  const followUpsByProvider = groupBy(model.followUps, (f) => f.providerId);
  const reportsByProvider = groupBy(model.qualityReports, (r) => r.providerId);
  const unitsByProvider = groupBy(model.units, (u) => u.providerId);

  const capacityRule = { today, maxAgeMonths: site.capacityMaxAgeMonths };
  /** Capacity as the site may tell it on the publication date. */
  const capacityOf = (capacity: Provider['capacity']) => capacityView(capacity, capacityRule);

  /** The status line of a provider, or of a unit of it, on the publication date (lib/status/status-line.ts). */
  function statusLineOf(provider: Provider, unit?: Unit): StatusLine {
    return statusLine({ provider, unit, followUps: followUpsByProvider.get(provider.id) ?? [] }, today);
  }

  function choicesForService(serviceId: string): Choice[] {
    const service = serviceById.get(serviceId);
    if (!service) return [];
    if (service.choiceLevel === 'provider') {
      return model.providers
        .filter((p) => p.services.includes(serviceId))
        .map((p): Choice => {
          const line = statusLineOf(p);
          const capacity = capacityOf(p.capacity);
          return {
            kind: 'provider' as const,
            id: p.id,
            name: p.name,
            serviceId,
            provider: p,
            areaIds: p.areas.filter((a) => service.areas.some((sa) => sa.id === a)),
            languages: p.languages,
            profiles: p.profiles,
            ...(capacity ? { capacity } : {}),
            statusLine: line,
            selectable: line.choosable,
          };
        })
        .sort(byName);
    }
    return model.units
      .filter((u) => u.serviceId === serviceId)
      .map((u): Choice => {
        const p = providerById.get(u.providerId)!;
        const line = statusLineOf(p, u);
        const capacity = capacityOf(u.capacity);
        return {
          kind: 'unit' as const,
          id: u.id,
          name: u.name,
          serviceId,
          provider: p,
          unit: u,
          areaIds: [u.area],
          languages: u.languages,
          profiles: u.profiles,
          ...(capacity ? { capacity } : {}),
          statusLine: line,
          selectable: line.choosable,
        };
      })
      .sort(byName);
  }

  function followUpsFor(providerId: string, unitId?: string): FollowUp[] {
    return (followUpsByProvider.get(providerId) ?? []).filter((f) => unitId === undefined || f.unitId === unitId).sort(newestFollowUpFirst);
  }

  /** A provider's quality reports, as written; lib/catalog/quality-reports.ts picks per service. */
  function qualityReportsOf(providerId: string): QualityReport[] {
    return reportsByProvider.get(providerId) ?? [];
  }

  /** The date a page's data last changed: the record itself, its figures, reports and follow-ups. */
  function lastUpdated(providerId: string, unitId?: string): string {
    const subject = unitId ? unitById.get(unitId) : providerById.get(providerId);
    const figs = [...(figures.get(subjectKey(unitId ? 'unit' : 'provider', unitId ?? providerId))?.values() ?? [])].flat();
    return (
      latestDate([
        subject?.updatedOn,
        ...figs.map((f) => f.publishedOn),
        ...followUpsFor(providerId, unitId).map((f) => f.date),
        ...(reportsByProvider.get(providerId) ?? []).map((r) => r.submittedOn),
      ]) ?? today
    );
  }

  return {
    site,
    model,
    today,
    services: model.services,
    serviceById,
    providerById,
    unitById,
    indicatorById,
    conditionById,
    profileById,
    history,
    averages,
    latestFigures,
    choicesForService,
    followUpsFor,
    qualityReportsOf,
    lastUpdated,
    /** A provider's status on the publication date (a later entry is announced, not in force). */
    statusOf: (p: Provider) => statusAt(p, today),
    statusLineOf,
    capacityOf,
    unitsOfProvider: (providerId: string) => [...(unitsByProvider.get(providerId) ?? [])].sort(byName),
  };
}
