// The search page without JavaScript: every selectable choice, service by
// service, with the facts the search matches on by name.
import type { Catalog } from '../catalog/catalog';
import { areaNamesOf, choicePath } from './choice-card';
import { paths } from './paths';
import type { StatusNote } from '../status/status-line';
import { emptyChoices, type EmptyChoices } from './service-page';

export interface SearchGroup {
  service: { id: string; name: string; path: string; choiceLevel: 'provider' | 'unit' };
  empty?: EmptyChoices;
  choices: {
    id: string;
    kind: 'provider' | 'unit';
    name: string;
    path: string;
    providerName: string;
    areaNames: string[];
    languages: string[];
    statusNotes: StatusNote[];
  }[];
}

export interface SearchPageView {
  groups: SearchGroup[];
  /** Whether there is anyone at all to search for; a new site has no one yet. */
  anyChoices: boolean;
}

export function searchPage(catalog: Catalog): SearchPageView {
  const groups = catalog.services.map((service): SearchGroup => {
    const all = catalog.choicesForService(service.id);
    const empty = emptyChoices(all);
    return {
      service: { id: service.id, name: service.name, path: paths.service(service.id), choiceLevel: service.choiceLevel },
      ...(empty ? { empty } : {}),
      choices: all
        .filter((c) => c.selectable)
        .map((c) => ({
          id: c.id,
          kind: c.kind,
          name: c.name,
          path: choicePath(c),
          providerName: c.provider.name,
          areaNames: areaNamesOf(catalog, service.id, c.areaIds),
          languages: c.languages,
          statusNotes: c.statusLine.notes,
        })),
    };
  });
  return { groups, anyChoices: groups.some((g) => g.choices.length > 0) };
}
