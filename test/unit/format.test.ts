import { describe, expect, it } from 'vitest';
import {
  formatByteSize,
  formatCount,
  formatValue,
  formatDataNumber,
  formatDate,
  formatNumber,
  formatPercent,
  plural,
  pluralWord,
} from '../../src/lib/locale/format';

describe('formatNumber', () => {
  it.each([
    [1234.5, 1, '1 234,5'],
    [0.25, 2, '0,25'],
    [88, 0, '88'],
    [-3.4, 1, '-3,4'],
    [1000000, 0, '1 000 000'],
  ])('%s with %s decimals is %s', (value, decimals, expected) => {
    expect(formatNumber(value, decimals)).toBe(expected);
  });
});

describe('formatPercent, formatDate, plural', () => {
  it('writes a percent with a space before the sign', () => expect(formatPercent(87.6)).toBe('88 %'));
  it.each([
    ['2025-03-07', '7 mars 2025'],
    ['2024-12-31', '31 december 2024'],
  ])('formats %s as %s', (iso, text) => expect(formatDate(iso)).toBe(text));
  it.each([
    [1, '1 svar'],
    [12, '12 svar'],
    [1500, '1 500 svar'],
  ])('plural(%s)', (n, text) => expect(plural(n, 'svar', 'svar')).toBe(text));
  it('picks the singular form for one', () => {
    expect(plural(1, 'anordnare', 'anordnarna')).toBe('1 anordnare');
    expect(plural(2, 'anordnare', 'anordnarna')).toBe('2 anordnarna');
  });
});

describe('formatDataNumber (open data for Swedish Excel)', () => {
  it.each([
    [87.5, '87,5'],
    [1234567.25, '1234567,25'],
    [-3, '-3'],
    [0, '0'],
    [0.1 + 0.2, '0,30000000000000004'],
    [61000, '61000'],
  ])('%s -> %s', (value, text) => expect(formatDataNumber(value)).toBe(text));
});

describe('formatValue and formatCount: figures and n as every page shows them', () => {
  it.each([
    [80.6, 'percent', '81 %'],
    [4.45, 'days', '4,5'],
    [12, 'count', '12'],
    [1234.56, 'number', '1 234,6'],
  ] as const)('%s (%s) is shown as %s', (v, unit, text) => expect(formatValue(v, unit)).toBe(text));

  const answers = { one: 'svar', other: 'svar', unknown: 'okänt antal svar' };
  const staff = { one: 'anställd', other: 'anställda', unknown: 'okänt antal anställda' };
  const rate = (r: string) => `svarsfrekvens ${r}`;
  it.each([
    [34, answers, 62, '34 svar (svarsfrekvens 62 %)'],
    [34, answers, undefined, '34 svar'],
    [1, staff, undefined, '1 anställd'],
    [12, staff, undefined, '12 anställda'],
    [undefined, staff, undefined, 'okänt antal anställda'],
    [1500, answers, 48.6, '1 500 svar (svarsfrekvens 49 %)'],
  ] as const)('formatCount(%s, %j, %s) is %s', (n, words, responseRate, text) => {
    expect(formatCount(n, words, responseRate, rate)).toBe(text);
  });
});

describe('pluralWord, formatByteSize and fixed decimals', () => {
  it.each([
    [0, 'rader'],
    [1, 'rad'],
    [2, 'rader'],
    [1000, 'rader'],
  ])('pluralWord(%s) -> %s', (n, word) => expect(pluralWord(n, 'rad', 'rader')).toBe(word));
  it.each([
    [900, '900 byte'],
    [1000, '1 000 byte'],
    [820 * 1024, '820 kB'],
    [1.5 * 1024 * 1024, '1,5 MB'],
    [2 * 1024 * 1024, '2 MB'],
    [64 * 1024 * 1024, '64 MB'],
    [1500 * 1024 * 1024, '1 500 MB'],
  ])('%s bytes read %j', (bytes, text) => expect(formatByteSize(bytes)).toBe(text));
  it('keeps a decimal when asked to', () => {
    expect(formatNumber(50, 1, 1)).toBe('50,0');
    expect(formatNumber(5.1, 1, 1)).toBe('5,1');
  });
});
