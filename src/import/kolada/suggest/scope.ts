// Which of the kommun's Kolada units are worth proposing: Kolada lists every
// unit of a kommun (schools and pre-schools too), so the list is narrowed to the
// operating areas of the site's Kolada KPIs. A KPI's digits 2-3 name its area
// (21 hemtjänst, 23 särskilt boende, 28 LSS). That a unit's id carries the same
// digits after its V (V23E... for särskilt boende) is what Kolada's ids show,
// but RKA has not documented it; so a unit with values for the site's KPIs in
// the year asked for (--year) is always in, whatever its id, and the units left
// out are counted, never silently dropped.

/** The areas of the user surveys, for a site whose indicators name no Kolada KPI yet. */
export const SURVEY_AREAS: readonly string[] = ['21', '23', '28'];

const AREA_WORDS: Readonly<Record<string, string>> = {
  '21': 'hemtjänst',
  '23': 'särskilt boende',
  '28': 'LSS',
};

/** "21" -> "hemtjänst (21)"; an area without a known name is its digits. */
export function areaName(area: string): string {
  return AREA_WORDS[area] ? `${AREA_WORDS[area]} (${area})` : `område ${area}`;
}

/** U21468 -> "21". */
export function kpiArea(kpi: string): string | undefined {
  return /^[NU](\d{2})\d{3}$/.exec(kpi)?.[1];
}

/** V21E018299901 -> "21"; an id of another shape has no area. */
export function ouArea(ou: string): string | undefined {
  return /^V(\d{2})/.exec(ou)?.[1];
}

/** The site's areas from its KPIs, or the survey areas when it has none. */
export function siteAreas(kpis: readonly string[]): { areas: string[]; fromIndicators: boolean } {
  const areas = [...new Set(kpis.map(kpiArea).filter((a): a is string => a !== undefined))].sort();
  return areas.length ? { areas, fromIndicators: true } : { areas: [...SURVEY_AREAS], fromIndicators: false };
}

export interface Scoped<T> {
  inScope: T[];
  /** Units left out, counted by the start of their id ("V15", or "annat id"). */
  leftOut: { prefix: string; count: number }[];
}

/**
 * The units in the areas, plus those with values for the site's KPIs (from
 * --year) and those already in kolada-units.yaml; the rest counted by prefix.
 */
export function unitsInScope<T extends { id: string }>(ous: T[], areas: readonly string[], alsoIn: ReadonlySet<string>): Scoped<T> {
  const wanted = new Set(areas);
  const inScope: T[] = [];
  const counts = new Map<string, number>();
  for (const ou of ous) {
    const area = ouArea(ou.id);
    if ((area !== undefined && wanted.has(area)) || alsoIn.has(ou.id)) inScope.push(ou);
    else {
      const prefix = area !== undefined ? `V${area}` : 'annat id';
      counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
    }
  }
  const leftOut = [...counts].map(([prefix, count]) => ({ prefix, count })).sort((a, b) => (a.prefix < b.prefix ? -1 : a.prefix > b.prefix ? 1 : 0));
  return { inScope, leftOut };
}
