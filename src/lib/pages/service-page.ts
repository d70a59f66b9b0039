// A service's page: the choices that can be chosen as cards, those that cannot
// with their status, and who helps those who do not choose.
import type { Catalog } from '../catalog/catalog';
import type { Service } from '../../schemas/service';
import type { ProviderStatus } from '../../schemas/provider';
import { choiceCard, choicePath, type ChoiceCardView } from './choice-card';
import { paths } from './paths';

/**
 * Why a service has no one to choose: none-yet when it has no provider or
 * unit at all (a new site), none-selectable when all there were have been
 * withdrawn, ended or closed. Undefined when someone can be chosen.
 */
export type EmptyChoices = 'none-yet' | 'none-selectable';

export function emptyChoices(choices: readonly { selectable: boolean }[]): EmptyChoices | undefined {
  if (choices.some((c) => c.selectable)) return undefined;
  return choices.length === 0 ? 'none-yet' : 'none-selectable';
}

export interface ServicePageView {
  service: Service;
  cards: ChoiceCardView[];
  empty?: EmptyChoices;
  notSelectable: { id: string; name: string; path: string; status: ProviderStatus }[];
  noChoiceProvider?: { name: string; path: string };
}

export function servicePage(catalog: Catalog, serviceId: string): ServicePageView {
  const service = catalog.serviceById.get(serviceId)!;
  const choices = catalog.choicesForService(service.id);
  const noChoiceId = service.noChoiceAlternative?.providerId;
  const noChoiceProvider = noChoiceId ? catalog.providerById.get(noChoiceId) : undefined;
  const empty = emptyChoices(choices);
  return {
    service,
    ...(empty ? { empty } : {}),
    cards: choices.filter((c) => c.selectable).map((c) => choiceCard(catalog, c)),
    notSelectable: choices
      .filter((c) => !c.selectable)
      .map((c) => ({ id: c.id, name: c.name, path: choicePath(c), status: catalog.currentStatus(c.provider).status })),
    ...(noChoiceProvider ? { noChoiceProvider: { name: noChoiceProvider.name, path: paths.provider(noChoiceProvider.id) } } : {}),
  };
}
