// Kolada rows become indicator values: the total (gender T) for one subject and
// year, with n from the survey's own "antal svarande" KPI (Kolada's count is
// not the number of answers), a null as "uppgift saknas", never 0, and a value
// from fewer answers than the indicator allows as "för få svar", without its number,
// and a value with no number of answers the same way unless the source suppresses itself.
// Only rows Kolada sent become values: no row is no figure, not a guess.
import type { Indicator } from '../../../schemas/indicator';
import type { IndicatorValue, SubjectType, ValueState } from '../../../schemas/indicator-value';
import type { KoladaDataRow, KoladaKpiMeta, KoladaValue } from '../normalise/response';
import { isPossibleValue } from '../../../lib/figures/units';

/** "0000" is Riket in Kolada. */
export const KOLADA_NATION = '0000';

/** A unit or provider on the site that a Kolada OU stands for. */
export interface KoladaSubject {
  subjectType: Extract<SubjectType, 'unit' | 'provider'>;
  subject: string;
  /** Services the subject is in; only indicators of those services are imported for it. */
  services: string[];
}

export interface KoladaValueContext {
  kommun: string;
  year: string;
  /** Indicators being imported; each has koladaKpi. */
  indicators: Indicator[];
  /** OU id -> subject, for OUs matched in kolada-units.yaml. */
  subjects: Map<string, KoladaSubject>;
  /** OU ids marked ignore in kolada-units.yaml. */
  ignored: Set<string>;
  kpiMeta: Map<string, KoladaKpiMeta>;
  publishedOn: string;
}

export interface KoladaRefusal {
  kpi: string;
  who: string;
  period: string;
  reason: string;
}

export interface KoladaValueResult {
  values: IndicatorValue[];
  /** Rows from OUs not in kolada-units.yaml: OU id -> number of rows. */
  unmatched: Map<string, number>;
  refused: KoladaRefusal[];
  /** Rows outside this import: other kommuner, other years, ignored OUs, other services. */
  skipped: number;
  /** Rows read for the values (not counting "antal svarande" rows). */
  read: number;
  /** Values that became "för få svar". */
  suppressed: number;
  /**
   * Values with no number of answers (no "antal svarande" row for the subject, as
   * for every unit in Socialstyrelsen's survey) for an indicator whose source does not
   * suppress small groups itself: written without the value, not shown.
   */
  unknownAnswers: { indicator: string; subjectType: SubjectType; subject: string; period: string }[];
  /** Values written as "uppgift saknas" because Kolada sent a null (or a deleted value). */
  missing: number;
  /** Matched OUs with no row at all from Kolada for the year. */
  silent: string[];
}

/** The total over genders, as Kolada sends it for every KPI. */
export function totalOf(row: KoladaDataRow): KoladaValue | undefined {
  return row.values.find((v) => v.gender === 'T');
}

/** A published number, or undefined for null, deleted or absent. */
export function publishedNumber(v: KoladaValue | undefined): number | undefined {
  if (!v || v.isdeleted === true) return undefined;
  return typeof v.value === 'number' && Number.isFinite(v.value) ? v.value : undefined;
}

/** "Socialstyrelsen via Kolada", from the "Källa: ..." at the end of the KPI's description. */
export function koladaSourceText(meta: KoladaKpiMeta | undefined, fallback: string): string {
  const m = /Källa:\s*([\s\S]*?)\s*\.?\s*$/.exec(meta?.description ?? '');
  const parts = m
    ? m[1]
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean)
    : [];
  const org = parts.at(-1) ?? fallback;
  return `${org} via Kolada`.slice(0, 200);
}

type Who = { subjectType: SubjectType; subject: string; services?: string[] };

function whoIs(row: KoladaDataRow, ctx: KoladaValueContext): Who | 'unmatched' | 'skip' {
  if (row.ou !== undefined) {
    const s = ctx.subjects.get(row.ou);
    if (s) return s;
    return ctx.ignored.has(row.ou) ? 'skip' : 'unmatched';
  }
  if (row.municipality === ctx.kommun) return { subjectType: 'municipality', subject: ctx.kommun };
  if (row.municipality === KOLADA_NATION) return { subjectType: 'nation', subject: 'riket' };
  return 'skip';
}

const whoKey = (row: KoladaDataRow) => (row.ou !== undefined ? `ou:${row.ou}` : `m:${row.municipality}`);

