// What an indicator's unit means for its figures, said once: a percentage
// ("percent") is a share between 0 and 100, drawn on a 0-100 axis and shown
// as whole percent; every other unit is a plain number.
import type { Indicator } from '../../schemas/indicator';

export type IndicatorUnit = Indicator['unit'];

/** Whether figures of this unit are shares in percent. */
export function isPercent(unit: string): boolean {
  return unit === 'percent';
}

/** False for a share outside 0-100: a wrong row, not a small one. Any other unit takes any number. */
export function isPossibleValue(value: number, unit: string): boolean {
  return !isPercent(unit) || (value >= 0 && value <= 100);
}
