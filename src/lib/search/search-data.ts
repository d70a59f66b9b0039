// The search file of a service (dist/sok/<service>.json): what the filter and
// search islands need and nothing more, built at build time. Words are folded
// and numbered once here, so the browser neither folds the records nor keeps
// the same word twice. Only figures that have a value go in (DESIGN: small numbers).
import type { Indicator } from '../../schemas/indicator';
import type { Ownership } from '../../schemas/provider';
import type { Catalog } from '../catalog/catalog';
import { hasValue } from '../figures/figures';
import { foldedKey, foldedWords } from '../locale/fold';
import { indicatorsOfService } from '../catalog/service-indicators';
import { compareIds, compareNames } from '../locale/names';

export const SEARCH_FILE_VERSION = 1;

export interface SearchFacet {
  /** Area or profile id; for languages the folded language ("persiska-farsi"). */
  id: string;
  name: string;
  /** The folded words of the name, as numbers in `words`. */
  w: number[];
}

export interface SearchIndicator {
  id: string;
  name: string;
  unit: Indicator['unit'];
  better: Indicator['betterDirection'];
}

/** One provider or unit. Short keys: this row is repeated up to tens of thousands of times. */
export interface SearchRow {
  id: string;
  /** Name as shown. */
  n: string;
  /** Folded words of the name, as numbers in `words`. */
  w: number[];
  /** Units: folded words of the provider's name. */
  p?: number[];
  /** Positions in `areas`, `languages`, `profiles`. */
  a?: number[];
  l?: number[];
  f?: number[];
  o: Ownership;
  /** Accepts new customers: yes, no or waiting-list; absent when unknown or not confirmed within the site's limit (capacityMaxAgeMonths). */
  c?: 'yes' | 'no' | 'waiting-list';
  /** Latest value per indicator in `indicators`; null when there is no value to show. */
  v?: (number | null)[];
  /** Positions in `indicators` whose value in `v` is older than the site's freshness limit ("Äldre uppgift"): sorted after current values. */
  g?: number[];
}

export interface SearchFile {
  version: typeof SEARCH_FILE_VERSION;
  service: string;
  level: 'provider' | 'unit';
  /** Every folded word of names, areas, languages and profiles, sorted. */
  words: string[];
  areas: SearchFacet[];
  languages: SearchFacet[];
  profiles: SearchFacet[];
  indicators: SearchIndicator[];
  records: SearchRow[];
}

/** Numbers words in a fixed order so the same content gives the same file. */
class WordList {
  private readonly seen = new Set<string>();
  add(words: string[]): string[] {
    for (const w of words) this.seen.add(w);
    return words;
  }
  finish(): { words: string[]; ids: (words: string[]) => number[] } {
    const words = [...this.seen].sort();
    const index = new Map(words.map((w, i) => [w, i]));
    return { words, ids: (ws) => ws.map((w) => index.get(w)!) };
  }
}

export function buildSearchFile(catalog: Catalog, serviceId: string): SearchFile {
  const service = catalog.serviceById.get(serviceId);
  if (!service) throw new Error(`Okänd tjänst: ${serviceId}`);
  const choices = catalog.choicesForService(serviceId).filter((c) => c.selectable);
  const vocabulary = new WordList();

  const areas = service.areas.map((a) => ({ id: a.id, name: a.name, words: vocabulary.add(foldedWords(a.name)) }));
  const languageByKey = new Map<string, string>();
  for (const c of choices) for (const l of c.languages) if (!languageByKey.has(foldedKey(l))) languageByKey.set(foldedKey(l), l);
  const languages = [...languageByKey]
    .map(([id, name]) => ({ id, name, words: vocabulary.add(foldedWords(name)) }))
    .sort((a, b) => compareNames(a.name, b.name) || compareIds(a.id, b.id));
  const usedProfiles = new Set(choices.flatMap((c) => c.profiles));
  const profiles = catalog.site.profiles
    .filter((p) => usedProfiles.has(p.id))
    .map((p) => ({ id: p.id, name: p.name, words: vocabulary.add(foldedWords(p.name)) }));
  const indicators = indicatorsOfService(catalog, serviceId, choices, { withValueOnly: true });

  const rows = choices.map((c) => ({
    c,
    name: vocabulary.add(foldedWords(c.name)),
    provider: c.kind === 'unit' ? vocabulary.add(foldedWords(c.provider.name)) : undefined,
  }));
  const { words, ids } = vocabulary.finish();
  const positions = <T extends { id: string }>(list: T[], wanted: string[]) =>
    wanted
      .map((id) => list.findIndex((x) => x.id === id))
      .filter((i) => i >= 0)
      .sort((a, b) => a - b);
  const facet = (f: { id: string; name: string; words: string[] }): SearchFacet => ({ id: f.id, name: f.name, w: ids(f.words) });

  const records = rows.map(({ c, name, provider }): SearchRow => {
    const latest = indicators.map((ind) => catalog.history(c.kind, c.id, ind.id).at(-1));
    const values = latest.map((f) => (hasValue(f) ? f.value : null));
    const old = latest.flatMap((f, i) => (hasValue(f) && f.isOld ? [i] : []));
    const row: SearchRow = { id: c.id, n: c.name, w: ids(name), o: c.provider.ownership };
    if (provider) row.p = ids(provider);
    const a = positions(areas, c.areaIds);
    const l = positions(languages, c.languages.map(foldedKey));
    const f = positions(profiles, c.profiles);
    if (a.length) row.a = a;
    if (l.length) row.l = [...new Set(l)];
    if (f.length) row.f = f;
    // An old confirmation is not "tar emot nya kunder nu": the filter and its count leave it out.
    if (c.capacity?.age.state === 'current') row.c = c.capacity.acceptsNewCustomers;
    if (values.some((v) => v !== null)) row.v = values;
    if (old.length) row.g = old;
    return row;
  });

  return {
    version: SEARCH_FILE_VERSION,
    service: serviceId,
    level: service.choiceLevel,
    words,
    areas: areas.map(facet),
    languages: languages.map(facet),
    profiles: profiles.map(facet),
    indicators: indicators.map((i) => ({ id: i.id, name: i.name, unit: i.unit, better: i.betterDirection })),
    records,
  };
}
