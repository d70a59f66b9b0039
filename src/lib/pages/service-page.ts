// A service's page: the choices that can be chosen as cards, those that cannot
// with their status, and who helps those who do not choose.
import type { Catalog } from '../catalog/catalog';
import type { Service } from '../../schemas/service';
import type { ProviderStatus } from '../../schemas/provider';
import { choiceCard, choicePath, type ChoiceCardView } from './choice-card';
import { paths } from './paths';

export interface ServicePageView {
  service: Service;
  cards: ChoiceCardView[];
  notSelectable: { id: string; name: string; path: string; status: ProviderStatus }[];
  noChoiceProvider?: { name: string; path: string };
}

export function servicePage(catalog: Catalog, serviceId: string): ServicePageView {
  const service = catalog.serviceById.get(serviceId)!;
  const choices = catalog.choicesForService(service.id);
  const noChoiceId = service.noChoiceAlternative?.providerId;
  const noChoiceProvider = noChoiceId ? catalog.providerById.get(noChoiceId) : undefined;
  return {
    service,
    cards: choices.filter((c) => c.selectable).map((c) => choiceCard(catalog, c)),
    notSelectable: choices
      .filter((c) => !c.selectable)
      .map((c) => ({ id: c.id, name: c.name, path: choicePath(c), status: catalog.currentStatus(c.provider).status })),
    ...(noChoiceProvider ? { noChoiceProvider: { name: noChoiceProvider.name, path: paths.provider(noChoiceProvider.id) } } : {}),
  };
}
