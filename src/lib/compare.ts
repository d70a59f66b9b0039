// Compares a value with an average and says it in words. The rule is stated
// on every indicator page, so it lives here once.
import type { Indicator } from '../schemas/indicator';

export type Difference = 'higher' | 'lower' | 'same';

/**
 * Within this margin a value is "i nivå med snittet": 3 percentage points for
 * percentages, otherwise 5 % of the average. Survey figures from a few dozen
 * answers move that much by chance alone.
 */
export function sameLevelMargin(unit: Indicator['unit'], average: number): number {
  return unit === 'percent' ? 3 : Math.max(Math.abs(average) * 0.05, 0.1);
}

export function compareToAverage(value: number, average: number, unit: Indicator['unit']): Difference {
  const diff = value - average;
  if (Math.abs(diff) <= sameLevelMargin(unit, average)) return 'same';
  return diff > 0 ? 'higher' : 'lower';
}

/** Whether the difference is good news, bad news or neither, given the indicator's better direction. */
export function judgeDifference(diff: Difference, better: Indicator['betterDirection']): 'better' | 'worse' | 'neutral' {
  if (diff === 'same' || better === 'none') return 'neutral';
  return (diff === 'higher') === (better === 'higher') ? 'better' : 'worse';
}
