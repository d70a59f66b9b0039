// How old a date-stamped fact is on the publication date, and whether it may
// still be told as current (DESIGN: a fact older than its limit says how old it is).
import { addMonths, monthsBetween } from '../locale/dates';

export type FactAge =
  /** Dated within the limit: told as current. */
  | { state: 'current'; months: number }
  /** Older than the limit: told with its age and never counted as current. */
  | { state: 'old'; months: number }
  /** Dated after the publication date: a mistake or not yet true, so not current either. */
  | { state: 'future' }
  /** No date: its age is unknown, so it is not current. */
  | { state: 'undated' };

/**
 * The age of a fact dated `date` on `today` (both ISO dates). A fact exactly
 * `maxAgeMonths` old is still current; one day more and it is old. `months`
 * is whole months, as people count them.
 */
export function factAge(date: string | undefined, today: string, maxAgeMonths: number): FactAge {
  if (!date) return { state: 'undated' };
  if (date > today) return { state: 'future' };
  const months = monthsBetween(date, today);
  return date < addMonths(today, -maxAgeMonths) ? { state: 'old', months } : { state: 'current', months };
}
