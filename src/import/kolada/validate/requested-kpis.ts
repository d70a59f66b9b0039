// Which Kolada KPIs an import fetches: those of the content's indicators with
// koladaKpi (or only those named with --kpi), plus their "antal svarande" KPIs.
// A kommun that is not the site's, or a KPI no indicator has, stops the import.
import type { ContentModel } from '../../../lib/catalog/model';
import type { Indicator } from '../../../schemas/indicator';
import { KoladaSetupError } from '../report';

export interface RequestedKpis {
  indicators: Indicator[];
  /** The indicators' own KPIs, sorted. */
  valueKpis: string[];
  /** Their "antal svarande" KPIs, sorted. */
  answerKpis: string[];
  /** Both, sorted: what is fetched. */
  allKpis: string[];
}

/** Stops when --kommun is not the site's kommun (site.yaml). */
export function checkSiteKommun(model: ContentModel, kommun: string): void {
  if (model.site.municipalityCode !== kommun)
    throw new KoladaSetupError(
      `Webbplatsens kommunkod är ${model.site.municipalityCode} (content/site.yaml), men du importerar kommun ${kommun}. Ange --kommun ${model.site.municipalityCode}.`,
    );
}

export function requestedKpis(model: ContentModel, kommun: string, only: string[] = []): RequestedKpis {
  checkSiteKommun(model, kommun);
  const withKpi = model.indicators.filter((i) => i.koladaKpi);
  const unknownKpis = only.filter((k) => !withKpi.some((i) => i.koladaKpi === k));
  if (unknownKpis.length)
    throw new KoladaSetupError(
      `Ingen indikator i content/indicators/ har koladaKpi ${unknownKpis.join(', ')}. Indikatorer med Kolada-id: ${withKpi.map((i) => `${i.id} (${i.koladaKpi})`).join(', ') || 'inga'}.`,
    );
  const indicators = only.length ? withKpi.filter((i) => only.includes(i.koladaKpi!)) : withKpi;
  if (indicators.length === 0)
    throw new KoladaSetupError(
      'Ingen indikator i content/indicators/ har koladaKpi. Lägg till koladaKpi (och koladaAnswersKpi) i de indikatorer som ska hämtas från Kolada.',
    );
  const valueKpis = [...new Set(indicators.map((i) => i.koladaKpi!))].sort();
  const answerKpis = [...new Set(indicators.flatMap((i) => (i.koladaAnswersKpi ? [i.koladaAnswersKpi] : [])))].sort();
  return { indicators, valueKpis, answerKpis, allKpis: [...new Set([...valueKpis, ...answerKpis])].sort() };
}
