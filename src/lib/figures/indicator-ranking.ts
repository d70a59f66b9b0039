// Every provider's and unit's latest figure of one indicator, as the indicator
// page ranks them: current values best first, then old values ("Äldre
// uppgift"), then those without a value; withdrawn, ended and closed ones
// carry their status so the page marks them.
import type { Indicator } from '../../schemas/indicator';
import type { Catalog, Choice } from '../catalog/catalog';
import { hasValue, type Figure } from './figures';
import { betterFirst, sortByFigure } from '../choice-list/sort';
import { compareNames } from '../locale/names';
import type { StripInput } from '../charts/strip-plot';

/** Why a choice cannot be chosen: its authorisation was withdrawn, the provider ended, or the unit closed. */
export type InactiveReason = 'withdrawn' | 'ended' | 'closed';

export function inactiveReason(choice: Choice): InactiveReason | undefined {
  if (choice.selectable) return undefined;
  const kind = choice.statusLine.notes[0]?.kind;
  return kind === 'withdrawn' || kind === 'closed' ? kind : 'ended';
}

export interface RankingRow {
  choice: Choice;
  figure: Figure;
  inactive?: InactiveReason;
}

export function indicatorRanking(catalog: Catalog, indicator: Indicator): RankingRow[] {
  const seen = new Set<string>();
  const rows: RankingRow[] = [];
  for (const serviceId of indicator.services) {
    for (const choice of catalog.choicesForService(serviceId)) {
      const key = `${choice.kind}:${choice.id}`;
      const figure = catalog.history(choice.kind, choice.id, indicator.id).at(-1);
      if (!figure || seen.has(key)) continue;
      seen.add(key);
      const inactive = inactiveReason(choice);
      rows.push(inactive ? { choice, figure, inactive } : { choice, figure });
    }
  }
  return sortByFigure(
    rows,
    (r) => r.figure,
    betterFirst(indicator.betterDirection),
    (a, b) => compareNames(a.choice.name, b.choice.name),
  );
}

/** The dots of the strip plot: every ranked figure that has a value, with its age and status. */
export function stripInputs(rows: readonly RankingRow[]): StripInput[] {
  return rows.flatMap((r) =>
    hasValue(r.figure) ? [{ id: `${r.choice.kind}:${r.choice.id}`, value: r.figure.value, isOld: r.figure.isOld, inactive: r.inactive !== undefined }] : [],
  );
}
