import { describe, expect, it } from 'vitest';
import { createCatalog } from '../../src/lib/catalog/catalog';
import { canBeChosenOn, statusAt } from '../../src/lib/catalog/provider-status';
import { makeHref, paths, withBase } from '../../src/lib/pages/paths';
import { model, provider, service, unit, value } from './support/model-builder';

describe('choicesForService', () => {
  it('lists providers of a provider-level service by name, with withdrawn ones not selectable', () => {
    const m = model({
      providers: [
        provider({ id: 'b', name: 'Björk' }),
        provider({ id: 'a', name: 'Äng' }),
        provider({
          id: 'c',
          name: 'Ceder',
          statusHistory: [
            { status: 'active', date: '2020-01-01' },
            { status: 'withdrawn', date: '2026-01-01' },
          ],
        }),
      ],
    });
    const choices = createCatalog(m).choicesForService('hemtjanst');
    expect(choices.map((c) => c.name)).toEqual(['Björk', 'Ceder', 'Äng']);
    expect(choices.find((c) => c.id === 'c')?.selectable).toBe(false);
  });
  it('lists units for a unit-level service', () => {
    const m = model({
      services: [service(), service({ id: 'boende', name: 'Boende', choiceLevel: 'unit' })],
      providers: [provider({ services: ['hemtjanst', 'boende'] })],
      units: [unit({ id: 'u1', name: 'Solgården' }), unit({ id: 'u2', name: 'Ekbacken', closedOn: '2026-01-01' })],
    });
    const choices = createCatalog(m).choicesForService('boende');
    expect(choices.map((c) => [c.id, c.kind, c.selectable])).toEqual([
      ['u2', 'unit', false],
      ['u1', 'unit', true],
    ]);
  });
});

describe('figures and averages', () => {
  const m = model({
    providers: [provider({ id: 'p1' }), provider({ id: 'p2' })],
    indicatorValues: [
      value({ subject: 'p1', period: '2024', value: 70 }),
      value({ subject: 'p1', period: '2025', value: 80, n: 30 }),
      value({ subject: 'p2', period: '2025', value: 60, n: 10 }),
    ],
  });
  const catalog = createCatalog(m);
  it('keeps history oldest first', () => {
    expect(catalog.history('provider', 'p1', 'nojdhet').map((f) => f.period)).toEqual(['2024', '2025']);
  });
  it('computes the kommun average weighted by answers when the source has none', () => {
    expect(catalog.averages('nojdhet', '2025').kommun).toMatchObject({ value: 75, kind: 'computed' });
  });
  it("uses the kommun's own figure when there is one", () => {
    const withOwn = createCatalog({ ...m, indicatorValues: [...m.indicatorValues, value({ subjectType: 'municipality', subject: '0182', value: 66 })] });
    expect(withOwn.averages('nojdhet', '2025').kommun).toMatchObject({ value: 66, kind: 'source' });
    expect(withOwn.latestFigures('provider', 'p1')[0]).toMatchObject({ figure: { period: '2025', value: 80 }, kommun: { value: 66 } });
  });
});

describe('provider status and paths', () => {
  it('takes the last status dated on or before the day', () => {
    const p = provider({
      statusHistory: [
        { status: 'active', date: '2020-01-01' },
        { status: 'warned', date: '2025-05-01' },
      ],
    });
    expect(statusAt(p, '2026-11-15')).toMatchObject({ status: 'warned', since: '2025-05-01' });
    expect(statusAt(p, '2025-04-30')).toMatchObject({ status: 'active', since: '2020-01-01' });
    expect(canBeChosenOn(p, '2026-11-15')).toBe(true);
    expect(canBeChosenOn(provider({ statusHistory: [{ status: 'ended', date: '2020-01-01' }] }), '2026-11-15')).toBe(false);
  });
  it('lets an end dated after the day take effect on its day, not before', () => {
    const p = provider({
      statusHistory: [
        { status: 'active', date: '2020-01-01' },
        { status: 'ended', date: '2027-01-31' },
      ],
    });
    expect(canBeChosenOn(p, '2026-11-15')).toBe(true);
    expect(canBeChosenOn(p, '2027-01-30')).toBe(true);
    expect(canBeChosenOn(p, '2027-01-31')).toBe(false);
  });
  it('joins the base path', () => {
    expect(withBase('/', paths.provider('a'))).toBe('/anordnare/a/');
    expect(withBase('/kundval/', paths.service('b'))).toBe('/kundval/tjanster/b/');
    expect(withBase('/kundval', paths.home())).toBe('/kundval/');
  });
  it('makes one href per base that every link goes through', () => {
    const href = makeHref('/kundval');
    expect(href(paths.unit('u1'))).toBe('/kundval/enheter/u1/');
    expect(href(paths.compareRule())).toBe('/kundval/indikatorer/#sa-jamfor-vi');
    expect(makeHref('/')(paths.home())).toBe('/');
  });
});
