import { describe, expect, it } from 'vitest';
import { foldedKey, foldedWords, foldText } from '../../src/lib/locale/fold';

describe('foldText: what search compares', () => {
  it.each([
    ['Hemtjänst', 'hemtjanst'],
    ['Solgårdens Omsorg AB', 'solgardens omsorg ab'],
    ['Björk & Co', 'bjork co'],
    ['Café Äppelträdet', 'cafe appeltradet'],
    ['HBTQ-certifierad', 'hbtq certifierad'],
    ['  många   mellanslag ', 'manga mellanslag'],
    ['Meänkieli', 'meankieli'],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });
});

describe('foldedWords and foldedKey', () => {
  it('splits into words', () => {
    expect(foldedWords('Persiska (farsi)')).toEqual(['persiska', 'farsi']);
    expect(foldedWords(' ')).toEqual([]);
  });
  it('makes a URL-safe key that is the same however the value is written', () => {
    expect(foldedKey('Persiska (farsi)')).toBe('persiska-farsi');
    expect(foldedKey('persiska  Farsi')).toBe('persiska-farsi');
  });
});
