// Whether a provider or unit takes new customers, as the site may say it on the
// publication date: a confirmation older than the site's limit
// (capacityMaxAgeMonths) is told with its age and is not counted as
// "tar emot nya kunder nu" in filters or counts.
import type { Capacity } from '../../schemas/common';
import { factAge, type FactAge } from './fact-age';

export interface CapacityView extends Capacity {
  /** How old the confirmation is. */
  age: FactAge;
  /** "yes", confirmed within the limit: the only case counted as taking new customers now. */
  acceptsNewNow: boolean;
}

export interface CapacityRule {
  today: string;
  maxAgeMonths: number;
}

export function capacityView(capacity: Capacity | undefined, rule: CapacityRule): CapacityView | undefined {
  if (!capacity) return undefined;
  const age = factAge(capacity.confirmedOn, rule.today, rule.maxAgeMonths);
  return { ...capacity, age, acceptsNewNow: capacity.acceptsNewCustomers === 'yes' && age.state === 'current' };
}

/** True only for a current "yes": an old, future-dated or missing confirmation does not count. */
export function acceptsNewNow(capacity: Capacity | undefined, rule: CapacityRule): boolean {
  return capacityView(capacity, rule)?.acceptsNewNow ?? false;
}
