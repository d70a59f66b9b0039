import { describe, expect, it } from 'vitest';
import { compareToAverage, judgeDifference, sameLevelMargin } from '../../src/lib/compare';

describe('compareToAverage (the words rule stated on indicator pages)', () => {
  it.each([
    [88, 85, 'percent', 'same'],
    [88, 84.9, 'percent', 'higher'],
    [80, 83.5, 'percent', 'lower'],
    [85, 85, 'percent', 'same'],
    [10.4, 10, 'number', 'same'],
    [11, 10, 'number', 'higher'],
    [9, 10, 'days', 'lower'],
  ] as const)('%s vs average %s (%s) is %s', (value, avg, unit, expected) => {
    expect(compareToAverage(value, avg, unit)).toBe(expected);
  });
  it('uses 3 percentage points for percentages and 5 % of the average otherwise', () => {
    expect(sameLevelMargin('percent', 50)).toBe(3);
    expect(sameLevelMargin('number', 20)).toBe(1);
  });
});

describe('judgeDifference', () => {
  it.each([
    ['higher', 'higher', 'better'],
    ['higher', 'lower', 'worse'],
    ['lower', 'lower', 'better'],
    ['lower', 'higher', 'worse'],
    ['same', 'higher', 'neutral'],
    ['higher', 'none', 'neutral'],
  ] as const)('%s when %s is better is %s', (diff, better, expected) => {
    expect(judgeDifference(diff, better)).toBe(expected);
  });
});
