// The one place periods are read, written and compared. A period is a year
// ("2024"), a half ("2024-H1") or a quarter ("2024-Q3"), as the
// indicator-value schema allows; people read them as "första halvåret 2024".

/** What a content file may hold as a period. */
export const PERIOD_PATTERN = /^(\d{4})(?:-(H[12]|Q[1-4]))?$/;

/** A half year (H) has two parts of six months, a quarter (Q) four of three. */
const MONTHS_PER_PART = { H: 6, Q: 3 } as const;

export interface Period {
  year: number;
  /** The part of the year, when the period is less than a year. */
  part?: { kind: 'H' | 'Q'; index: number };
}

/** "2024-Q3" -> { year: 2024, part: { kind: 'Q', index: 3 } }; undefined for anything the schema refuses. */
export function parsePeriod(text: string): Period | undefined {
  const m = PERIOD_PATTERN.exec(text);
  if (!m) return undefined;
  if (!m[2]) return { year: Number(m[1]) };
  return { year: Number(m[1]), part: { kind: m[2][0] as 'H' | 'Q', index: Number(m[2][1]) } };
}

/**
 * A period as people write it in a spreadsheet, in the form content files
 * use: "2024 h2" -> "2024-H2", "2024 halvår 1" -> "2024-H1", "2024 kv 3" and
 * "2024 kvartal 3" -> "2024-Q3". Undefined when it is no period.
 */
export function periodFromWritten(text: string): string | undefined {
  const t = text.toUpperCase().replace(/\s+/g, ' ').trim();
  const year = /^(\d{4})$/.exec(t);
  if (year) return year[1];
  const half = /^(\d{4})[ -]?(?:H|HALVÅR) ?([12])$/.exec(t);
  if (half) return `${half[1]}-H${half[2]}`;
  const quarter = /^(\d{4})[ -]?(?:Q|KV|KVARTAL) ?([1-4])$/.exec(t);
  if (quarter) return `${quarter[1]}-Q${quarter[2]}`;
  return undefined;
}

/** First and last month (1-12) of a period. */
function months(p: Period): [number, number] {
  if (!p.part) return [1, 12];
  const length = MONTHS_PER_PART[p.part.kind];
  return [(p.part.index - 1) * length + 1, p.part.index * length];
}

/** Period as people say it: "2024", "första halvåret 2024", "kvartal 3 2024". */
export function formatPeriod(period: string): string {
  const p = parsePeriod(period);
  if (!p?.part) return p ? String(p.year) : period;
  if (p.part.kind === 'H') return `${p.part.index === 1 ? 'första' : 'andra'} halvåret ${p.year}`;
  return `kvartal ${p.part.index} ${p.year}`;
}

/** Period in a few characters, for a chart's axis: "2024", "H1 2024", "K3 2024". */
export function formatPeriodShort(period: string): string {
  const p = parsePeriod(period);
  if (!p?.part) return p ? String(p.year) : period;
  return `${p.part.kind === 'H' ? 'H' : 'K'}${p.part.index} ${p.year}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** First day of a period, as an ISO date: the day the measurement starts. */
export function periodStart(period: string): string {
  const p = parsePeriod(period);
  if (!p) return `${period.slice(0, 4)}-01-01`;
  return `${p.year}-${pad(months(p)[0])}-01`;
}

/** Last day of a period, as an ISO date: the day the measurement ends. */
export function periodEnd(period: string): string {
  const p = parsePeriod(period);
  if (!p) return `${period.slice(0, 4)}-12-31`;
  const endMonth = months(p)[1];
  return `${p.year}-${pad(endMonth)}-${pad(new Date(Date.UTC(p.year, endMonth, 0)).getUTCDate())}`;
}

/**
 * In time order: by year, a whole year before its parts, then by the first
 * and last month ("2024" < "2024-Q1" < "2024-H1" < "2024-Q2" < "2024-H2" < "2025").
 */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (!pa || !pb) return a < b ? -1 : a > b ? 1 : 0;
  if (pa.year !== pb.year) return pa.year - pb.year;
  if (!pa.part || !pb.part) return (pa.part ? 1 : 0) - (pb.part ? 1 : 0);
  const [ma, mb] = [months(pa), months(pb)];
  return ma[0] - mb[0] || ma[1] - mb[1];
}
