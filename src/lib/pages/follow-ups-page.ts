// The follow-ups list, whole or narrowed by one filter: the filter links grouped
// by facet (each a static page), and the rows with subject and service by name.
import type { Catalog } from '../catalog/catalog';
import { filterFollowUps, followUpFilters, type FollowUpFacet, type FollowUpFilter } from '../catalog/follow-up-filters';
import type { FollowUp } from '../../schemas/follow-up';
import { paths } from './paths';

export interface FollowUpFilterOption extends FollowUpFilter {
  /** The service's name, for the tjanst facet (the others are named by the dictionary). */
  serviceName?: string;
  /** The page shows this filter. */
  current: boolean;
}

export interface FollowUpRow extends Pick<FollowUp, 'id' | 'date' | 'kind' | 'sanction' | 'status'> {
  /** The unit when there is one, otherwise the provider. */
  subjectName: string;
  /** The provider's name beside a unit. */
  subjectNote?: string;
  /** The follow-up on its subject's page. */
  path: string;
  serviceName: string;
}

export interface FollowUpsPageView {
  /** All follow-ups, whatever the filter. */
  total: number;
  /** Facets in a fixed order (service, kind, sanction), those without options left out. */
  groups: { facet: FollowUpFacet; options: FollowUpFilterOption[] }[];
  /** The filter the page shows, if any. */
  current?: FollowUpFilterOption;
  /** Newest first. */
  rows: FollowUpRow[];
}

const FACET_ORDER: FollowUpFacet[] = ['tjanst', 'typ', 'atgard'];

function followUpRow(catalog: Catalog, f: FollowUp): FollowUpRow {
  const unit = f.unitId ? catalog.unitById.get(f.unitId) : undefined;
  const provider = catalog.providerById.get(f.providerId)!;
  const subject = unit
    ? { subjectName: unit.name, subjectNote: provider.name, path: `${paths.unit(unit.id)}#uppfoljning-${f.id}` }
    : { subjectName: provider.name, path: `${paths.provider(provider.id)}#uppfoljning-${f.id}` };
  return {
    id: f.id,
    date: f.date,
    kind: f.kind,
    sanction: f.sanction,
    status: f.status,
    ...subject,
    serviceName: catalog.serviceById.get(f.serviceId)?.name ?? f.serviceId,
  };
}

export function followUpsPage(catalog: Catalog, filter?: Pick<FollowUpFilter, 'facet' | 'value'>): FollowUpsPageView {
  const all = catalog.model.followUps;
  const options = followUpFilters(all, catalog.services).map(
    (o): FollowUpFilterOption => ({
      ...o,
      ...(o.facet === 'tjanst' ? { serviceName: catalog.serviceById.get(o.value)?.name ?? o.value } : {}),
      current: filter?.facet === o.facet && filter.value === o.value,
    }),
  );
  const current = options.find((o) => o.current);
  return {
    total: all.length,
    groups: FACET_ORDER.map((facet) => ({ facet, options: options.filter((o) => o.facet === facet) })).filter((g) => g.options.length > 0),
    ...(current ? { current } : {}),
    rows: filterFollowUps(all, filter).map((f) => followUpRow(catalog, f)),
  };
}
