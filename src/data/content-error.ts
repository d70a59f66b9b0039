// A problem found in the content, written for the person who must fix the file.

export interface ContentError {
  /** Path relative to the project, e.g. content/providers/omsorg-ab.yaml. */
  file: string;
  /** Line in the file (YAML) or row (CSV, header = row 1) where known. */
  line?: number;
  /** Field path inside the record, e.g. contact.email or services[1]. */
  field?: string;
  /** The offending value as it was written, when there is one. */
  value?: unknown;
  /** What was expected, in plain Swedish. */
  expected: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function showValue(value: unknown): string {
  if (value === undefined) return 'inget värde (fältet saknas)';
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (value instanceof Date) text = value.toISOString().slice(0, 10);
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/** One line per error: where, which field, what was there, what was expected. */
export function formatContentError(e: ContentError): string {
  const where = e.line !== undefined ? `${e.file}, rad ${e.line}` : e.file;
  const field = e.field ? `, fält ${e.field}` : '';
  const value = e.field !== undefined || e.value !== undefined ? `: värdet är ${showValue(e.value)}` : '';
  // Expectations that end in a question ("... ett extra ;?") keep their own mark.
  const end = /[.?!]$/.test(e.expected) ? '' : '.';
  return `${where}${field}${value}. Förväntat: ${e.expected}${end}`;
}

export function sortErrors(errors: ContentError[]): ContentError[] {
  return [...errors].sort((a, b) =>
    a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) || (a.field ?? '').localeCompare(b.field ?? '') : a.file < b.file ? -1 : 1,
  );
}
