// A placeholder left in the content (from npm run new-site): not an error, the
// site builds, but validate lists each one, for the person who must replace it.
import { EDIT_MARK, type PlaceholderKind } from '../lib/placeholders/placeholders';

export interface PlaceholderWarning {
  file: string;
  line?: number;
  /** Field path inside the record, e.g. contact.email. */
  field: string;
  kind: PlaceholderKind;
  text: string;
}

/** One line: where, which field, and what to do. */
export function formatPlaceholder(w: PlaceholderWarning): string {
  const where = w.line !== undefined ? `${w.file}, rad ${w.line}` : w.file;
  const what =
    w.kind === 'text'
      ? `texten är märkt ${EDIT_MARK}: skriv den för er kommun och ta bort ${EDIT_MARK}`
      : `${w.text} är en platshållare: skriv den riktiga adressen`;
  return `${where}, fält ${w.field}: ${what}.`;
}

export function sortPlaceholders(list: PlaceholderWarning[]): PlaceholderWarning[] {
  return [...list].sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1));
}
