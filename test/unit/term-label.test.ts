import { describe, expect, it } from 'vitest';
import { svCitizen } from '../../src/i18n/sv-citizen';
import { foldedWords } from '../../src/lib/locale/fold';
import type { TermGroup } from '../../src/lib/search/query-terms';
import { termLabel } from '../../src/lib/search/term-label';

const v = (group: TermGroup, name: string) => ({ group, key: foldedWords(name).join('-'), name, words: foldedWords(name) });

describe('termLabel: what a filter button says', () => {
  it.each([
    [[v('languages', 'arabiska')], 'Språk: arabiska'],
    [[v('areas', 'Norra centrum')], 'Område: Norra centrum'],
    [[v('profiles', 'Demensinriktning')], 'Inriktning: Demensinriktning'],
    [[v('services', 'Hemtjänst')], 'Tjänst: Hemtjänst'],
    [[v('services', 'Särskilt boende för äldre'), v('services', 'Dagverksamhet för äldre')], 'Tjänst: Särskilt boende för äldre eller Dagverksamhet för äldre'],
    [[v('languages', 'arabiska'), v('profiles', 'Arabisktalande personal')], 'Språk: arabiska eller Inriktning: Arabisktalande personal'],
  ])('%j -> %j', (values, label) => {
    expect(termLabel({ values }, svCitizen.terms)).toBe(label);
  });
  it('the remove button names the filter', () => {
    expect(svCitizen.terms.remove.replace('{label}', 'Språk: arabiska')).toBe('Ta bort filtret Språk: arabiska');
  });
});
