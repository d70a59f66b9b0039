// The header row decides whether any row can be read: a missing column that the
// kind of sheet needs, or two columns meaning the same thing, refuse every row.
import type { SheetTable } from '../read/read-sheet';
import type { FieldVariants, HeaderMatch } from '../normalise/headers';
import type { SheetKind } from '../report';

const REQUIRED: Record<SheetKind, string[][]> = {
  survey: [['indicator', 'kpi'], ['unit', 'provider'], ['period'], ['value']],
  followups: [['provider'], ['date'], ['kind'], ['findings'], ['sanction'], ['status']],
};

/** What is wrong with the header, in words, or undefined when every row can be read. */
export function headerProblem(table: SheetTable, match: HeaderMatch<string>, kind: SheetKind, variants: FieldVariants<string>): string | undefined {
  const missing = REQUIRED[kind].filter((alts) => alts.every((f) => match.columns[f] === undefined));
  if (missing.length)
    return `rubrikraden saknar ${missing.map((alts) => alts.map((f) => `"${variants[f][0]}"`).join(' eller ')).join(', ')} (rubrikraden är: ${table.header.join(' | ')})`;
  if (match.duplicates.length)
    return `flera kolumner betyder samma sak: ${match.duplicates.map((d) => d.headers.join(' och ')).join('; ')}. Ta bort eller byt namn på en av dem`;
  return undefined;
}
