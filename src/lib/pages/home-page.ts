// The start page: each service with how many can be chosen in it, and the
// latest few changes in the data.
import type { Catalog } from '../catalog/catalog';
import type { ChangeEvent } from '../catalog/changes';
import type { Service } from '../../schemas/service';
import { paths } from './paths';

export interface HomePageView {
  services: (Pick<Service, 'id' | 'name' | 'targetGroup' | 'legalBasis'> & { path: string; selectableCount: number })[];
  /** Whether anyone can be chosen in any service: without, the search box would find nothing. */
  anyChoices: boolean;
  /** Newest first, confirmed capacity left out: a routine confirmation, listed on the full changes page. */
  latestChanges: ChangeEvent[];
}

export const LATEST_CHANGES = 5;

export function homePage(catalog: Catalog, changes: readonly ChangeEvent[], limit = LATEST_CHANGES): HomePageView {
  const services = catalog.services.map((s) => ({
    id: s.id,
    name: s.name,
    targetGroup: s.targetGroup,
    legalBasis: s.legalBasis,
    path: paths.service(s.id),
    selectableCount: catalog.choicesForService(s.id).filter((c) => c.selectable).length,
  }));
  return {
    services,
    anyChoices: services.some((s) => s.selectableCount > 0),
    latestChanges: changes.filter((e) => e.kind !== 'capacity').slice(0, limit),
  };
}
