// Calendar dates as ISO text: real days only, and month arithmetic for freshness.
import { describe, expect, it } from 'vitest';
import { daysInMonth, isRealIsoDate, latestDate, monthsBetween } from '../../src/lib/locale/dates';

describe('isRealIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2025-02-28', true],
    ['2025-12-31', true],
    ['2025-02-29', false],
    ['1900-02-29', false],
    ['2025-02-30', false],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-01-00', false],
    ['2025-1-01', false],
    ['25-01-01', false],
    ['2025/01/01', false],
    [' 2025-01-01', false],
    ['2025-01-01T00:00:00Z', false],
    ['', false],
  ])('%j -> %s', (value, expected) => {
    expect(isRealIsoDate(value)).toBe(expected);
  });
});

describe('daysInMonth', () => {
  it.each([
    [2024, 2, 29],
    [2025, 2, 28],
    [2025, 4, 30],
    [2025, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('monthsBetween', () => {
  it.each([
    ['2025-01-15', '2025-01-15', 0],
    ['2025-01-15', '2025-02-14', 0],
    ['2025-01-15', '2025-02-15', 1],
    ['2023-06-01', '2025-06-01', 24],
    ['2023-06-02', '2025-06-01', 23],
    ['2024-12-31', '2025-01-01', 0],
    ['2024-11-30', '2025-01-31', 2],
    ['2025-06-01', '2024-06-01', -12],
  ])('from %s to %s is %i', (from, to, months) => {
    expect(monthsBetween(from, to)).toBe(months);
  });
});

describe('latestDate', () => {
  it.each([
    [['2024-01-01', '2025-03-01', '2024-12-31'], '2025-03-01'],
    [[undefined, '2024-01-01', undefined], '2024-01-01'],
    [[], undefined],
  ])('latest of %j is %s', (dates, expected) => {
    expect(latestDate(dates)).toBe(expected);
  });
});
