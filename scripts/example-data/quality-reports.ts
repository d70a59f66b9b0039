// Quality reports (kvalitetsredovisningar) for 2024 and 2025: text for each of
// Socialstyrelsen's eight aspects and the figures the indicator values also show.
import type { z } from 'zod';
import { qualityAspectValues, type qualityReportSchema } from '../../src/schemas/quality-report';
import type { IndicatorValues } from './indicator-values';
import { rng, type Random } from './random';
import { serviceDef, type ServiceId } from './services';
import { ASPECT_SENTENCES, capitalise, textFamily } from './texts';
import type { ProviderModel, UnitModel, World } from './world';

export type QualityReportInput = z.input<typeof qualityReportSchema>;

export const REPORT_YEARS = [2024, 2025];

export interface QualityReports {
  byYear: Map<number, QualityReportInput[]>;
  /** Provider ids that did not hand in a report for the year; follow-ups remark on them. */
  missing: Map<number, string[]>;
}

function aspectText(aspect: string, serviceId: ServiceId, r: Random): string {
  const who = serviceDef(serviceId).who;
  const family = ASPECT_SENTENCES[textFamily(serviceId)][aspect];
  const general = ASPECT_SENTENCES.any[aspect];
  const chosen = r.chance(0.5) ? [r.pick(family), r.pick(general)] : [r.pick(general), r.pick(family)];
  return chosen.join(' ').replaceAll('{who}', who).replaceAll('{Who}', capitalise(who));
}

function figures(p: ProviderModel, unit: UnitModel | undefined, serviceId: ServiceId, year: number, values: IndicatorValues, r: Random) {
  const subject = unit?.id ?? p.id;
  const shown = (indicator: string) => {
    const row = values.lookup(indicator, subject, year);
    return row?.state === 'value' ? row.value : undefined;
  };
  const family = textFamily(serviceId);
  const scale = unit ? (unit.spec.places ?? 10) / 10 : Math.max(1, p.size / 25);
  const risk = Math.max(0, 0.6 - (unit?.quality ?? p.quality) * 0.4);
  const continuity = serviceId === 'hemtjanst' ? shown('personalkontinuitet') : undefined;
  const trained = ['hemtjanst', 'sarskilt-boende', 'korttidsvistelse-lss'].includes(serviceId)
    ? shown('utbildad-personal')
    : family === 'counselling'
      ? undefined
      : r.int(52, 92);
  const languages = unit?.languages ?? p.languages;
  return {
    ...(continuity !== undefined ? { staffContinuity: continuity } : {}),
    ...(trained !== undefined ? { trainedStaffShare: trained } : {}),
    complaints: Math.round(r.next() * (1 + scale * (1 + risk))),
    ...(family !== 'counselling' ? { lexSarahReports: Math.round(r.next() * r.next() * (1 + risk * 4)) } : {}),
    ...(languages.length > 0 ? { staffLanguages: languages } : {}),
  };
}

function report(p: ProviderModel, unit: UnitModel | undefined, serviceId: ServiceId, year: number, values: IndicatorValues): QualityReportInput {
  const r = rng('quality-report', year, unit?.id ?? `${p.id}|${serviceId}`);
  const single = p.services.filter((s) => serviceDef(s).choiceLevel === 'provider').length === 1;
  const id = unit ? `kr-${year}-${unit.id}` : single ? `kr-${year}-${p.id}` : `kr-${year}-${p.id}-${serviceId}`;
  return {
    id,
    providerId: p.id,
    ...(unit ? { unitId: unit.id } : {}),
    serviceId,
    year,
    submittedOn: r.date(`${year + 1}-02-01`, `${year + 1}-03-31`),
    aspects: Object.fromEntries(qualityAspectValues.map((a) => [a, aspectText(a, serviceId, r)])) as QualityReportInput['aspects'],
    figures: figures(p, unit, serviceId, year, values, r),
  };
}

export function buildQualityReports(world: World, values: IndicatorValues): QualityReports {
  const byYear = new Map<number, QualityReportInput[]>();
  const missing = new Map<number, string[]>();
  for (const year of REPORT_YEARS) {
    const due = `${year + 1}-03-31`;
    const reports: QualityReportInput[] = [];
    const skipped: string[] = [];
    for (const p of world.providers) {
      if (p.authorisedSince > `${year}-06-30` || (p.stoppedOn && p.stoppedOn <= due)) continue;
      if (p.ownership !== 'municipal' && rng('report-missing', p.id, year).chance(0.07)) {
        skipped.push(p.id);
        continue;
      }
      for (const serviceId of p.services) {
        if (serviceDef(serviceId).choiceLevel === 'provider') reports.push(report(p, undefined, serviceId, year, values));
        else
          for (const u of p.units)
            if (u.serviceId === serviceId && (!u.openedOn || u.openedOn <= `${year}-06-30`) && (!u.closedOn || u.closedOn > due))
              reports.push(report(p, u, serviceId, year, values));
      }
    }
    byYear.set(year, reports);
    missing.set(year, skipped);
  }
  return { byYear, missing };
}
