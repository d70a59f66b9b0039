import { describe, expect, it } from 'vitest';
import { betterFirst, compareNames, compareValuesMissingLast, sortByName, sortByValue } from '../../src/lib/sort';

describe('compareNames: Swedish order', () => {
  it('puts Å, Ä, Ö after Z and compares numbers as numbers', () => {
    expect(sortByName(['Örnen', 'Ängen', 'Zeta', 'Åsen', 'Alfa', 'Hus 10', 'Hus 9'], (x) => x)).toEqual(['Alfa', 'Hus 9', 'Hus 10', 'Zeta', 'Åsen', 'Ängen', 'Örnen']);
    expect(compareNames('ab', 'AB')).toBe(0);
  });
});

describe('sortByValue: missing values always last', () => {
  const items = [
    { name: 'Ceder', v: 70 },
    { name: 'Asp', v: null },
    { name: 'Björk', v: 90 },
    { name: 'Ek', v: undefined },
    { name: 'Al', v: 70 },
  ];
  it.each([
    ['highest-first', ['Björk', 'Al', 'Ceder', 'Asp', 'Ek']],
    ['lowest-first', ['Al', 'Ceder', 'Björk', 'Asp', 'Ek']],
  ] as const)('%s', (direction, expected) => {
    expect(sortByValue(items, (i) => i.v, direction, (a, b) => compareNames(a.name, b.name)).map((i) => i.name)).toEqual(expected);
  });
  it.each([
    [1, null, 'highest-first', -1],
    [null, 1, 'lowest-first', 1],
    [null, undefined, 'highest-first', 0],
    [Number.NaN, 3, 'lowest-first', 1],
    [2, 3, 'highest-first', 1],
  ] as const)('compare(%s, %s, %s) has the sign of %i', (a, b, direction, sign) => {
    expect(Math.sign(compareValuesMissingLast(a, b, direction))).toBe(sign);
  });
  it('puts the better value first by default, highest when there is no better direction', () => {
    expect([betterFirst('higher'), betterFirst('lower'), betterFirst('none')]).toEqual(['highest-first', 'lowest-first', 'highest-first']);
  });
});