/** n per answers KPI, subject and period, from the "antal svarande" rows. */
export function answersIndex(rows: KoladaDataRow[], answersKpis: Set<string>): Map<string, number> {
  const index = new Map<string, number>();
  for (const row of rows) {
    if (!answersKpis.has(row.kpi)) continue;
    const n = publishedNumber(totalOf(row));
    if (n !== undefined && n >= 0) index.set(`${row.kpi}|${whoKey(row)}|${row.period}`, Math.round(n));
  }
  return index;
}

/** Unit, provider and kommun figures follow the minimum, and fail closed without n; Riket's aggregate does not. */
function stateOf(value: number | undefined, n: number | undefined, counted: boolean, indicator: Indicator): { state: ValueState; unknownAnswers?: true } {
  if (counted && n !== undefined && n < indicator.minAnswers) return { state: 'suppressed' };
  if (value === undefined) return { state: 'missing' };
  if (counted && n === undefined && !indicator.sourceSuppresses) return { state: 'suppressed', unknownAnswers: true };
  return { state: 'value' };
}

export function koladaRowsToValues(rows: KoladaDataRow[], ctx: KoladaValueContext): KoladaValueResult {
  const byKpi = new Map<string, Indicator[]>();
  for (const ind of ctx.indicators) if (ind.koladaKpi) byKpi.set(ind.koladaKpi, [...(byKpi.get(ind.koladaKpi) ?? []), ind]);
  const answerKpis = new Set(ctx.indicators.flatMap((i) => (i.koladaAnswersKpi ? [i.koladaAnswersKpi] : [])));
  const answers = answersIndex(rows, answerKpis);
  const result: KoladaValueResult = {
    values: [],
    unmatched: new Map(),
    refused: [],
    skipped: 0,
    read: 0,
    suppressed: 0,
    missing: 0,
    unknownAnswers: [],
    silent: [],
  };
  const seen = new Set<string>();

  for (const row of rows) {
    const indicators = byKpi.get(row.kpi);
    if (!indicators) {
      if (!answerKpis.has(row.kpi)) result.skipped++;
      continue;
    }
    const who = whoIs(row, ctx);
    if (who === 'skip' || row.period !== ctx.year) {
      result.skipped++;
      continue;
    }
    if (who === 'unmatched') {
      result.unmatched.set(row.ou!, (result.unmatched.get(row.ou!) ?? 0) + 1);
      continue;
    }
    result.read++;
    for (const indicator of indicators) {
      if (who.services && !indicator.services.some((s) => who.services!.includes(s))) {
        result.skipped++;
        continue;
      }
      const key = `${indicator.id}|${who.subjectType}|${who.subject}|${row.period}`;
      if (seen.has(key)) {
        result.refused.push({
          kpi: row.kpi,
          who: whoKey(row),
          period: row.period,
          reason: `två rader för samma ${who.subjectType === 'unit' ? 'enhet' : 'anordnare'} och år (${who.subject}); flera Kolada-enheter pekar på samma id i kolada-units.yaml`,
        });
        continue;
      }
      seen.add(key);
      const value = publishedNumber(totalOf(row));
      const n = indicator.koladaAnswersKpi ? answers.get(`${indicator.koladaAnswersKpi}|${whoKey(row)}|${row.period}`) : undefined;
      const { state, unknownAnswers } = stateOf(value, n, who.subjectType !== 'nation', indicator);
      // Checked whether shown or not: a share outside 0-100 is a wrong row, not a small one.
      if (value !== undefined && !isPossibleValue(value, indicator.unit)) {
        result.refused.push({ kpi: row.kpi, who: whoKey(row), period: row.period, reason: `värdet ${value} är ingen andel mellan 0 och 100` });
        continue;
      }
      if (unknownAnswers) result.unknownAnswers.push({ indicator: indicator.id, subjectType: who.subjectType, subject: who.subject, period: row.period });
      else if (state === 'suppressed') result.suppressed++;
      if (state === 'missing') result.missing++;
      result.values.push({
        indicator: indicator.id,
        subjectType: who.subjectType,
        subject: who.subject,
        period: row.period,
        state,
        value: state === 'value' ? value : undefined,
        n,
        source: koladaSourceText(ctx.kpiMeta.get(row.kpi), indicator.source.name),
        kpi: row.kpi,
        publishedOn: ctx.publishedOn,
      });
    }
  }

  // Matched units Kolada sent nothing for: said in the summary, not written (no row is not a figure).
  const answered = new Set(
    rows
      .filter((r) => r.period === ctx.year)
      .map((r) => r.ou)
      .filter((ou): ou is string => ou !== undefined),
  );
  result.silent = [...ctx.subjects.keys()].filter((ou) => !answered.has(ou)).sort();
  return result;
}
