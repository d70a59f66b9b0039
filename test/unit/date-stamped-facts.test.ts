// The age rule for date-stamped facts: a capacity confirmation or a count of
// customers older than its limit says how old it is and is not told as current.
import { describe, expect, it } from 'vitest';
import { ageText, capacityAgeText, customersAgeText } from '../../src/i18n/status-text';
import { svStatus } from '../../src/i18n/sv-status';
import { addMonths } from '../../src/lib/locale/dates';
import { acceptsNewNow, capacityView } from '../../src/lib/status/capacity';
import { customersCountView, dateInText } from '../../src/lib/status/customers-count';
import { factAge } from '../../src/lib/status/fact-age';

const TODAY = '2026-11-15';

describe('addMonths', () => {
  it.each([
    ['2026-11-15', -3, '2026-08-15'],
    ['2026-05-31', -3, '2026-02-28'],
    ['2024-05-31', -3, '2024-02-29'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-11-15', 3, '2027-02-15'],
    ['2026-03-31', -13, '2025-02-28'],
  ])('%s %i months is %s', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });
});

describe('factAge with a limit of 3 months on 2026-11-15', () => {
  it.each([
    ['the same day', TODAY, { state: 'current', months: 0 }],
    ['exactly at the limit', '2026-08-15', { state: 'current', months: 3 }],
    ['one day over the limit', '2026-08-14', { state: 'old', months: 3 }],
    ['17 months old', '2025-06-15', { state: 'old', months: 17 }],
    ['a date after the publication date', '2026-11-16', { state: 'future' }],
    ['no date', undefined, { state: 'undated' }],
  ])('%s', (_what, date, expected) => {
    expect(factAge(date, TODAY, 3)).toEqual(expected);
  });
  it('clamps the limit at the end of a short month', () => {
    // 31 May minus 3 months is 28 February: the 28th is at the limit, the 27th over it.
    expect(factAge('2026-02-28', '2026-05-31', 3).state).toBe('current');
    expect(factAge('2026-02-27', '2026-05-31', 3).state).toBe('old');
  });
});

describe('capacityView and acceptsNewNow', () => {
  const rule = { today: TODAY, maxAgeMonths: 3 };
  it.each([
    ['a current yes', { acceptsNewCustomers: 'yes', confirmedOn: '2026-10-01' }, true],
    ['a yes exactly at the limit', { acceptsNewCustomers: 'yes', confirmedOn: '2026-08-15' }, true],
    ['a yes one day over the limit', { acceptsNewCustomers: 'yes', confirmedOn: '2026-08-14' }, false],
    ['a yes dated after the publication date', { acceptsNewCustomers: 'yes', confirmedOn: '2026-12-01' }, false],
    ['a current waiting list', { acceptsNewCustomers: 'waiting-list', confirmedOn: '2026-10-01' }, false],
    ['a current no', { acceptsNewCustomers: 'no', confirmedOn: '2026-10-01' }, false],
  ] as const)('%s counts as taking new customers now: %s', (_what, capacity, expected) => {
    expect(acceptsNewNow(capacity, rule)).toBe(expected);
    expect(capacityView(capacity, rule)?.acceptsNewNow).toBe(expected);
  });
  it('counts nothing when capacity is unknown', () => {
    expect(capacityView(undefined, rule)).toBeUndefined();
    expect(acceptsNewNow(undefined, rule)).toBe(false);
  });
});

describe('what an old capacity confirmation says', () => {
  it.each([
    [{ state: 'current', months: 1 }, undefined],
    [{ state: 'old', months: 17 }, 'Uppgiften är 17 månader gammal – ring och fråga om det finns plats.'],
    [{ state: 'old', months: 30 }, 'Uppgiften är 2 år gammal – ring och fråga om det finns plats.'],
    [{ state: 'future' }, 'Uppgiften har ett datum som inte har kommit än – ring och fråga om det finns plats.'],
    [{ state: 'undated' }, 'Det står inte när uppgiften bekräftades – ring och fråga om det finns plats.'],
  ] as const)('%o -> %s', (age, text) => {
    expect(capacityAgeText(age, svStatus)).toBe(text);
  });
  it.each([
    [1, '1 månad'],
    [4, '4 månader'],
    [23, '23 månader'],
    [24, '2 år'],
    [75, '6 år'],
  ])('an age of %i months is "%s"', (months, text) => {
    expect(ageText(months, svStatus.age)).toBe(text);
  });
});

describe('the count of customers', () => {
  it.each([
    ['per 2020-07-31', '2020-07-31'],
    ['under 2019', '2019-12-31'],
    ['2026-02', '2026-02-28'],
    ['i fjol', undefined],
    ['per 2020-02-30', '2020-02-29'],
  ])('"%s" names the date %s', (text, date) => {
    expect(dateInText(text)).toBe(date);
  });
  it('follows the age rule with the site’s freshness limit', () => {
    expect(customersCountView({ count: 1538, asOf: 'per 2020-07-31' }, TODAY, 24)).toEqual({
      count: 1538,
      asOf: 'per 2020-07-31',
      age: { state: 'old', months: 75 },
    });
    expect(customersCountView({ count: 88, asOf: 'per 2026-06-30' }, TODAY, 24)?.age.state).toBe('current');
    expect(customersCountView({ count: 88, asOf: 'senaste mätningen' }, TODAY, 24)?.age).toEqual({ state: 'undated' });
    expect(customersCountView(undefined, TODAY, 24)).toBeUndefined();
  });
  it('says the age of an old count and that an undated one has no date', () => {
    expect(customersAgeText({ state: 'old', months: 75 }, svStatus)).toBe('Uppgiften är 6 år gammal.');
    expect(customersAgeText({ state: 'undated' }, svStatus)).toBe('Det står inte när antalet räknades.');
    expect(customersAgeText({ state: 'current', months: 2 }, svStatus)).toBeUndefined();
  });
});
