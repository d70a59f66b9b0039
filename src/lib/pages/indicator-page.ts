// An indicator's page: the services it belongs to, the periods it has, and
// every provider's and unit's latest figure ranked by the site's one sort rule
// (lib/figures/indicator-ranking.ts), drawn as a strip plot beside the kommun average.
import type { Catalog } from '../catalog/catalog';
import type { Average } from '../figures/averages';
import type { Figure } from '../figures/figures';
import { indicatorRanking, stripInputs, type InactiveReason } from '../figures/indicator-ranking';
import { stripPlot, type StripPlot } from '../charts/strip-plot';
import type { Indicator } from '../../schemas/indicator';
import { choicePath } from './choice-card';
import { paths } from './paths';

export interface RankedRow {
  /** "unit:<id>" or "provider:<id>": a unit and a provider may share an id. */
  key: string;
  name: string;
  path: string;
  figure: Figure;
  inactive?: InactiveReason;
}

export interface IndicatorPageView {
  indicator: Indicator;
  services: { name: string; path: string }[];
  /** Every period with a value row, oldest first. */
  periods: string[];
  latestPeriod?: string;
  /** The averages of the latest period. */
  averages: { kommun?: Average; nation?: Average };
  /** Current values best first, then old ones, missing last. */
  rows: RankedRow[];
  plot?: StripPlot;
  /** How many rows have a value and so a dot in the plot. */
  drawnCount: number;
  anyOld: boolean;
  anyInactive: boolean;
  freshnessMonths: number;
}

export function indicatorPage(catalog: Catalog, indicatorId: string): IndicatorPageView {
  const indicator = catalog.indicatorById.get(indicatorId)!;
  const periods = [...new Set(catalog.model.indicatorValues.filter((v) => v.indicator === indicator.id).map((v) => v.period))].sort();
  const latestPeriod = periods.at(-1);
  const averages = latestPeriod ? catalog.averages(indicator.id, latestPeriod) : {};
  const ranking = indicatorRanking(catalog, indicator);
  const drawn = stripInputs(ranking);
  const plot = drawn.length ? stripPlot(drawn, averages.kommun?.value, indicator.unit === 'percent') : undefined;
  return {
    indicator,
    services: indicator.services.map((id) => ({ name: catalog.serviceById.get(id)!.name, path: paths.service(id) })),
    periods,
    ...(latestPeriod ? { latestPeriod } : {}),
    averages,
    rows: ranking.map(({ choice, figure, inactive }) => ({
      key: `${choice.kind}:${choice.id}`,
      name: choice.name,
      path: choicePath(choice),
      figure,
      ...(inactive ? { inactive } : {}),
    })),
    ...(plot ? { plot } : {}),
    drawnCount: drawn.length,
    anyOld: drawn.some((d) => d.isOld),
    anyInactive: drawn.some((d) => d.inactive),
    freshnessMonths: catalog.site.freshnessMonths,
  };
}
