// Rules that span files: unique ids, references that resolve, figures that
// respect the indicator's minimum number of answers.
import type { Condition } from '../schemas/condition';
import type { FollowUp } from '../schemas/follow-up';
import type { Indicator } from '../schemas/indicator';
import type { IndicatorValue } from '../schemas/indicator-value';
import type { KoladaUnit } from '../schemas/kolada-unit';
import type { Provider } from '../schemas/provider';
import type { QualityReport } from '../schemas/quality-report';
import type { Service } from '../schemas/service';
import type { Site } from '../schemas/site';
import type { Unit } from '../schemas/unit';
import { formatPath, type ContentError } from './content-error';
import { isPossibleValue } from '../lib/figures/units';

export interface Located<T> {
  data: T;
  file: string;
  /** Path of the record inside its file (the list index for grouped files). */
  basePath: PropertyKey[];
  lineOf: (path: PropertyKey[]) => number | undefined;
}

/** Stands for every id of a kind when a whole file of them could not be read. */
export const ANY_ID = '*';

/**
 * Ids of records that exist in content but failed to load (their own errors are
 * reported). References to them are not reported again as unknown.
 */
export type UnresolvedIds = Partial<Record<'services' | 'providers' | 'units' | 'indicators' | 'conditions', ReadonlySet<string>>>;

export interface LocatedContent {
  /** Missing when site.yaml itself is invalid; the other rules still run. */
  site?: Located<Site>;
  services: Located<Service>[];
  providers: Located<Provider>[];
  units: Located<Unit>[];
  conditions: Located<Condition>[];
  indicators: Located<Indicator>[];
  indicatorValues: Located<IndicatorValue>[];
  qualityReports: Located<QualityReport>[];
  followUps: Located<FollowUp>[];
  /** content/kolada-units.yaml, when the kommun imports from Kolada. */
  koladaUnits?: Located<KoladaUnit>[];
  unresolved?: UnresolvedIds;
}

