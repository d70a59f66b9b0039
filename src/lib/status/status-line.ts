// The status line of a provider or unit on a day: what people must know before
// choosing it (a warning in force, a withdrawn approval, an end that has come
// or is announced), with its date and where it is explained. Cards, table
// rows, comparison columns, search results and the pages all take it from here.
import type { FollowUp, Sanction } from '../../schemas/follow-up';
import type { Provider } from '../../schemas/provider';
import type { Unit } from '../../schemas/unit';
import { newestFollowUpFirst } from '../catalog/follow-up-filters';
import { plannedEndAfter, statusAt } from '../catalog/provider-status';
import { anchors, paths } from '../pages/paths';

export type StatusNoteKind = 'withdrawn' | 'ended' | 'closed' | 'warning' | 'planned-end';
export type Ending = 'withdrawn' | 'ended' | 'closed';

export interface StatusNote {
  kind: StatusNoteKind;
  /** The day it happened; for a planned end, the day it takes effect. */
  date: string;
  /** planned-end only: what happens on that day. */
  ending?: Ending;
  /** On a unit: the note is about its provider as a whole (its end, or a warning given at another of its units). */
  ofProvider?: boolean;
  /** Where it is explained, relative to the base path: a follow-up, or the summary of the provider's or unit's page. */
  explainedAt: string;
  /** Whether explainedAt is a follow-up or the page's status summary. */
  explainedBy: 'follow-up' | 'status';
  /** The kommun's note from the status history, when it has one. */
  note?: string;
}

export interface StatusLine {
  /** Whether it can be chosen on the day. */
  choosable: boolean;
  /** What to tell, most serious first; empty when there is nothing to tell. */
  notes: StatusNote[];
}

export interface StatusSubject {
  provider: Provider;
  unit?: Unit;
  /** The provider's follow-ups, in any order. */
  followUps: readonly FollowUp[];
}

/** Where a follow-up is shown: a unit's on the unit's page, the provider's own on the provider's page. */
export function followUpPath(f: Pick<FollowUp, 'id' | 'providerId' | 'unitId'>): string {
  return `${f.unitId ? paths.unit(f.unitId) : paths.provider(f.providerId)}#${anchors.followUp(f.id)}`;
}

const newestWith = (followUps: readonly FollowUp[], sanction: Sanction) => followUps.find((f) => f.sanction === sanction);

/**
 * The status line on `date` (the publication date). A status entry takes
 * effect on its day: a later withdrawal or end is a planned end, and the
 * provider can be chosen until then. A warning is in force while the provider's
 * status is "warned", or when the subject's latest follow-up gave one and no
 * status entry came after it.
 */
export function statusLine({ provider, unit, followUps }: StatusSubject, date: string): StatusLine {
  const status = statusAt(provider, date);
  const past = followUps.filter((f) => f.date <= date).sort(newestFollowUpFirst);
  // A unit's own follow-ups and the provider's as a whole; not those of its sibling units.
  const own = unit ? past.filter((f) => f.unitId === undefined || f.unitId === unit.id) : past;
  const ofProvider = unit ? { ofProvider: true } : {};
  const statusOf = (subject: 'provider' | 'unit') => ({
    explainedAt: `${subject === 'unit' && unit ? paths.unit(unit.id) : paths.provider(provider.id)}#${anchors.status}`,
    explainedBy: 'status' as const,
  });
  const byFollowUp = (f: FollowUp | undefined, otherwise: 'provider' | 'unit') =>
    f ? { explainedAt: followUpPath(f), explainedBy: 'follow-up' as const } : statusOf(otherwise);
  const note = (text: string | undefined) => (text ? { note: text } : {});

  if (status.status === 'withdrawn' || status.status === 'ended') {
    const decision = status.status === 'withdrawn' ? newestWith(past, 'withdrawal') : undefined;
    return {
      choosable: false,
      notes: [{ kind: status.status, date: status.since, ...ofProvider, ...byFollowUp(decision, 'provider'), ...note(status.note) }],
    };
  }
  if (unit?.closedOn && unit.closedOn <= date) {
    return { choosable: false, notes: [{ kind: 'closed', date: unit.closedOn, ...statusOf('unit') }] };
  }

  const notes: StatusNote[] = [];
  const latest = own[0];
  if (status.status === 'warned') {
    const warning = newestWith(own, 'warning') ?? newestWith(past, 'warning');
    const elsewhere = unit && (!warning || warning.unitId !== unit.id);
    notes.push({ kind: 'warning', date: status.since, ...(elsewhere ? ofProvider : {}), ...byFollowUp(warning, 'provider'), ...note(status.note) });
  } else if (latest?.sanction === 'warning' && latest.date > status.since) {
    notes.push({ kind: 'warning', date: latest.date, ...(unit && latest.unitId !== unit.id ? ofProvider : {}), ...byFollowUp(latest, 'provider') });
  }

  const ends: StatusNote[] = [];
  const providerEnd = plannedEndAfter(provider, date);
  if (providerEnd) {
    const decision = providerEnd.status === 'withdrawn' ? newestWith(past, 'withdrawal') : undefined;
    ends.push({
      kind: 'planned-end',
      date: providerEnd.since,
      ending: providerEnd.status,
      ...ofProvider,
      ...byFollowUp(decision, 'provider'),
      ...note(providerEnd.note),
    });
  }
  if (unit?.closedOn) ends.push({ kind: 'planned-end', date: unit.closedOn, ending: 'closed', ...statusOf('unit') });
  // The first end to come is the one that matters.
  const firstEnd = ends.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))[0];
  if (firstEnd) notes.push(firstEnd);

  return { choosable: true, notes };
}
