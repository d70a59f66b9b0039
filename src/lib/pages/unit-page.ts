// A unit's page: its facts with names resolved, the provider it belongs to,
// and the record with the unit's own quality reports (or the provider's for the service).
import type { Catalog } from '../catalog/catalog';
import { reportsForService } from '../catalog/quality-reports';
import { pageUrlFor } from '../open-data/files';
import type { Provider } from '../../schemas/provider';
import type { Unit } from '../../schemas/unit';
import { profileNamesOf } from './choice-card';
import { paths } from './paths';
import { unitJsonLd } from './structured-data';
import { subjectRecord, type SubjectRecordView } from './subject-record';
import { subjectSummary, type SubjectSummaryView } from './subject-summary';

export interface UnitPageView {
  unit: Unit;
  provider: Provider;
  service: { id: string; name: string };
  areaName: string;
  profileNames: string[];
  /** The provider's contact, overridden field by field by the unit's own. */
  contact: Provider['contact'];
  /** What the page opens with: status, latest follow-up, capacity, key results. */
  summary: SubjectSummaryView;
  structuredData: ReturnType<typeof unitJsonLd>;
  record: SubjectRecordView;
}

export function unitPage(catalog: Catalog, unitId: string): UnitPageView {
  const unit = catalog.unitById.get(unitId)!;
  const provider = catalog.providerById.get(unit.providerId)!;
  const service = catalog.serviceById.get(unit.serviceId)!;
  const pageUrl = pageUrlFor(catalog.site.siteUrl, catalog.site.basePath);
  // The unit's own reports; a provider that reports the service as a whole covers its units.
  const ownReports = reportsForService(catalog.qualityReportsOf(provider.id), service.id, unit.id);
  const reports = ownReports.length ? ownReports : reportsForService(catalog.qualityReportsOf(provider.id), service.id);
  const figures = catalog.latestFigures('unit', unit.id, service);
  return {
    unit,
    provider,
    service: { id: service.id, name: service.name },
    areaName: service.areas.find((a) => a.id === unit.area)?.name ?? unit.area,
    profileNames: profileNamesOf(catalog, unit.profiles),
    contact: { ...provider.contact, ...unit.contact },
    summary: subjectSummary(catalog, { provider, unit, services: [service], figures, followUps: catalog.followUpsFor(provider.id, unit.id) }),
    structuredData: unitJsonLd(unit, pageUrl(paths.unit(unit.id)), provider, pageUrl(paths.provider(provider.id))),
    record: subjectRecord(catalog, {
      type: 'unit',
      id: unit.id,
      name: unit.name,
      figures,
      showResults: true,
      reports: [{ serviceName: service.name, reports }],
      updated: catalog.lastUpdated(provider.id, unit.id),
      followUpsOf: { providerId: provider.id, unitId: unit.id },
    }),
  };
}
