// The values a query word can name, taken from the search files the browser
// already has (their area, language and inriktning lists) and the services'
// names: nothing is added to the files for this.
import { foldedWords } from '../locale/fold';
import type { TermGroup, VocabularyValue } from './query-terms';
import type { SearchFacet, SearchFile } from './search-data';

/** The term groups that are lists in a search file (under the same name). */
export const facetGroups = ['areas', 'languages', 'profiles'] as const satisfies readonly TermGroup[];
export type FacetGroup = (typeof facetGroups)[number];

/** A facet's folded words, as in the file. */
export function facetWords(file: SearchFile, facet: SearchFacet): string[] {
  return facet.w.map((i) => file.words[i]);
}

/** The key of a facet value: its folded name, the same in every service's file. */
export function facetKey(file: SearchFile, facet: SearchFacet): string {
  return facetWords(file, facet).join('-');
}

export interface ServiceOfFile {
  file: SearchFile;
  /** The service's name as shown ("Hemtjänst"). */
  name: string;
}

/**
 * Every value of the given services, each once: the services themselves, and
 * their areas, languages and inriktningar (the same name in two services is one value).
 */
export function searchVocabulary(services: readonly ServiceOfFile[]): VocabularyValue[] {
  const values = new Map<string, VocabularyValue>();
  const add = (v: VocabularyValue) => {
    const id = `${v.group}:${v.key}`;
    if (!values.has(id) && v.words.length > 0) values.set(id, v);
  };
  for (const { file, name } of services) {
    add({ group: 'services', key: file.service, name, words: foldedWords(name) });
    for (const group of facetGroups)
      for (const facet of file[group]) add({ group, key: facetKey(file, facet), name: facet.name, words: facetWords(file, facet) });
  }
  return [...values.values()];
}
