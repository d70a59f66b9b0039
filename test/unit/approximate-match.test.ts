import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { allowedErrors, compileWord, fewestErrors, occursWithErrors, oneTypoApart, TYPO_THRESHOLD } from '../../src/lib/search/approximate-match';
import { seededRandom } from '../../scripts/lib/seeded-random';

describe('allowedErrors: the typo rule (errors / length at most 0.3)', () => {
  it.each([
    [1, 0],
    [3, 0],
    [4, 1],
    [6, 1],
    [7, 2],
    [9, 2],
    [10, 3],
    [20, 6],
  ])('a word of %i letters may have %i errors', (length, errors) => {
    expect(allowedErrors(length)).toBe(errors);
  });
});

describe('occursWithErrors', () => {
  it.each([
    ['arabiska', 'arabiska', true, 0],
    ['arabika', 'arabiska', true, 1],
    ['demens', 'demensinriktning', true, 0],
    ['demans', 'demensinriktning', true, 1],
    ['dmns', 'demens', false, -1],
    ['somalsika', 'somaliska', true, 2],
    ['finsak', 'finska', true, 1],
    ['fniska', 'finska', false, -1],
    ['ab', 'arabiska', true, 0],
    ['abc', 'arabiska', false, -1],
    ['solgardns', 'solgardens', true, 1],
  ])('%j in %j: %s (%i errors)', (word, text, found, errors) => {
    const compiled = compileWord(word);
    expect(occursWithErrors(compiled, text)).toBe(found);
    expect(fewestErrors(compiled, text)).toBe(errors);
  });

  it('agrees with fuse.js on random words (so the prefilter never drops what fuse.js accepts)', () => {
    const rnd = seededRandom(3);
    const letters = 'aeiorsntk';
    const word = (n: number) => Array.from({ length: n }, () => letters[Math.floor(rnd() * letters.length)]).join('');
    for (let i = 0; i < 3000; i++) {
      const pattern = word(1 + Math.floor(rnd() * 12));
      const text = word(1 + Math.floor(rnd() * 16));
      const fuse = Fuse.match(pattern, text, { threshold: TYPO_THRESHOLD, ignoreLocation: true }).isMatch;
      expect(occursWithErrors(compileWord(pattern), text), `${pattern} in ${text}`).toBe(fuse);
    }
  });
});

describe('oneTypoApart: the typo a facet word may have (query-terms.ts)', () => {
  it.each([
    ['arbiska', 'arabiska', false, true],
    ['arrabiska', 'arabiska', false, true],
    ['arabsika', 'arabiska', false, true],
    ['raabiska', 'arabiska', false, true],
    ['arabiskx', 'arabiska', false, false],
    ['arabiskx', 'arabiska', true, true],
    ['islandska', 'irlandska', false, false],
    ['islandska', 'irlandska', true, true],
    ['arabiska', 'arabiska', true, false],
    ['serbiska', 'arabiska', true, false],
    ['arbska', 'arabiska', true, false],
    ['arabiskaaa', 'arabiska', true, false],
  ])('%j is one typo from %j (a wrong letter counts: %s): %s', (typed, known, letterChanged, expected) => {
    expect(oneTypoApart(typed, known, letterChanged)).toBe(expected);
  });
});
