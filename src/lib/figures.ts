// A figure as shown to people: one of five states, never a bare 0 for
// "nothing", and never a value from fewer answers than the indicator allows.
import type { Indicator } from '../schemas/indicator';
import type { IndicatorValue, ValueState } from '../schemas/indicator-value';
import { monthsBetween } from './dates';
import { periodEnd } from './format';

export interface Figure {
  indicatorId: string;
  state: ValueState;
  /** Only present when state is "value". */
  value?: number;
  n?: number;
  responseRate?: number;
  period: string;
  source: string;
  kpi?: string;
  publishedOn: string;
  /** Older than the site's freshness limit. */
  isOld: boolean;
}

/**
 * Applies the small-numbers rule: a value from fewer answers than the
 * indicator's minimum becomes "suppressed" and loses its number, whatever the file said.
 */
export function toFigure(row: IndicatorValue, indicator: Indicator, today: string, freshnessMonths: number): Figure {
  const isUnitLevel = row.subjectType === 'unit' || row.subjectType === 'provider';
  const tooFew = isUnitLevel && row.n !== undefined && row.n < indicator.minAnswers;
  const state: ValueState = row.state === 'value' && (tooFew || row.value === undefined) ? 'suppressed' : row.state;
  return {
    indicatorId: row.indicator,
    state,
    value: state === 'value' ? row.value : undefined,
    n: row.n,
    responseRate: row.responseRate,
    period: row.period,
    source: row.source,
    kpi: row.kpi,
    publishedOn: row.publishedOn,
    isOld: monthsBetween(periodEnd(row.period), today) > freshnessMonths,
  };
}

export function hasValue(f: Figure | undefined): f is Figure & { value: number } {
  return f !== undefined && f.state === 'value' && typeof f.value === 'number';
}

/** Periods compare as text: "2024" < "2024-H1" < "2024-H2" < "2025". */
export function comparePeriods(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
