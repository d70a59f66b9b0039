// One proposal per Kolada unit and at most one Kolada unit per site unit or
// provider (two OUs mapped to one subject would give it two figures a year).
// The most alike pairs are taken first; a subject already in kolada-units.yaml
// is not proposed again. When two Kolada units are about equally alike to the
// same subject, or one unit to two subjects, nothing is proposed for them: a
// person decides, and the proposal says so.
import { compareIds, compareNames } from '../../../lib/locale/names';
import { scoreMatch, SUGGEST_THRESHOLD, type KnownAddress, type Score } from './score';

/** Scores this close count as equal. */
export const TIE_MARGIN = 0.02;

/** A Kolada unit still without a row in kolada-units.yaml. */
export interface KoladaUnitToMatch {
  id: string;
  title: string;
  address?: KnownAddress;
}

/** A unit or provider on the site. */
export interface SiteCandidate {
  subjectType: 'unit' | 'provider';
  subject: string;
  name: string;
  address?: KnownAddress;
  /** The services it is in: a provider in several may need `service:` in the mapping. */
  services?: string[];
}

export interface ScoredCandidate extends Score {
  candidate: SiteCandidate;
}

/** Another candidate above the threshold, and why it is not the proposal. */
export interface Alternative extends ScoredCandidate {
  /** The Kolada unit it is proposed for or confirmed to instead. */
  takenBy?: { ou: string; confirmed: boolean };
  /** Equally alike to other Kolada units, so proposed for none of them. */
  contested?: boolean;
}

export type Suggestion =
  | { ou: KoladaUnitToMatch; status: 'proposed'; proposal: ScoredCandidate; alternatives: Alternative[] }
  | {
      ou: KoladaUnitToMatch;
      status: 'contested';
      /** The equally alike subjects: one shared with `rivals`, or several for this unit alone. */
      options: ScoredCandidate[];
      /** Other Kolada units about as alike to the same subject. */
      rivals: string[];
      alternatives: Alternative[];
    }
  | { ou: KoladaUnitToMatch; status: 'none'; alternatives: Alternative[] };

export const subjectKey = (c: { subjectType: string; subject: string }) => `${c.subjectType}:${c.subject}`;

/** Candidates at or above the threshold, best first (then Swedish name order, then id). */
export function candidatesFor(ou: KoladaUnitToMatch, site: readonly SiteCandidate[], kommunNames: readonly string[] = []): ScoredCandidate[] {
  return site
    .map((candidate) => ({ candidate, ...scoreMatch({ name: ou.title, address: ou.address }, candidate, kommunNames) }))
    .filter((c) => c.score >= SUGGEST_THRESHOLD && c.nameScore > 0)
    .sort((a, b) => b.score - a.score || compareNames(a.candidate.name, b.candidate.name) || compareIds(subjectKey(a.candidate), subjectKey(b.candidate)));
}

interface Pair {
  ou: string;
  c: ScoredCandidate;
}

/**
 * Proposals for the Kolada units. `confirmed` maps subjects already in
 * kolada-units.yaml ("unit:solgarden") to their Kolada unit.
 */
export function assignSuggestions(
  ous: readonly KoladaUnitToMatch[],
  site: readonly SiteCandidate[],
  confirmed: ReadonlyMap<string, string>,
  kommunNames: readonly string[] = [],
): Suggestion[] {
  const candidates = new Map(ous.map((o) => [o.id, candidatesFor(o, site, kommunNames)]));
  const pairs: Pair[] = [...candidates]
    .flatMap(([ou, list]) => list.filter((c) => !confirmed.has(subjectKey(c.candidate))).map((c) => ({ ou, c })))
    .sort(
      (a, b) =>
        b.c.score - a.c.score ||
        compareIds(a.ou, b.ou) ||
        compareNames(a.c.candidate.name, b.c.candidate.name) ||
        compareIds(subjectKey(a.c.candidate), subjectKey(b.c.candidate)),
    );

  const assigned = new Map<string, ScoredCandidate>();
  const takenBy = new Map<string, string>();
  const contested = new Map<string, { options: ScoredCandidate[]; rivals: string[] }>();
  const contestedSubjects = new Set<string>();
  const done = (ou: string) => assigned.has(ou) || contested.has(ou);
  const free = (key: string) => !takenBy.has(key) && !contestedSubjects.has(key);
  const tied = (a: number, b: number) => Math.abs(a - b) <= TIE_MARGIN + 1e-9;
  /** An unassigned OU's best score among subjects still free. */
  const bestFree = (ou: string) => pairs.find((p) => p.ou === ou && free(subjectKey(p.c.candidate)))?.c.score ?? 0;

  for (const { ou, c } of pairs) {
    const key = subjectKey(c.candidate);
    if (done(ou) || !free(key)) continue;
    // Other subjects about as alike to this unit ...
    const sameOu = pairs.filter((p) => p.ou === ou && subjectKey(p.c.candidate) !== key && free(subjectKey(p.c.candidate)) && tied(c.score, p.c.score));
    // ... and other units about as alike to this subject, for which it is as good as anything they have left.
    const rivals = pairs.filter(
      (p) => p.ou !== ou && !done(p.ou) && subjectKey(p.c.candidate) === key && tied(c.score, p.c.score) && tied(bestFree(p.ou), p.c.score),
    );
    if (sameOu.length === 0 && rivals.length === 0) {
      assigned.set(ou, c);
      takenBy.set(key, ou);
      continue;
    }
    const options = [c, ...sameOu.map((p) => p.c)];
    for (const o of options) contestedSubjects.add(subjectKey(o.candidate));
    const units = [ou, ...rivals.map((r) => r.ou)];
    contested.set(ou, { options, rivals: units.slice(1) });
    for (const r of rivals) contested.set(r.ou, { options: [r.c], rivals: units.filter((u) => u !== r.ou) });
  }

  return [...ous]
    .sort((a, b) => compareIds(a.id, b.id))
    .map((ou): Suggestion => {
      const mine = assigned.get(ou.id);
      const tie = contested.get(ou.id);
      const shown = new Set<ScoredCandidate>(mine ? [mine] : (tie?.options ?? []));
      const alternatives: Alternative[] = (candidates.get(ou.id) ?? [])
        .filter((c) => !shown.has(c))
        .map((c) => {
          const key = subjectKey(c.candidate);
          const confirmedTo = confirmed.get(key);
          const other = takenBy.get(key);
          if (confirmedTo) return { ...c, takenBy: { ou: confirmedTo, confirmed: true } };
          if (other && other !== ou.id) return { ...c, takenBy: { ou: other, confirmed: false } };
          return contestedSubjects.has(key) ? { ...c, contested: true } : c;
        });
      if (mine) return { ou, status: 'proposed', proposal: mine, alternatives };
      if (tie) return { ou, status: 'contested', options: tie.options, rivals: tie.rivals, alternatives };
      return { ou, status: 'none', alternatives };
    });
}
