// Reads content files as they are written: YAML with line numbers, CSV with
// row numbers. Refuses what a person cannot have meant (huge files, broken
// encoding, duplicate keys) with one clear error per file.
import { formatNumber } from '../lib/locale/format';
import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { relative, isAbsolute } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { normaliseText } from '../lib/safe-text/text';
import type { ContentError } from './content-error';

/** Far above any real kommun's file; stops a stray export from stalling the build. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface YamlFile {
  data: unknown;
  lineOf: (path: PropertyKey[]) => number | undefined;
}

export interface CsvRow {
  /** Line of the row in the file; the header is line 1. */
  line: number;
  record: Record<string, string>;
}

/** Why a file system call failed, for kommun staff; never the contents of anything. */
function accessProblem(e: unknown, kind: PathKind): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM')
    return `${kind === 'dir' ? 'en mapp' : 'en fil'} som går att läsa. Den saknar läsbehörighet: kontrollera rättigheterna`;
  if (code === 'EISDIR') return 'en fil, men det här är en mapp. Byt namn på mappen eller flytta det den innehåller';
  if (code === 'ENOTDIR') return 'en mapp, men det här är en fil';
  if (code === 'ENOENT') return `${kind === 'dir' ? 'en mapp' : 'en fil'} som finns`;
  if (code === 'ELOOP') return `${kind === 'dir' ? 'en mapp' : 'en fil'}, men det här är en genväg (symbolisk länk) som pekar på sig själv`;
  return `${kind === 'dir' ? 'en mapp' : 'en fil'} som går att läsa (${code ?? 'okänt fel'})`;
}

export type PathKind = 'file' | 'dir';

const isInside = (root: string, path: string) => {
  const r = relative(root, path);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
};

/**
 * Whether a path in the content folder can be read as a file or a folder. A
 * symbolic link is followed only when it points inside the content folder
 * (rootReal, already resolved): a link out of it is reported, never read, so no
 * system file can end up on the site or in an error message.
 */
export function checkContentPath(absPath: string, file: string, kind: PathKind, rootReal: string): ContentError | undefined {
  const what = kind === 'dir' ? 'en mapp' : 'en fil';
  try {
    if (lstatSync(absPath).isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(absPath);
      } catch {
        return { file, expected: `${what} som finns. Det här är en genväg (symbolisk länk) som pekar på något som inte finns` };
      }
      if (!isInside(rootReal, target))
        return {
          file,
          expected: `${what} i innehållsmappen. Det här är en genväg (symbolisk länk) till något utanför innehållsmappen, och den följs inte. Kopiera in ${kind === 'dir' ? 'mappen' : 'filen'} i stället`,
        };
    }
    const stat = statSync(absPath);
    if (kind === 'file' && stat.isDirectory()) return { file, expected: 'en fil, men det här är en mapp. Byt namn på mappen eller flytta det den innehåller' };
    if (kind === 'dir' && !stat.isDirectory()) return { file, expected: 'en mapp, men det här är en fil' };
    if (kind === 'file' && !stat.isFile()) return { file, expected: 'en vanlig fil (det här är varken en fil eller en mapp)' };
  } catch (e) {
    return { file, expected: accessProblem(e, kind) };
  }
  return undefined;
}

function readText(absPath: string, file: string): { text?: string; error?: ContentError } {
  try {
    return readCheckedText(absPath, file);
  } catch (e) {
    return { error: { file, expected: accessProblem(e, 'file') } };
  }
}

function readCheckedText(absPath: string, file: string): { text?: string; error?: ContentError } {
  const size = statSync(absPath).size;
  if (size > MAX_FILE_BYTES) {
    // Rounded up and with a decimal comma: a file just over the limit must not read "5,0 MB" next to "högst 5 MB".
    const megabytes = formatNumber(Math.ceil((size / 1024 / 1024) * 10) / 10, 1, 1);
    return {
      error: {
        file,
        expected: `en fil på högst ${MAX_FILE_BYTES / 1024 / 1024} MB (filen är ${megabytes} MB). Dela upp den eller kontrollera att det är rätt fil`,
      },
    };
  }
  const bytes = readFileSync(absPath);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, '') };
  } catch {
    return { error: { file, expected: 'en fil sparad som UTF-8. Spara om filen med teckenkodning UTF-8 (i Excel: "CSV UTF-8")' } };
  }
}

