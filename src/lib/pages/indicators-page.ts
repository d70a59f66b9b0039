// The list of indicators: per service (in the site's order), its indicators by name.
import type { Catalog } from '../catalog/catalog';
import { paths } from './paths';

export interface IndicatorGroup {
  serviceName: string;
  indicators: { name: string; path: string }[];
}

export function indicatorsPage(catalog: Catalog): { groups: IndicatorGroup[]; freshnessMonths: number } {
  const groups = catalog.services
    .map((s) => ({
      serviceName: s.name,
      indicators: catalog.model.indicators
        .filter((i) => i.services.includes(s.id))
        .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
        .map((i) => ({ name: i.name, path: paths.indicator(i.id) })),
    }))
    .filter((g) => g.indicators.length > 0);
  return { groups, freshnessMonths: catalog.site.freshnessMonths };
}
