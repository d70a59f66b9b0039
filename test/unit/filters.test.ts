import { describe, expect, it } from 'vitest';
import { filterableChoices, filterCounts, hasFilters, matchesFilters, noFilters, type Filters } from '../../src/lib/choice-list/filters';
import { searchFixture } from './support/search-fixture';

const { file } = searchFixture();
const choices = filterableChoices(file);
const ids = (f: Partial<Filters>) => file.records.filter((_, i) => matchesFilters(choices[i], { ...noFilters, ...f })).map((r) => r.id);

describe('matchesFilters: OR within a filter, AND between filters', () => {
  it.each([
    [{}, ['ekbacken', 'lindas', 'solgarden', 'aros']],
    [{ languages: ['arabiska'] }, ['ekbacken', 'solgarden']],
    [{ languages: ['arabiska', 'finska'] }, ['ekbacken', 'lindas', 'solgarden']],
    [{ languages: ['arabiska'], profiles: ['demens'] }, ['solgarden']],
    [{ areas: ['soder'], profiles: ['demens'] }, ['lindas']],
    [{ ownership: ['municipal', 'nonprofit'] }, ['ekbacken', 'aros']],
    [{ acceptsNew: true }, ['solgarden', 'aros']],
    [{ acceptsNew: true, areas: ['norr'], profiles: ['hbtq'] }, ['aros']],
    [{ languages: ['finska'], ownership: ['municipal'] }, []],
  ] as [Partial<Filters>, string[]][])('%j -> %j', (f, expected) => {
    expect(ids(f)).toEqual(expected);
  });
});

describe('filterCounts: how many each value would show, given the other filters', () => {
  it('counts every value when nothing is ticked', () => {
    const c = filterCounts(choices, noFilters);
    expect(Object.fromEntries(c.languages)).toEqual({ svenska: 3, arabiska: 2, finska: 1, 'persiska-farsi': 1 });
    expect(Object.fromEntries(c.areas)).toEqual({ soder: 2, norr: 3 });
    expect(c.acceptsNew).toBe(2);
  });
  it('keeps counts within a filter as alternatives while other filters narrow them', () => {
    const f: Filters = { ...noFilters, languages: ['arabiska'], profiles: ['demens'] };
    const c = filterCounts(choices, f);
    // Languages are counted among those with demens: Lindas (finska), Solgården (arabiska), Åros (persiska).
    expect(Object.fromEntries(c.languages)).toEqual({ svenska: 2, arabiska: 1, finska: 1, 'persiska-farsi': 1 });
    // Profiles are counted among those speaking arabiska: Ekbacken (none), Solgården (demens).
    expect(Object.fromEntries(c.profiles)).toEqual({ demens: 1 });
    expect(c.acceptsNew).toBe(1);
  });
  it('counts the value a matching record would add when ticked', () => {
    const ticked = { ...noFilters, languages: ['finska'] };
    const c = filterCounts(choices, ticked);
    for (const [lang, count] of c.languages) expect(ids({ languages: [lang] }).length, lang).toBe(count);
  });
  it('counts nothing from records the capacity filter removes', () => {
    const c = filterCounts(choices, { ...noFilters, acceptsNew: true });
    expect(Object.fromEntries(c.ownership)).toEqual({ private: 1, nonprofit: 1 });
  });
});

describe('hasFilters', () => {
  it.each([
    [noFilters, false],
    [{ ...noFilters, acceptsNew: true }, true],
    [{ ...noFilters, areas: ['norr'] }, true],
  ])('%j -> %s', (f, expected) => expect(hasFilters(f)).toBe(expected));
});
