// A figure as shown to people: one of five states, never a bare 0 for
// "nothing", and never a value from fewer answers than the indicator allows.
import type { Indicator } from '../../schemas/indicator';
import type { IndicatorValue, SubjectType, ValueState } from '../../schemas/indicator-value';
import { monthsBetween } from '../locale/dates';
import { periodEnd } from '../locale/periods';

/**
 * Why a figure is not shown, for the words on the page:
 * too-few-answers: fewer answers than the indicator's minimum (or the file said so);
 * unknown-answers: the number of answers is not known and the source does not leave out small groups itself;
 * protects-others: shown, it would let someone work out a figure that is not shown (secondary suppression).
 */
export type WithheldReason = 'too-few-answers' | 'unknown-answers' | 'protects-others';

export interface Figure {
  indicatorId: string;
  state: ValueState;
  /** Only present when state is "value". */
  value?: number;
  /** Never present on a suppressed figure: its n would help work the value out. */
  n?: number;
  responseRate?: number;
  /** Only present when state is "suppressed". */
  withheld?: WithheldReason;
  period: string;
  source: string;
  kpi?: string;
  publishedOn: string;
  /** Older than the site's freshness limit. */
  isOld: boolean;
}

/** Unit, provider and kommun figures follow the small-numbers rule; Riket's national aggregate does not need n. */
const needsKnownAnswers = (type: SubjectType) => type !== 'nation';

/** Why a row may not be shown by its own numbers (primary suppression), or undefined when it may. */
export function primaryWithholding(row: IndicatorValue, indicator: Indicator): WithheldReason | undefined {
  if (row.state === 'suppressed') return 'too-few-answers';
  if (row.state !== 'value') return undefined;
  if (row.value === undefined) return 'too-few-answers';
  if (row.n !== undefined) return row.n < indicator.minAnswers ? 'too-few-answers' : undefined;
  return needsKnownAnswers(row.subjectType) && !indicator.sourceSuppresses ? 'unknown-answers' : undefined;
}

/**
 * Applies the small-numbers rule: a value from fewer answers than the indicator's
 * minimum, or with an unknown number of answers where the source does not leave
 * out small groups itself, becomes "suppressed" and loses its number and its n,
 * whatever the file said. Secondary suppression comes after (lib/figures/suppression.ts).
 */
export function toFigure(row: IndicatorValue, indicator: Indicator, today: string, freshnessMonths: number): Figure {
  const withheld = primaryWithholding(row, indicator);
  const state: ValueState = withheld ? 'suppressed' : row.state;
  const figure: Figure = {
    indicatorId: row.indicator,
    state,
    value: state === 'value' ? row.value : undefined,
    n: state === 'suppressed' ? undefined : row.n,
    responseRate: state === 'suppressed' ? undefined : row.responseRate,
    period: row.period,
    source: row.source,
    kpi: row.kpi,
    publishedOn: row.publishedOn,
    isOld: monthsBetween(periodEnd(row.period), today) > freshnessMonths,
  };
  if (withheld) figure.withheld = withheld;
  return figure;
}

/** The same figure, suppressed to protect another: no value, no n, no response rate. */
export function withholdFigure(figure: Figure, reason: WithheldReason): Figure {
  return { ...figure, state: 'suppressed', value: undefined, n: undefined, responseRate: undefined, withheld: reason };
}

export function hasValue(f: Figure | undefined): f is Figure & { value: number } {
  return f !== undefined && f.state === 'value' && typeof f.value === 'number';
}
