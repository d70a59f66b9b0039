// One provider or unit as a card in a service's list: the facts people filter
// on, names resolved, and the service's first key figure.
import type { Catalog, Choice, FigureWithAverages } from '../catalog/catalog';
import type { Provider } from '../../schemas/provider';
import type { CapacityView } from '../status/capacity';
import type { StatusNote } from '../status/status-line';
import { paths } from './paths';

export interface ChoiceCardView {
  id: string;
  kind: Choice['kind'];
  name: string;
  /** Relative to the base path. */
  path: string;
  providerName: string;
  /** A unit's street and city. */
  address?: { street: string; city: string };
  areaNames: string[];
  ownership: Provider['ownership'];
  languages: string[];
  profileNames: string[];
  places?: number;
  capacity?: CapacityView;
  /** A warning in force, a withdrawn approval or a planned end, with where it is explained (lib/status/status-line.ts). */
  statusNotes: StatusNote[];
  keyFigure?: FigureWithAverages;
}

/** Where a choice's own page is. */
export const choicePath = (choice: Pick<Choice, 'kind' | 'id'>) => (choice.kind === 'unit' ? paths.unit(choice.id) : paths.provider(choice.id));

/** Area ids as the service names them; an unknown id as it is. */
export function areaNamesOf(catalog: Catalog, serviceId: string, areaIds: readonly string[]): string[] {
  const areas = catalog.serviceById.get(serviceId)?.areas ?? [];
  return areaIds.map((id) => areas.find((a) => a.id === id)?.name ?? id);
}

/** Profile ids as the site names them; an unknown id as it is. */
export function profileNamesOf(catalog: Catalog, profileIds: readonly string[]): string[] {
  return profileIds.map((id) => catalog.profileById.get(id)?.name ?? id);
}

export function choiceCard(catalog: Catalog, choice: Choice): ChoiceCardView {
  const service = catalog.serviceById.get(choice.serviceId)!;
  const keyFigure = catalog.latestFigures(choice.kind, choice.id, service).find((f) => service.keyIndicators.includes(f.indicator.id));
  return {
    id: choice.id,
    kind: choice.kind,
    name: choice.name,
    path: choicePath(choice),
    providerName: choice.provider.name,
    ...(choice.unit ? { address: { street: choice.unit.address.street, city: choice.unit.address.city } } : {}),
    areaNames: areaNamesOf(catalog, service.id, choice.areaIds),
    ownership: choice.provider.ownership,
    languages: choice.languages,
    profileNames: profileNamesOf(catalog, choice.profiles),
    ...(choice.unit?.places ? { places: choice.unit.places } : {}),
    ...(choice.capacity ? { capacity: choice.capacity } : {}),
    statusNotes: choice.statusLine.notes,
    ...(keyFigure ? { keyFigure } : {}),
  };
}
