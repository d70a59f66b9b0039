import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareToAverage, describeDifference, judgeDifference, sameLevelMargin } from '../../src/lib/figures/compare-to-average';
import { formatValue, roundAsShown } from '../../src/lib/locale/format';
import { indicatorUnitValues } from '../../src/schemas/indicator';

describe('compareToAverage: words on the values as displayed', () => {
  it.each([
    // value, average, unit, shown as, words
    [80.6, 83.5, 'percent', '81 % vs 84 %', 'same'],
    [80.6, 83.7, 'percent', '81 % vs 84 %', 'same'],
    [80.5, 83.6, 'percent', '81 % vs 84 %', 'same'],
    [88, 84.9, 'percent', '88 % vs 85 %', 'same'],
    [88, 84.4, 'percent', '88 % vs 84 %', 'higher'],
    [80, 83.5, 'percent', '80 % vs 84 %', 'lower'],
    [80.4, 83.5, 'percent', '80 % vs 84 %', 'lower'],
    [80.5, 83.5, 'percent', '81 % vs 84 %', 'same'],
    [86.5, 83.4999, 'percent', '87 % vs 83 %', 'higher'],
    [86.4999, 83.4999, 'percent', '86 % vs 83 %', 'same'],
    [85, 85, 'percent', '85 % vs 85 %', 'same'],
    [0.4, 3.4, 'percent', '0 % vs 3 %', 'same'],
    [99.6, 96.4, 'percent', '100 % vs 96 %', 'higher'],
    [10.4, 10, 'number', '10,4 vs 10', 'same'],
    [10.5, 10, 'number', '10,5 vs 10', 'same'],
    [10.56, 10, 'number', '10,6 vs 10', 'higher'],
    [10.54, 10.04, 'number', '10,5 vs 10', 'same'],
    [21.1, 20.1, 'days', '21,1 vs 20,1', 'same'],
    [11, 10, 'number', '11 vs 10', 'higher'],
    [9, 10, 'days', '9 vs 10', 'lower'],
    [9.46, 10, 'minutes', '9,5 vs 10', 'same'],
  ] as const)('%s vs average %s (%s), shown %s, is %s', (value, avg, unit, shown, expected) => {
    expect(`${formatValue(value, unit)} vs ${formatValue(avg, unit)}`).toBe(shown);
    expect(compareToAverage(value, avg, unit)).toBe(expected);
  });

  it('uses 3 percentage points for percentages and 5 % of the average otherwise', () => {
    expect(sameLevelMargin('percent', 50)).toBe(3);
    expect(sameLevelMargin('number', 20)).toBe(1);
  });

  const unit = fc.constantFrom(...indicatorUnitValues);
  // Figures as sources give them (one or two decimals) and arbitrary doubles, so rounding boundaries are hit often.
  const number = fc.oneof(
    fc.integer({ min: 0, max: 1000 }).map((i) => i / 10),
    fc.integer({ min: -10000, max: 10000 }).map((i) => i / 100),
    fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true }),
  );

  // A value near its average (within a few margins), where rounding decides the words.
  const nearPair = fc
    .tuple(
      number,
      fc.integer({ min: -80, max: 80 }).map((i) => i / 10),
      unit,
    )
    .map(([a, d, u]) => [a + (u === 'percent' ? d : (d * Math.max(Math.abs(a), 2)) / 30), a, u] as const);

  it('depends only on what the page shows: the same shown numbers give the same words', () => {
    fc.assert(
      fc.property(fc.oneof(nearPair, fc.tuple(number, number, unit)), ([v, a, u]) => {
        expect(compareToAverage(v, a, u)).toBe(compareToAverage(roundAsShown(v, u), roundAsShown(a, u), u));
      }),
      { numRuns: 500 },
    );
  });

  it('never says higher or lower when the shown gap is within the margin, and never contradicts its sign', () => {
    fc.assert(
      fc.property(fc.oneof(nearPair, fc.tuple(number, number, unit)), ([v, a, u]) => {
        const shownGap = roundAsShown(v, u) - roundAsShown(a, u);
        const words = compareToAverage(v, a, u);
        if (Math.abs(shownGap) <= sameLevelMargin(u, roundAsShown(a, u)) - 1e-6) expect(words).toBe('same');
        if (words === 'higher') expect(shownGap).toBeGreaterThan(0);
        if (words === 'lower') expect(shownGap).toBeLessThan(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('roundAsShown: the number a reader sees', () => {
  it.each([
    [80.6, 'percent', 81],
    [83.5, 'percent', 84],
    [84.49, 'percent', 84],
    [-2.5, 'number', -2.5],
    [-0.04, 'number', 0],
    [4.45, 'days', 4.5],
    [1234.56, 'count', 1234.6],
  ] as const)('%s (%s) is shown as %s', (value, unit, shown) => {
    expect(roundAsShown(value, unit)).toBe(shown);
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

  it('describeDifference gives the words and the judgement together, on shown values', () => {
    expect(describeDifference(80.6, 83.5, { unit: 'percent', betterDirection: 'higher' })).toEqual({ difference: 'same', judgement: 'neutral' });
    expect(describeDifference(79.4, 83.5, { unit: 'percent', betterDirection: 'higher' })).toEqual({ difference: 'lower', judgement: 'worse' });
    expect(describeDifference(79.4, 83.5, { unit: 'percent', betterDirection: 'none' })).toEqual({ difference: 'lower', judgement: 'neutral' });
  });
});
