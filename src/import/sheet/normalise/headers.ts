// Finds the columns a spreadsheet has, whatever its header says: Swedish
// headers with the common variants ("År", "Period", "Antal svar", "Svarsfrekvens (%)"),
// compared without case, accents, units or punctuation.
import { maskPersonalNumbers } from '../../../lib/safe-text/identity-numbers';
import { fold } from '../../../lib/locale/fold';
import { normaliseText } from '../../../lib/safe-text/text';

export type FieldVariants<F extends string> = Record<F, string[]>;

export interface HeaderMatch<F extends string> {
  columns: Partial<Record<F, number>>;
  /** Headers that name no known field: ignored, and said so. */
  unused: string[];
  /** A field named by two columns: the file cannot be read unambiguously. */
  duplicates: { field: F; headers: string[] }[];
}

/** "Svarsfrekvens (%)" -> "svarsfrekvens"; "Andel, %" -> "andel". */
export function normaliseHeader(header: string): string {
  return fold(normaliseText(header).replace(/\(.*?\)|%/g, ' '));
}

export function matchHeaders<F extends string>(header: string[], variants: FieldVariants<F>): HeaderMatch<F> {
  const lookup = new Map<string, F>();
  for (const [field, names] of Object.entries(variants) as [F, string[]][]) for (const name of [field, ...names]) lookup.set(normaliseHeader(name), field);
  const columns: Partial<Record<F, number>> = {};
  const seen = new Map<F, string[]>();
  const unused: string[] = [];
  header.forEach((h, i) => {
    if (!h.trim()) return;
    const field = lookup.get(normaliseHeader(h));
    if (!field) {
      // Printed in the summary: through the gate, and a personnummer masked.
      unused.push(maskPersonalNumbers(normaliseText(h)));
      return;
    }
    seen.set(field, [...(seen.get(field) ?? []), h.trim()]);
    if (columns[field] === undefined) columns[field] = i;
  });
  const duplicates = [...seen].filter(([, hs]) => hs.length > 1).map(([field, headers]) => ({ field, headers }));
  return { columns, unused, duplicates };
}
