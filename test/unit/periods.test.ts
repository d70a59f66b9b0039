import { describe, expect, it } from 'vitest';
import { comparePeriods, formatPeriod, formatPeriodShort, parsePeriod, periodEnd, periodFromWritten, periodStart } from '../../src/lib/locale/periods';
import { indicatorValueSchema } from '../../src/schemas/indicator-value';

describe('periods', () => {
  it.each([
    ['2024', '2024', '2024-12-31'],
    ['2024-H1', 'första halvåret 2024', '2024-06-30'],
    ['2024-H2', 'andra halvåret 2024', '2024-12-31'],
    ['2024-Q3', 'kvartal 3 2024', '2024-09-30'],
  ])('%s reads "%s" and ends %s', (period, text, end) => {
    expect(formatPeriod(period)).toBe(text);
    expect(periodEnd(period)).toBe(end);
  });
  it.each([
    ['2024', '2024-01-01'],
    ['2024-H2', '2024-07-01'],
    ['2024-Q3', '2024-07-01'],
    ['2024-Q4', '2024-10-01'],
  ])('%s starts %s', (period, start) => expect(periodStart(period)).toBe(start));
  it.each([
    ['2024', '2024'],
    ['2024-H1', 'H1 2024'],
    ['2024-H2', 'H2 2024'],
    ['2024-Q3', 'K3 2024'],
  ])('%s is "%s" on a chart axis', (period, text) => expect(formatPeriodShort(period)).toBe(text));
  it('leaves a text that is no period as it is', () => {
    expect(formatPeriod('våren 2024')).toBe('våren 2024');
    expect(parsePeriod('2024-H3')).toBeUndefined();
    expect(periodEnd('2024-X')).toBe('2024-12-31');
  });
});

describe('parsePeriod accepts exactly what the schema accepts', () => {
  const schemaAccepts = (period: string) =>
    indicatorValueSchema.safeParse({
      indicator: 'a',
      subjectType: 'nation',
      subject: 'riket',
      period,
      state: 'missing',
      source: 's',
      publishedOn: '2025-01-01',
    }).success;
  it.each(['2024', '2024-H1', '2024-H2', '2024-Q1', '2024-Q4', '2024-H3', '2024-Q5', '2024-T2', '24', '2024H1'])('%s', (period) => {
    expect(parsePeriod(period) !== undefined).toBe(schemaAccepts(period));
  });
});

describe('periodFromWritten: periods as people write them', () => {
  it.each([
    ['2024', '2024'],
    ['2024-H1', '2024-H1'],
    ['2024 h2', '2024-H2'],
    ['2024 halvår 1', '2024-H1'],
    ['2024-Q3', '2024-Q3'],
    ['2024 kv 3', '2024-Q3'],
    ['2024 kvartal 4', '2024-Q4'],
  ])('%j -> %s', (text, expected) => expect(periodFromWritten(text)).toBe(expected));
  it.each(['våren 2023', '24', '2024-H3', ''])('%j is no period', (text) => expect(periodFromWritten(text)).toBeUndefined());
});

describe('comparePeriods: in time order', () => {
  it('sorts years, halves and quarters', () => {
    const periods = ['2025', '2024-H2', '2024-Q2', '2024-H1', '2024-Q1', '2024', '2023-Q4'];
    expect([...periods].sort(comparePeriods)).toEqual(['2023-Q4', '2024', '2024-Q1', '2024-H1', '2024-Q2', '2024-H2', '2025']);
  });
  it('keeps the order text gave for periods of one kind', () => {
    const periods = ['2024-H2', '2023', '2024', '2024-H1', '2025'];
    expect([...periods].sort(comparePeriods)).toEqual([...periods].sort());
  });
});
