// Every indicator value as it may be published: the small-numbers rule on each
// row, then secondary suppression per indicator and period, once, so pages,
// search files, comparison files, open data and feeds all see the same figures.
import type { Indicator } from '../../schemas/indicator';
import type { IndicatorValue } from '../../schemas/indicator-value';
import { toFigure, type Figure } from './figures';
import { protectSuppressed, type GroupPart } from './suppression';

export interface PublishContext {
  /** The kommun whose figure is the total of its units and providers. */
  municipalityCode: string;
  dataPublishedOn: string;
  freshnessMonths: number;
}

/** Figures in the order of the rows; undefined for a row whose indicator is unknown. */
export function publishFigures(rows: readonly IndicatorValue[], indicatorById: ReadonlyMap<string, Indicator>, ctx: PublishContext): (Figure | undefined)[] {
  const figures = rows.map((row) => {
    const indicator = indicatorById.get(row.indicator);
    return indicator ? toFigure(row, indicator, ctx.dataPublishedOn, ctx.freshnessMonths) : undefined;
  });

  // indicator|period -> the kommun row and the unit and provider rows, by index
  const groups = new Map<string, { total?: number; parts: number[] }>();
  rows.forEach((row, i) => {
    if (!figures[i]) return;
    const isPart = row.subjectType === 'unit' || row.subjectType === 'provider';
    const isTotal = row.subjectType === 'municipality' && row.subject === ctx.municipalityCode;
    if (!isPart && !isTotal) return;
    const key = `${row.indicator}|${row.period}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { parts: [] }));
    if (isTotal) group.total = i;
    else group.parts.push(i);
  });

  for (const group of groups.values()) {
    const indicator = indicatorById.get(rows[group.parts[0] ?? group.total!].indicator)!;
    const parts: GroupPart[] = group.parts.map((i) => ({
      key: `${rows[i].subjectType}:${rows[i].subject}`,
      figure: figures[i]!,
      sourceValue: rows[i].value,
      sourceN: rows[i].n,
    }));
    const result = protectSuppressed(group.total === undefined ? undefined : figures[group.total], parts, indicator);
    if (group.total !== undefined) figures[group.total] = result.total;
    for (const [k, i] of group.parts.entries()) figures[i] = result.parts[k];
  }
  return figures;
}
