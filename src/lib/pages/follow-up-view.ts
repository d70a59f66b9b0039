// One follow-up as the page shows it: the provider and unit by name with their
// pages, and each checked condition by its text.
import type { Catalog } from '../catalog/catalog';
import type { FollowUp } from '../../schemas/follow-up';
import { paths } from './paths';

export interface FollowUpView extends Omit<FollowUp, 'conditions'> {
  provider: { name: string; path: string };
  unit?: { name: string; path: string };
  /** The condition's text from conditions.yaml, or its id when it has none. */
  conditions: { text: string; result: FollowUp['conditions'][number]['result']; comment?: string }[];
}

export function followUpView(catalog: Catalog, followUp: FollowUp): FollowUpView {
  const provider = catalog.providerById.get(followUp.providerId)!;
  const unit = followUp.unitId ? catalog.unitById.get(followUp.unitId) : undefined;
  return {
    ...followUp,
    provider: { name: provider.name, path: paths.provider(provider.id) },
    ...(unit ? { unit: { name: unit.name, path: paths.unit(unit.id) } } : {}),
    conditions: followUp.conditions.map((c) => ({
      text: catalog.conditionById.get(c.conditionId)?.text ?? c.conditionId,
      result: c.result,
      ...(c.comment ? { comment: c.comment } : {}),
    })),
  };
}
