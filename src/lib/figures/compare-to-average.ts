// Compares a value with an average and says it in words. The words follow the
// numbers as the page shows them (same rounding), so "81 %, lägre än
// kommunens snitt 84 %" cannot appear where a gap of 3 points is "i nivå".
// The rule is stated next to every results table, so it lives here once.
import type { Indicator } from '../../schemas/indicator';
import { roundAsShown } from '../locale/format';
import { isPercent } from './units';

export type Difference = 'higher' | 'lower' | 'same';
export type Judgement = 'better' | 'worse' | 'neutral';

/** Floating-point slack: 84 - 81 must count as 3, never 3.0000000000000004. */
const EPSILON = 1e-9;

/**
 * Within this margin a value is "i nivå med snittet": 3 percentage points for
 * percentages, otherwise 5 % of the average. Survey figures from a few dozen
 * answers move that much by chance alone.
 */
export function sameLevelMargin(unit: Indicator['unit'], average: number): number {
  return isPercent(unit) ? 3 : Math.max(Math.abs(average) * 0.05, 0.1);
}

/**
 * Higher, lower or the same level, decided on the value and the average as
 * shown (rounded as the page rounds them), never on the unrounded numbers.
 */
export function compareToAverage(value: number, average: number, unit: Indicator['unit']): Difference {
  const shownValue = roundAsShown(value, unit);
  const shownAverage = roundAsShown(average, unit);
  const diff = shownValue - shownAverage;
  if (Math.abs(diff) <= sameLevelMargin(unit, shownAverage) + EPSILON) return 'same';
  return diff > 0 ? 'higher' : 'lower';
}

/** Whether the difference is good news, bad news or neither, given the indicator's better direction. */
export function judgeDifference(diff: Difference, better: Indicator['betterDirection']): Judgement {
  if (diff === 'same' || better === 'none') return 'neutral';
  return (diff === 'higher') === (better === 'higher') ? 'better' : 'worse';
}

/** The difference in words and whether it is good news: what every card, table and comparison prints. */
export function describeDifference(
  value: number,
  average: number,
  indicator: Pick<Indicator, 'unit' | 'betterDirection'>,
): { difference: Difference; judgement: Judgement } {
  const difference = compareToAverage(value, average, indicator.unit);
  return { difference, judgement: judgeDifference(difference, indicator.betterDirection) };
}
