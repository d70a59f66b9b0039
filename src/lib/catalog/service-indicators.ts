// Which indicators a service's lists and tables show: those that belong to the
// service and that some of its choices have a figure for; the service's key
// indicators first, the rest by name. A provider's figures from another
// service (its hemtjänst survey when it also does ledsagning) stay out.
import type { Indicator } from '../../schemas/indicator';
import type { Catalog, Choice } from './catalog';
import { hasValue } from '../figures/figures';
import { compareNames } from '../locale/names';

export function indicatorsOfService(catalog: Catalog, serviceId: string, choices: readonly Choice[], { withValueOnly = false } = {}): Indicator[] {
  const service = catalog.serviceById.get(serviceId)!;
  const has = (c: Choice, ind: Indicator) => {
    const latest = catalog.history(c.kind, c.id, ind.id).at(-1);
    return withValueOnly ? hasValue(latest) : latest !== undefined;
  };
  const rank = (id: string) => (service.keyIndicators.includes(id) ? service.keyIndicators.indexOf(id) : service.keyIndicators.length);
  return catalog.model.indicators
    .filter((ind) => ind.services.includes(serviceId) && choices.some((c) => has(c, ind)))
    .sort((a, b) => rank(a.id) - rank(b.id) || compareNames(a.name, b.name));
}
