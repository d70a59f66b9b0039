// The search page without JavaScript: every selectable choice, service by
// service, with the facts the search matches on by name.
import type { Catalog } from '../catalog/catalog';
import { areaNamesOf, choicePath } from './choice-card';
import { paths } from './paths';
import type { StatusNote } from '../status/status-line';

export interface SearchGroup {
  service: { id: string; name: string; path: string };
  choices: { id: string; kind: 'provider' | 'unit'; name: string; path: string; providerName: string; areaNames: string[]; languages: string[]; statusNotes: StatusNote[] }[];
}

export function searchPage(catalog: Catalog): { groups: SearchGroup[] } {
  return {
    groups: catalog.services.map((service) => ({
      service: { id: service.id, name: service.name, path: paths.service(service.id) },
      choices: catalog
        .choicesForService(service.id)
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
    })),
  };
}
