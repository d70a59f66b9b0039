// The status line and the age of a dated fact in words, for pages and islands
// alike: one wording wherever a note or an age is shown.
import { formatDate, formatNumber, pluralWord } from '../lib/locale/format';
import type { FactAge } from '../lib/status/fact-age';
import type { StatusNote } from '../lib/status/status-line';
import { fill } from './fill';
import type { Widen } from './sv-citizen';
import type { svStatus } from './sv-status';

export type StatusStrings = Widen<typeof svStatus>;

const PLANNED = { withdrawn: 'plannedWithdrawn', ended: 'plannedEnded', closed: 'plannedClosed' } as const;

/** "Varning från kommunen 10 juni 2026", "Slutar i kundvalet 31 januari 2027. Kan väljas till dess". */
export function statusNoteText(note: StatusNote, s: StatusStrings['line']): string {
  const base = note.kind === 'planned-end' ? PLANNED[note.ending ?? 'ended'] : note.kind;
  // A unit's own closing has no provider form.
  const key = note.ofProvider && base !== 'closed' && base !== 'plannedClosed' ? (`${base}OfProvider` as const) : base;
  return fill(s[key], { date: formatDate(note.date) });
}

/** An age in whole months as people say it: "1 månad", "17 månader", from two years "6 år". */
export function ageText(months: number, s: StatusStrings['age']): string {
  const [words, count] = months < 24 ? [s.months, months] : [s.years, Math.floor(months / 12)];
  return fill(pluralWord(count, words.one, words.other), { count: formatNumber(count, 0) });
}

/** What a capacity confirmation that is not current says; undefined for a current one. */
export function capacityAgeText(age: FactAge, s: StatusStrings): string | undefined {
  if (age.state === 'current') return undefined;
  if (age.state === 'old') return fill(s.capacity.old, { age: ageText(age.months, s.age) });
  return s.capacity[age.state];
}

/** What a customer count that is not current says; undefined for a current one. */
export function customersAgeText(age: FactAge, s: StatusStrings): string | undefined {
  if (age.state === 'current') return undefined;
  if (age.state === 'old') return fill(s.customers.old, { age: ageText(age.months, s.age) });
  return s.customers[age.state];
}
