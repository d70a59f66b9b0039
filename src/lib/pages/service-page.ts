// A service's page: the choices that can be chosen as cards, those that cannot
// with their status, how many take new customers now, and who helps those who
// do not choose.
import type { Catalog } from '../catalog/catalog';
import type { Service } from '../../schemas/service';
import { customersCountView, type CustomersCountView } from '../status/customers-count';
import type { StatusNote } from '../status/status-line';
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
  /** The count of customers with its age (the site's freshness limit). */
  customers?: CustomersCountView;
  cards: ChoiceCardView[];
  empty?: EmptyChoices;
  /** Of the cards, how many take new customers now: said yes, confirmed within the site's limit. */
  acceptsNewNow: { count: number; total: number; maxAgeMonths: number };
  notSelectable: { id: string; name: string; path: string; statusNotes: StatusNote[] }[];
  noChoiceProvider?: { name: string; path: string };
}

export function servicePage(catalog: Catalog, serviceId: string): ServicePageView {
  const service = catalog.serviceById.get(serviceId)!;
  const choices = catalog.choicesForService(service.id);
  const noChoiceId = service.noChoiceAlternative?.providerId;
  const noChoiceProvider = noChoiceId ? catalog.providerById.get(noChoiceId) : undefined;
  const empty = emptyChoices(choices);
  const selectable = choices.filter((c) => c.selectable);
  const customers = customersCountView(service.customers, catalog.today, catalog.site.freshnessMonths);
  return {
    service,
    ...(empty ? { empty } : {}),
    ...(customers ? { customers } : {}),
    cards: selectable.map((c) => choiceCard(catalog, c)),
    acceptsNewNow: {
      count: selectable.filter((c) => c.capacity?.acceptsNewNow).length,
      total: selectable.length,
      maxAgeMonths: catalog.site.capacityMaxAgeMonths,
    },
    notSelectable: choices.filter((c) => !c.selectable).map((c) => ({ id: c.id, name: c.name, path: choicePath(c), statusNotes: c.statusLine.notes })),
    ...(noChoiceProvider ? { noChoiceProvider: { name: noChoiceProvider.name, path: paths.provider(noChoiceProvider.id) } } : {}),
  };
}
