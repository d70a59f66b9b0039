// A provider's page: its facts with names resolved, its units, its results
// (shown per unit when it has units without figures of its own) and the record.
import type { Catalog } from '../catalog/catalog';
import { reportsByService } from '../catalog/quality-reports';
import { pageUrlFor } from '../open-data/files';
import type { Provider } from '../../schemas/provider';
import { profileNamesOf } from './choice-card';
import { paths } from './paths';
import { providerJsonLd } from './structured-data';
import { subjectRecord, type SubjectRecordView } from './subject-record';
import { subjectSummary, type SubjectSummaryView } from './subject-summary';

export interface ProviderPageView {
  provider: Provider;
  services: { id: string; name: string; path: string }[];
  /** What the page opens with: status, latest follow-up, capacity, key results. */
  summary: SubjectSummaryView;
  units: { name: string; path: string; serviceName?: string }[];
  areaNames: string[];
  profileNames: string[];
  /** schema.org JSON-LD for the page head. */
  structuredData: ReturnType<typeof providerJsonLd>;
  record: SubjectRecordView;
}

export function providerPage(catalog: Catalog, providerId: string): ProviderPageView {
  const provider = catalog.providerById.get(providerId)!;
  const services = provider.services.map((id) => catalog.serviceById.get(id)!);
  const units = catalog.unitsOfProvider(provider.id);
  const figures = catalog.latestFigures('provider', provider.id, services[0]);
  const pageUrl = pageUrlFor(catalog.site.siteUrl, catalog.site.basePath);
  const reports = reportsByService(catalog.qualityReportsOf(provider.id), provider.services).map((r) => ({
    serviceName: catalog.serviceById.get(r.serviceId)!.name,
    reports: r.reports,
    perUnit: r.perUnit,
  }));
  return {
    provider,
    services: services.map((s) => ({ id: s.id, name: s.name, path: paths.service(s.id) })),
    summary: subjectSummary(catalog, { provider, services, figures, followUps: catalog.followUpsFor(provider.id) }),
    units: units.map((u) => ({ name: u.name, path: paths.unit(u.id), serviceName: catalog.serviceById.get(u.serviceId)?.name })),
    // A provider's areas are named by whichever of its services has them.
    areaNames: provider.areas.map((a) => services.flatMap((s) => s.areas).find((x) => x.id === a)?.name ?? a),
    profileNames: profileNamesOf(catalog, provider.profiles),
    structuredData: providerJsonLd(provider, pageUrl(paths.provider(provider.id))),
    record: subjectRecord(catalog, {
      type: 'provider',
      id: provider.id,
      name: provider.name,
      figures,
      showResults: figures.length > 0 || units.length === 0,
      reports,
      updated: catalog.lastUpdated(provider.id),
      followUpsOf: { providerId: provider.id },
    }),
  };
}
