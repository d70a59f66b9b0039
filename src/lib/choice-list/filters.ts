// Filtering a list of choices the way people narrow it: values within one
// filter are alternatives (OR), filters together must all hold (AND). Counts
// say, for each value, how many would be shown with it, given the other filters.
import type { SearchFile } from '../search/search-data';

export const filterGroups = ['areas', 'languages', 'profiles', 'ownership'] as const;
export type FilterGroup = (typeof filterGroups)[number];

export interface Filters {
  areas: string[];
  languages: string[];
  profiles: string[];
  ownership: string[];
  /** Only those that take new customers now. */
  acceptsNew: boolean;
}

export const noFilters: Filters = { areas: [], languages: [], profiles: [], ownership: [], acceptsNew: false };

/** What filters look at in one choice: ids, not names. */
export interface FilterableChoice {
  areas: string[];
  languages: string[];
  profiles: string[];
  ownership: string;
  acceptsNew: boolean;
}

export function filterableChoices(file: SearchFile): FilterableChoice[] {
  return file.records.map((r) => ({
    areas: (r.a ?? []).map((i) => file.areas[i].id),
    languages: (r.l ?? []).map((i) => file.languages[i].id),
    profiles: (r.f ?? []).map((i) => file.profiles[i].id),
    ownership: r.o,
    acceptsNew: r.c === 'yes',
  }));
}

export function hasFilters(f: Filters): boolean {
  return f.acceptsNew || filterGroups.some((g) => f[g].length > 0);
}

function valuesOf(choice: FilterableChoice, group: FilterGroup): readonly string[] {
  return group === 'ownership' ? [choice.ownership] : choice[group];
}

function passesGroup(choice: FilterableChoice, f: Filters, group: FilterGroup): boolean {
  const wanted = f[group];
  return wanted.length === 0 || valuesOf(choice, group).some((v) => wanted.includes(v));
}

export function matchesFilters(choice: FilterableChoice, f: Filters): boolean {
  return (!f.acceptsNew || choice.acceptsNew) && filterGroups.every((g) => passesGroup(choice, f, g));
}

export interface FilterCounts {
  areas: Map<string, number>;
  languages: Map<string, number>;
  profiles: Map<string, number>;
  ownership: Map<string, number>;
  /** How many would be shown with "takes new customers" ticked. */
  acceptsNew: number;
}

/**
 * For each value, how many of `choices` would be shown if that value were
 * (also) ticked, keeping every other filter as it is. A choice that fails one
 * filter only still counts in that filter's values; one that fails two counts nowhere.
 */
export function filterCounts(choices: readonly FilterableChoice[], f: Filters): FilterCounts {
  const counts: FilterCounts = { areas: new Map(), languages: new Map(), profiles: new Map(), ownership: new Map(), acceptsNew: 0 };
  const add = (group: FilterGroup, choice: FilterableChoice) => {
    for (const v of new Set(valuesOf(choice, group))) counts[group].set(v, (counts[group].get(v) ?? 0) + 1);
  };
  for (const choice of choices) {
    const failed = filterGroups.filter((g) => !passesGroup(choice, f, g));
    const failsCapacity = f.acceptsNew && !choice.acceptsNew;
    if (failed.length === 0) {
      if (choice.acceptsNew) counts.acceptsNew++;
      if (!failsCapacity) for (const g of filterGroups) add(g, choice);
    } else if (failed.length === 1 && !failsCapacity) {
      add(failed[0], choice);
    }
  }
  return counts;
}
