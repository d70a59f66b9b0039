import { describe, expect, it } from 'vitest';
import { buildCompareEntry, type CompareEntry } from '../../src/lib/compare-entry';
import { comparedIndicators, figureKey, orderColumns, rowDiffers } from '../../src/lib/compare-table';
import { searchFixture } from './support/search-fixture';

const { catalog } = searchFixture();
const entries = Object.fromEntries(
  catalog.choicesForService('hemtjanst').filter((c) => c.selectable).map((c) => [c.id, buildCompareEntry(catalog, c)]),
) as Record<string, CompareEntry>;

describe('buildCompareEntry', () => {
  it('carries a value only where it may be shown, and judges the difference at build time', () => {
    const sol = entries.solgarden.figures.find((f) => f.indicator === 'nojdhet')!;
    expect(sol).toMatchObject({ state: 'value', value: 81, n: 30 });
    const ek = entries.ekbacken.figures.find((f) => f.indicator === 'nojdhet')!;
    expect(ek.state).toBe('suppressed');
    expect(ek.value).toBeUndefined();
    expect(JSON.stringify(entries.ekbacken)).not.toContain('95');
  });
  it('names areas and profiles, and gives paths relative to the base', () => {
    expect(entries.aros).toMatchObject({ areas: ['Norra området'], profiles: ['HBTQ-certifierad', 'Demensinriktning'], path: 'anordnare/aros/', ownership: 'nonprofit' });
  });
});

describe('comparison table rules', () => {
  const picked = [entries.lindas, entries.aros, entries.ekbacken, entries.solgarden];
  it('keeps the order they were picked unless asked to sort', () => {
    expect(orderColumns(picked, undefined).map((e) => e.id)).toEqual(['lindas', 'aros', 'ekbacken', 'solgarden']);
    expect(orderColumns(picked, { by: 'name' }).map((e) => e.id)).toEqual(['ekbacken', 'lindas', 'solgarden', 'aros']);
  });
  it('sorts by a figure with missing and suppressed last', () => {
    expect(orderColumns(picked, { by: 'indicator', id: 'nojdhet', direction: 'highest-first' }).map((e) => e.id)).toEqual(['solgarden', 'aros', 'ekbacken', 'lindas']);
    expect(orderColumns(picked, { by: 'indicator', id: 'nojdhet', direction: 'lowest-first' }).map((e) => e.id)).toEqual(['aros', 'solgarden', 'ekbacken', 'lindas']);
  });
  it('lists every indicator any column has', () => {
    expect(comparedIndicators(picked).map((i) => i.id).sort()).toEqual(['kontinuitet', 'nojdhet']);
  });
  it.each([
    [[['a'], ['a']], false],
    [[['a'], ['a', 'b']], true],
    [[undefined, null], false],
    [[{ x: 1 }, { x: 1 }, { x: 2 }], true],
    [[5], false],
  ])('rowDiffers(%j) = %s', (values, expected) => expect(rowDiffers(values)).toBe(expected));
  it('compares figures by value or state', () => {
    expect(figureKey(undefined)).toBe('missing');
    expect(rowDiffers(picked.map((e) => figureKey(e.figures.find((f) => f.indicator === 'nojdhet'))))).toBe(true);
  });
});
