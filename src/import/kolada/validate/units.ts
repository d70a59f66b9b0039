// Kolada's organisational units matched to the site's units and providers
// through kolada-units.yaml, which staff edit. Nothing is matched by guess: an
// OU missing from the file is reported with the closest names as suggestions.
import type { KoladaUnit } from '../../../schemas/kolada-unit';
import type { KoladaOu } from '../normalise/response';
import type { KoladaSubject } from './values';
import { closestNames } from '../../shared/normalise/name-similarity';

/** A unit or provider on the site, as a candidate for an unmatched OU. */
export interface SiteSubject extends KoladaSubject {
  name: string;
}

export interface UnitMatch {
  subjects: Map<string, KoladaSubject>;
  ignored: Set<string>;
  /** Mapped OUs that Kolada does not list for the kommun (closed, renamed or a typo). */
  notInKolada: KoladaUnit[];
}

export function matchKoladaUnits(ous: KoladaOu[], mapping: KoladaUnit[], site: SiteSubject[]): UnitMatch {
  const known = new Set(ous.map((o) => o.id));
  const bySubject = new Map(site.map((s) => [`${s.subjectType}:${s.subject}`, s]));
  const subjects = new Map<string, KoladaSubject>();
  const ignored = new Set<string>();
  const notInKolada: KoladaUnit[] = [];
  for (const m of mapping) {
    if (!known.has(m.ou)) notInKolada.push(m);
    if (m.ignore !== undefined) {
      ignored.add(m.ou);
      continue;
    }
    const s = bySubject.get(`${m.subjectType}:${m.subject}`);
    // Unknown ids are reported by content validation; the importer only runs on valid content.
    if (s) subjects.set(m.ou, { subjectType: s.subjectType, subject: s.subject, services: m.service ? [m.service] : s.services });
  }
  return { subjects, ignored, notInKolada };
}

/** "Solgårdens boende (unit: solgarden)" for the closest names to an OU's title. */
export function suggestSubjects(ouTitle: string, site: SiteSubject[]): SiteSubject[] {
  return closestNames(ouTitle, site, (s) => s.name);
}
