// What a chip says for a term read from the search words: "Språk: arabiska",
// or for a word that fits several values "Tjänst: Dagverksamhet för äldre
// eller Särskilt boende för äldre" (each kind named once, in the order read).
import type { SearchTerm, TermGroup } from './query-terms';

export interface TermLabelStrings {
  groups: Record<TermGroup, string>;
  /** Between alternatives: " eller ". */
  or: string;
}

export function termLabel(term: Pick<SearchTerm, 'values'>, strings: TermLabelStrings): string {
  const byGroup = new Map<TermGroup, string[]>();
  for (const v of term.values) byGroup.set(v.group, [...(byGroup.get(v.group) ?? []), v.name]);
  return [...byGroup].map(([group, names]) => `${strings.groups[group]}: ${names.join(strings.or)}`).join(strings.or);
}
