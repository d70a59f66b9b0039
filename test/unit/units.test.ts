import { describe, expect, it } from 'vitest';
import { isPercent, isPossibleValue } from '../../src/lib/figures/units';
import { formatValue } from '../../src/lib/locale/format';

describe('what a unit means for a figure', () => {
  it('knows a percentage from other units', () => {
    expect(isPercent('percent')).toBe(true);
    expect(['count', 'days', 'minutes', 'number'].some(isPercent)).toBe(false);
  });
  it.each([
    [0, 'percent', true],
    [100, 'percent', true],
    [100.1, 'percent', false],
    [-1, 'percent', false],
    [-1, 'number', true],
    [250, 'days', true],
  ])('%s %s possible: %s', (value, unit, possible) => expect(isPossibleValue(value, unit)).toBe(possible));
  it.each([
    [80.6, 'percent', '81 %'],
    [80.6, 'number', '80,6'],
    [25, 'percent', '25 %'],
    [2.5, 'days', '2,5'],
  ])('an axis value or a figure %s (%s) reads %s', (value, unit, text) => expect(formatValue(value, unit)).toBe(text));
});
