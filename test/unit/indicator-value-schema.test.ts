// One indicator value as read from a CSV row: every cell is text, five states, decimal comma.
import { describe, expect, it } from 'vitest';
import { indicatorValueSchema } from '../../src/schemas/indicator-value';

const row = {
  indicator: 'nojdhet-helhet',
  subjectType: 'unit',
  subject: 'tallbacken',
  period: '2024',
  state: 'value',
  value: '87,5',
  n: '24',
  responseRate: '68',
  source: 'Socialstyrelsen',
  kpi: 'U21468',
  publishedOn: '2025-01-15',
};

const messages = (change: Record<string, string>) => {
  const result = indicatorValueSchema.safeParse({ ...row, ...change });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('indicatorValueSchema', () => {
  it.each([
    ['87,5', 87.5],
    ['87.5', 87.5],
    ['1 234,5', 1234.5],
    ['0', 0],
  ])('reads the value %j as %d', (value, expected) => {
    expect(indicatorValueSchema.parse({ ...row, value }).value).toBe(expected);
  });

  it('reads empty cells as absent', () => {
    const parsed = indicatorValueSchema.parse({ ...row, state: 'missing', value: '', n: '', responseRate: '', kpi: '' });
    expect(parsed).not.toHaveProperty('value', expect.anything());
    expect(parsed.n).toBeUndefined();
    expect(parsed.kpi).toBeUndefined();
  });

  it.each([['2024'], ['2024-H1'], ['2024-H2'], ['2024-Q3']])('accepts the period %s', (period) => {
    expect(messages({ period })).toEqual([]);
  });

  it.each([
    ['a period written as a range', { period: '2023-2024' }, ['period: en period som 2024, 2024-H1 eller 2024-Q3']],
    ['a value that is not a number', { value: 'hög' }, ['value: ett tal (med punkt eller komma som decimaltecken)']],
    ['a fractional n', { n: '12,5' }, ['n: ett heltal, 0 eller mer']],
    ['a negative n', { n: '-1' }, ['n: ett heltal, 0 eller mer']],
    ['a response rate over 100', { responseRate: '130' }, ['responseRate: ett tal mellan 0 och 100 (procent)']],
    ["a KPI id that is not Kolada's", { kpi: 'X123' }, ['kpi: ett Kolada-id som U21468']],
    ['an unknown subject type', { subjectType: 'kommun' }, ['subjectType: unit, provider, municipality eller nation']],
    ['a value with state missing', { state: 'missing' }, ['value: inget värde när state är missing (värdet får inte publiceras)']],
    ['a value with state not-applicable', { state: 'not-applicable' }, ['value: inget värde när state är not-applicable (värdet får inte publiceras)']],
    ['state value without a value', { value: '' }, ['value: ett värde när state är value']],
  ])('refuses %s', (_what, change, expected) => {
    expect(messages(change)).toEqual(expected);
  });
});
