import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { betterFirst, compareFigures, compareValuesMissingLast, figureRank, sortByFigure, sortByValue } from '../../src/lib/choice-list/sort';
import { compareNames, sortByName } from '../../src/lib/locale/names';

describe('compareNames: Swedish order', () => {
  it('puts Å, Ä, Ö after Z and compares numbers as numbers', () => {
    expect(sortByName(['Örnen', 'Ängen', 'Zeta', 'Åsen', 'Alfa', 'Hus 10', 'Hus 9'], (x) => x)).toEqual([
      'Alfa',
      'Hus 9',
      'Hus 10',
      'Zeta',
      'Åsen',
      'Ängen',
      'Örnen',
    ]);
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
    expect(
      sortByValue(
        items,
        (i) => i.v,
        direction,
        (a, b) => compareNames(a.name, b.name),
      ).map((i) => i.name),
    ).toEqual(expected);
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

describe('sortByFigure: current values first, then old ones, missing always last', () => {
  const items = [
    { name: 'Gammal hög', value: 99, isOld: true },
    { name: 'Saknas', value: undefined, isOld: false },
    { name: 'Ny låg', value: 60, isOld: false },
    { name: 'Gammal låg', value: 40, isOld: true },
    { name: 'Ny hög', value: 90, isOld: false },
    { name: 'Dold', value: null, isOld: true },
  ];
  it.each([
    ['highest-first', ['Ny hög', 'Ny låg', 'Gammal hög', 'Gammal låg', 'Dold', 'Saknas']],
    ['lowest-first', ['Ny låg', 'Ny hög', 'Gammal låg', 'Gammal hög', 'Dold', 'Saknas']],
  ] as const)('%s', (direction, expected) => {
    expect(
      sortByFigure(
        items,
        (i) => i,
        direction,
        (a, b) => compareNames(a.name, b.name),
      ).map((i) => i.name),
    ).toEqual(expected);
  });
  it.each([
    [{ value: 1 }, 0],
    [{ value: 1, isOld: false }, 0],
    [{ value: 0, isOld: true }, 1],
    [{ value: null, isOld: true }, 2],
    [{ value: Number.NaN }, 2],
    [undefined, 2],
  ] as const)('figureRank(%j) is %i', (f, rank) => expect(figureRank(f)).toBe(rank));

  it('never puts an old value before a current one, or a missing one before any value, in either direction', () => {
    const figure = fc.record({
      value: fc.option(fc.integer({ min: -50, max: 150 }), { nil: undefined }),
      isOld: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(figure, { maxLength: 30 }), fc.constantFrom('highest-first' as const, 'lowest-first' as const), (list, direction) => {
        const sorted = sortByFigure(
          list,
          (f) => f,
          direction,
          () => 0,
        );
        const ranks = sorted.map(figureRank);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        for (let i = 1; i < sorted.length; i++)
          if (ranks[i] === ranks[i - 1] && ranks[i] < 2) expect(compareFigures(sorted[i - 1], sorted[i], direction)).toBeLessThanOrEqual(0);
      }),
    );
  });
});
