// Which quality reports a page shows: one service's reports, newest first. A
// provider authorised for several services writes one report per service, and
// a figure from one service must never stand beside another service's report.
import { compareIds } from '../locale/names';
import type { QualityReport } from '../../schemas/quality-report';

/** Newest year first; within a year the latest submitted first. */
export const newestReportFirst = (a: QualityReport, b: QualityReport) => b.year - a.year || compareIds(b.submittedOn, a.submittedOn) || compareIds(a.id, b.id);

/**
 * The reports for one service, newest first. A unit page asks for the unit's
 * own reports; without unitId only the provider-level reports (no unit) count.
 */
export function reportsForService(reports: readonly QualityReport[], serviceId: string, unitId?: string): QualityReport[] {
  return reports.filter((r) => r.serviceId === serviceId && r.unitId === unitId).sort(newestReportFirst);
}

export interface ServiceReports {
  serviceId: string;
  /** Newest first: the first is shown, the rest are earlier years. */
  reports: QualityReport[];
  /** Reports exist for this service, but per unit (shown on the units' pages). */
  perUnit: boolean;
}

/** One entry per service of a provider, in the provider's order. */
export function reportsByService(reports: readonly QualityReport[], serviceIds: readonly string[]): ServiceReports[] {
  return serviceIds.map((serviceId) => {
    const own = reportsForService(reports, serviceId);
    return { serviceId, reports: own, perUnit: own.length === 0 && reports.some((r) => r.serviceId === serviceId && r.unitId !== undefined) };
  });
}