export function checkReferences(c: LocatedContent): ContentError[] {
  const errors: ContentError[] = [];
  const report = <T>(rec: Located<T>, path: PropertyKey[], value: unknown, expected: string) => {
    const full = [...rec.basePath, ...path];
    errors.push({ file: rec.file, line: rec.lineOf(full), field: formatPath(full), value, expected });
  };

  const byId = <T extends { id: string }>(list: Located<T>[], what: string) => {
    const map = new Map<string, Located<T>>();
    for (const rec of list) {
      const first = map.get(rec.data.id);
      if (first) report(rec, ['id'], rec.data.id, `ett unikt id (${what} "${rec.data.id}" finns redan i ${first.file})`);
      else map.set(rec.data.id, rec);
    }
    return map;
  };
  const services = byId(c.services, 'tjänsten');
  const providers = byId(c.providers, 'anordnaren');
  const units = byId(c.units, 'enheten');
  const indicators = byId(c.indicators, 'indikatorn');
  const conditions = byId(c.conditions, 'villkoret');
  byId(c.qualityReports, 'kvalitetsredovisningen');
  byId(c.followUps, 'uppföljningen');
  const profileIds = c.site ? new Set(c.site.data.profiles.map((p) => p.id)) : undefined;
  const list = (ids: Iterable<string>) => [...new Set(ids)].sort().join(', ') || '(inga finns)';
  /** True when the id names a record that exists but is itself invalid. */
  const unresolved = (kind: keyof UnresolvedIds, id: string) => {
    const ids = c.unresolved?.[kind];
    return !!ids && (ids.has(id) || ids.has(ANY_ID));
  };
  /** True when no record of that id exists, not even an invalid one (whose own error is reported). */
  const unknown = (kind: keyof UnresolvedIds, known: Map<string, unknown>, id: string) => !known.has(id) && !unresolved(kind, id);

  const checkService = <T>(rec: Located<T>, path: PropertyKey[], id: string) => {
    if (unknown('services', services, id)) report(rec, path, id, `en tjänst som finns i content/services/: ${list(services.keys())}`);
  };
  const checkProfiles = <T>(rec: Located<T>, profiles: string[]) =>
    profiles.forEach((p, i) => {
      if (profileIds && !profileIds.has(p)) report(rec, ['profiles', i], p, `en profil som finns i site.yaml under profiles: ${list(profileIds)}`);
    });

  for (const rec of c.services) {
    const s = rec.data;
    s.keyIndicators.forEach((id, i) => {
      if (unknown('indicators', indicators, id))
        report(rec, ['keyIndicators', i], id, `en indikator som finns i content/indicators/: ${list(indicators.keys())}`);
    });
    const alt = s.noChoiceAlternative?.providerId;
    if (alt) {
      const p = providers.get(alt);
      if (unknown('providers', providers, alt)) report(rec, ['noChoiceAlternative', 'providerId'], alt, `en anordnare som finns i content/providers/`);
      else if (p && !p.data.services.includes(s.id))
        report(rec, ['noChoiceAlternative', 'providerId'], alt, `en anordnare som är auktoriserad för ${s.id} (lägg till tjänsten under services i ${p.file})`);
    }
    const areaIds = new Set<string>();
    s.areas.forEach((a, i) => {
      if (areaIds.has(a.id)) report(rec, ['areas', i, 'id'], a.id, 'ett unikt område-id inom tjänsten');
      areaIds.add(a.id);
    });
  }

  for (const rec of c.providers) {
    const p = rec.data;
    for (const [i, id] of p.services.entries()) checkService(rec, ['services', i], id);
    const serviceAreas = new Set(p.services.flatMap((id) => services.get(id)?.data.areas.map((a) => a.id) ?? []));
    // An invalid service's areas are unknown, so the provider's areas cannot be judged.
    const areasKnown = !p.services.some((id) => unresolved('services', id));
    p.areas.forEach((a, i) => {
      if (areasKnown && !serviceAreas.has(a)) report(rec, ['areas', i], a, `ett område i anordnarens tjänster: ${list(serviceAreas)}`);
    });
    checkProfiles(rec, p.profiles);
    let previous = '';
    p.statusHistory.forEach((h, i) => {
      if (h.date < previous) report(rec, ['statusHistory', i, 'date'], h.date, `datum i ordning, äldst först (föregående är ${previous})`);
      previous = h.date;
    });
    if (p.statusHistory[0] && p.statusHistory[0].date < p.authorisedSince)
      report(rec, ['statusHistory', 0, 'date'], p.statusHistory[0].date, `ett datum från auktorisationen (${p.authorisedSince}) eller senare`);
  }

  for (const rec of c.units) {
    const u = rec.data;
    const provider = providers.get(u.providerId);
    const service = services.get(u.serviceId);
    if (unknown('providers', providers, u.providerId)) report(rec, ['providerId'], u.providerId, 'en anordnare som finns i content/providers/');
    if (!service) checkService(rec, ['serviceId'], u.serviceId);
    else {
      if (service.data.choiceLevel !== 'unit')
        report(rec, ['serviceId'], u.serviceId, `en tjänst där kunden väljer enhet (choiceLevel: unit); i ${u.serviceId} väljer kunden anordnare`);
      if (!service.data.areas.some((a) => a.id === u.area))
        report(rec, ['area'], u.area, `ett område i tjänsten ${u.serviceId}: ${list(service.data.areas.map((a) => a.id))}`);
    }
    if (provider && service && !provider.data.services.includes(u.serviceId))
      report(rec, ['serviceId'], u.serviceId, `en tjänst som anordnaren ${u.providerId} är auktoriserad för (${provider.data.services.join(', ')})`);
    checkProfiles(rec, u.profiles);
  }

  const checkSubject = <T>(rec: Located<T & { providerId: string; unitId?: string; serviceId: string }>) => {
    const { providerId, unitId, serviceId } = rec.data;
    const provider = providers.get(providerId);
    if (unknown('providers', providers, providerId)) report(rec, ['providerId'], providerId, 'en anordnare som finns i content/providers/');
    checkService(rec, ['serviceId'], serviceId);
    if (provider && services.has(serviceId) && !provider.data.services.includes(serviceId))
      report(rec, ['serviceId'], serviceId, `en tjänst som anordnaren ${providerId} är auktoriserad för (${provider.data.services.join(', ')})`);
    if (unitId) {
      const unit = units.get(unitId);
      if (unknown('units', units, unitId)) report(rec, ['unitId'], unitId, 'en enhet som finns i content/units/');
      else if (unit && unit.data.providerId !== providerId)
        report(rec, ['unitId'], unitId, `en enhet som tillhör anordnaren ${providerId} (den tillhör ${unit.data.providerId})`);
      else if (unit && services.has(serviceId) && unit.data.serviceId !== serviceId)
        report(rec, ['serviceId'], serviceId, `samma tjänst som enheten ${unitId} (${unit.data.serviceId})`);
    }
  };
  for (const rec of c.qualityReports) checkSubject(rec);
  for (const rec of c.followUps) {
    checkSubject(rec);
    rec.data.conditions.forEach((cond, i) => {
      if (unknown('conditions', conditions, cond.conditionId))
        report(rec, ['conditions', i, 'conditionId'], cond.conditionId, `ett villkor som finns i content/conditions.yaml: ${list(conditions.keys())}`);
    });
  }

  for (const rec of c.indicators) {
    for (const [i, id] of rec.data.services.entries()) checkService(rec, ['services', i], id);
    if (rec.data.koladaAnswersKpi && !rec.data.koladaKpi)
      report(rec, ['koladaAnswersKpi'], rec.data.koladaAnswersKpi, 'koladaAnswersKpi bara tillsammans med koladaKpi (antal svarande hör till ett nyckeltal)');
  }

  const seenOus = new Map<string, Located<KoladaUnit>>();
  for (const rec of c.koladaUnits ?? []) {
    const m = rec.data;
    const first = seenOus.get(m.ou);
    if (first) report(rec, ['ou'], m.ou, `varje Kolada-enhet bara en gång (${m.ou} står redan på rad ${first.lineOf([...first.basePath])})`);
    else seenOus.set(m.ou, rec);
    if (m.subjectType === 'unit' && m.subject && unknown('units', units, m.subject))
      report(rec, ['subject'], m.subject, `en enhet som finns i content/units/: ${list(units.keys())}`);
    if (m.subjectType === 'provider' && m.subject && unknown('providers', providers, m.subject))
      report(rec, ['subject'], m.subject, `en anordnare som finns i content/providers/: ${list(providers.keys())}`);
    if (m.service) {
      checkService(rec, ['service'], m.service);
      const owner =
        m.subjectType === 'provider'
          ? providers.get(m.subject ?? '')?.data.services
          : m.subjectType === 'unit'
            ? [units.get(m.subject ?? '')?.data.serviceId ?? m.service]
            : undefined;
      if (services.has(m.service) && owner && !owner.includes(m.service))
        report(rec, ['service'], m.service, `en tjänst som ${m.subject} finns i (${owner.join(', ')})`);
    }
  }

  const seenValues = new Map<string, Located<IndicatorValue>>();
  for (const rec of c.indicatorValues) {
    const v = rec.data;
    const indicator = indicators.get(v.indicator);
    if (unknown('indicators', indicators, v.indicator))
      report(rec, ['indicator'], v.indicator, `en indikator som finns i content/indicators/: ${list(indicators.keys())}`);
    const subjectOk =
      v.subjectType === 'unit'
        ? !unknown('units', units, v.subject)
        : v.subjectType === 'provider'
          ? !unknown('providers', providers, v.subject)
          : v.subjectType === 'municipality'
            ? /^\d{4}$/.test(v.subject)
            : v.subject === 'riket';
    if (!subjectOk)
      report(
        rec,
        ['subject'],
        v.subject,
        v.subjectType === 'unit'
          ? 'en enhet som finns i content/units/'
          : v.subjectType === 'provider'
            ? 'en anordnare som finns i content/providers/'
            : v.subjectType === 'municipality'
              ? 'en kommunkod med fyra siffror'
              : '"riket" för rikets värde',
      );
    const key = `${v.indicator}|${v.subjectType}|${v.subject}|${v.period}`;
    const dup = seenValues.get(key);
    if (dup) report(rec, ['period'], v.period, `bara ett värde per indikator, enhet och period (samma finns på rad ${dup.lineOf([])} i ${dup.file})`);
    else seenValues.set(key, rec);
    if (!indicator) continue;
    const min = indicator.data.minAnswers;
    const isUnitLevel = v.subjectType === 'unit' || v.subjectType === 'provider';
    if (v.state === 'value' && isUnitLevel && v.n !== undefined && v.n < min)
      report(rec, ['n'], v.n, `minst ${min} svar för att visa ett värde (indikatorns gräns). Skriv state suppressed och lämna value tomt`);
    if (v.state === 'value' && v.value !== undefined && !isPossibleValue(v.value, indicator.data.unit))
      report(rec, ['value'], v.value, 'ett tal mellan 0 och 100 (indikatorn är en andel i procent)');
  }
  return errors;
}