export function readYamlFile(absPath: string, file: string): YamlFile | ContentError {
  const { text, error } = readText(absPath, file);
  if (error) return error;
  const lineCounter = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text!, { lineCounter, uniqueKeys: true, prettyErrors: false });
  } catch (e) {
    return {
      file,
      expected: `giltig YAML (${String((e as Error).message)
        .split('\n')[0]
        .slice(0, 120)}). Kontrollera indrag, kolon och citattecken`,
    };
  }
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    const line = lineCounter.linePos(first.pos[0]).line;
    const duplicate = first.code === 'DUPLICATE_KEY';
    // The error points at the repeated key; name it so the reader knows which field to remove.
    const key = duplicate ? /^["']?([^"':\n]+?)["']?\s*:/.exec(text!.slice(first.pos[0]))?.[1] : undefined;
    return {
      file,
      line,
      expected: duplicate
        ? `varje fält bara en gång i samma del av filen (${key ? `fältet ${key}` : 'samma nyckel'} står två gånger)`
        : `giltig YAML (${first.message.split('\n')[0]}). Kontrollera indrag, kolon och citattecken`,
    };
  }
  const lineOf = (path: PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as (string | number)[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  try {
    return { data: doc.toJS({ maxAliasCount: 100 }), lineOf };
  } catch (e) {
    return aliasError(e, file, text!, lineCounter);
  }
}

/** toJS refuses an alias with no anchor before it, and aliases that expand into a huge document. */
function aliasError(e: unknown, file: string, text: string, lineCounter: LineCounter): ContentError {
  const message = String((e as Error)?.message ?? e);
  const unresolved = /Unresolved alias.*?: (\S+)/.exec(normaliseText(message));
  if (unresolved) {
    const at = text.search(new RegExp(`\\*${unresolved[1].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`));
    return {
      file,
      line: at >= 0 ? lineCounter.linePos(at).line : undefined,
      expected: `ett ankare (&${unresolved[1]}) före hänvisningen *${unresolved[1]}. Hänvisningen står före ankaret eller så finns inget sådant ankare`,
    };
  }
  if (/alias count|resource exhaustion/i.test(message))
    return {
      file,
      expected:
        'en fil utan så många hänvisningar (*namn) till ankare (&namn): filen skulle bli orimligt stor. Skriv ut uppgifterna i stället för att hänvisa till dem',
    };
  return { file, expected: `giltig YAML (${message.split('\n')[0].slice(0, 120)}). Kontrollera indrag, kolon och citattecken` };
}

export function readCsvFile(absPath: string, file: string, columns: readonly string[]): CsvRow[] | ContentError[] {
  const { text, error } = readText(absPath, file);
  if (error) return [error];
  const firstLine = text!.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.split(';').length >= firstLine.split(',').length ? ';' : ',';
  let rows: string[][];
  try {
    rows = parseCsv(text!, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (e) {
    const err = e as { lines?: number; message: string };
    return [{ file, line: err.lines, expected: `en CSV-fil med ${delimiter === ';' ? 'semikolon' : 'komma'} mellan kolumnerna (${err.message})` }];
  }
  if (rows.length === 0) return [{ file, expected: `en rubrikrad med kolumnerna ${columns.join(delimiter)}` }];
  const header = rows[0].map((h) => h.trim());
  const errors: ContentError[] = [];
  const missing = columns.filter((c) => !header.includes(c));
  const unknown = header.filter((h) => !columns.includes(h));
  if (missing.length)
    errors.push({
      file,
      line: 1,
      field: missing.join(', '),
      expected: `rubrikraden ska ha kolumnerna ${columns.join(delimiter)} (saknas: ${missing.join(', ')})`,
    });
  if (unknown.length)
    errors.push({ file, line: 1, field: unknown.join(', '), value: unknown.join(delimiter), expected: `bara kända kolumner: ${columns.join(delimiter)}` });
  if (errors.length) return errors;
  const out: CsvRow[] = [];
  // skip_empty_lines renumbers rows, so count physical lines to report real row numbers.
  const physical = physicalLineNumbers(text!);
  rows.slice(1).forEach((cells, i) => {
    const line = physical[i + 1] ?? i + 2;
    if (cells.length !== header.length) {
      errors.push({
        file,
        line,
        value: cells.join(delimiter),
        expected: `${header.length} kolumner på raden (fick ${cells.length}). Är raden avklippt eller har ett fält ett extra ${delimiter}?`,
      });
      return;
    }
    out.push({ line, record: Object.fromEntries(header.map((h, j) => [h, cells[j]])) });
  });
  return errors.length ? errors : out;
}

/** Line number of each non-empty record start (ignores newlines inside quotes). */
function physicalLineNumbers(text: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let inQuotes = false;
  let recordHasContent = false;
  let recordStart = 1;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (ch === undefined || (!inQuotes && ch === '\n')) {
      if (recordHasContent) starts.push(recordStart);
      recordHasContent = false;
      line++;
      recordStart = line;
      continue;
    }
    if (ch === '"') inQuotes = !inQuotes;
    if (ch === '\n') line++;
    if (ch.trim()) recordHasContent = true;
  }
  return starts;
}
