// A new site has services but nobody to choose yet: every view says so in its
// own field (the pages turn it into a sentence), and never as a list of nothing.
import { describe, expect, it } from 'vitest';
import { createCatalog } from '../../src/lib/catalog/catalog';
import { homePage } from '../../src/lib/pages/home-page';
import { searchPage } from '../../src/lib/pages/search-page';
import { emptyChoices, servicePage } from '../../src/lib/pages/service-page';
import { tablePage } from '../../src/lib/pages/table-page';
import { sv } from '../../src/i18n/sv';
import { model, provider, service } from './support/model-builder';

const newSite = () =>
  createCatalog(model({ services: [service(), service({ id: 'boende', name: 'Boende', choiceLevel: 'unit', order: 2 })], providers: [], indicators: [] }));

const withdrawn = provider({
  id: 'w',
  statusHistory: [
    { status: 'active', date: '2020-01-01' },
    { status: 'withdrawn', date: '2025-01-01' },
  ],
});

describe('emptyChoices', () => {
  it.each([
    [[], 'none-yet'],
    [[{ selectable: false }], 'none-selectable'],
    [[{ selectable: false }, { selectable: true }], undefined],
  ])('%j -> %s', (choices, expected) => {
    expect(emptyChoices(choices)).toBe(expected);
  });
});

describe('a site with no providers yet', () => {
  it('service and table pages say none are authorised yet, and have no cards or rows', () => {
    for (const id of ['hemtjanst', 'boende']) {
      expect(servicePage(newSite(), id)).toMatchObject({ cards: [], notSelectable: [], empty: 'none-yet' });
      expect(tablePage(newSite(), id)).toMatchObject({ rows: [], indicators: [], empty: 'none-yet' });
    }
  });

  it('the start page and the search page know there is nobody to search for', () => {
    const home = homePage(newSite(), []);
    expect(home.anyChoices).toBe(false);
    expect(home.services.map((s) => s.selectableCount)).toEqual([0, 0]);
    const search = searchPage(newSite());
    expect(search.anyChoices).toBe(false);
    expect(search.groups.map((g) => [g.service.id, g.empty, g.choices.length])).toEqual([
      ['hemtjanst', 'none-yet', 0],
      ['boende', 'none-yet', 0],
    ]);
  });

  it('a service whose only provider was withdrawn says nobody can be chosen now, not that none were ever authorised', () => {
    const catalog = createCatalog(model({ providers: [withdrawn] }));
    expect(servicePage(catalog, 'hemtjanst')).toMatchObject({ cards: [], empty: 'none-selectable' });
    expect(servicePage(catalog, 'hemtjanst').notSelectable.map((c) => c.id)).toEqual(['w']);
    expect(tablePage(catalog, 'hemtjanst').empty).toBe('none-selectable');
  });

  it('a service with someone to choose has no empty state', () => {
    const catalog = createCatalog(model());
    expect(servicePage(catalog, 'hemtjanst').empty).toBeUndefined();
    expect(homePage(catalog, []).anyChoices).toBe(true);
    expect(searchPage(catalog).anyChoices).toBe(true);
  });

  it('the words: plain Swedish for each level and reason, and no "0 att välja mellan"', () => {
    expect(sv.service.empty['none-yet'].provider).toBe('Inga anordnare är godkända för den här tjänsten ännu.');
    expect(sv.service.empty['none-yet'].unit).toBe('Inga boenden eller verksamheter är godkända för den här tjänsten ännu.');
    expect(sv.home.choicesCount(0)).toBe('Ingen att välja mellan ännu');
    expect(sv.home.choicesCount(3)).toBe('3 att välja mellan');
  });
});
