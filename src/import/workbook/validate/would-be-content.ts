// The same check as npm run validate, on the content as it would be after the
// import: a copy of the content folder with the planned files in it, read by
// the one loader (schemas, cross-references, the personnummer gate). Each
// problem is traced to the record it is in, so it can be named by sheet and row.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq } from 'yaml';
import type { ContentError } from '../../../data/content-error';
import { loadContent } from '../../../data/load-content';
import { readCsvFile } from '../../../data/read-files';
import { contentTypes } from '../../../schemas/registry';
import { valueKey } from '../../shared/plan/value-outcomes';
import type { FileChange } from '../../shared/write/atomic-write';
import type { IndicatorValue } from '../../../schemas/indicator-value';
import { kindOfFile } from '../plan/plan-files';
import type { WorkbookKind } from '../sheets';

export interface LocatedError {
  error: ContentError;
  /** The record the problem is in, when it is a record the workbook holds. */
  kind?: WorkbookKind;
  key?: string;
  /** The field inside that record ("contact.phone"), without a list file's "[3]." before it. */
  field?: string;
}

function workbookKind(file: string): WorkbookKind | undefined {
  try {
    return kindOfFile(file);
  } catch {
    return undefined;
  }
}

/** The id of the list item that holds a line of a YAML list file. */
function listItemAt(text: string, line: number): string | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (!isSeq(doc.contents)) return undefined;
  let found: string | undefined;
  for (const item of doc.contents.items) {
    const start = (item as { range?: [number, number, number] }).range?.[0];
    if (start === undefined || lineCounter.linePos(start).line > line) break;
    const id = isMap(item) ? item.get('id') : undefined;
    found = typeof id === 'string' ? id : undefined;
  }
  return found;
}

function locate(error: ContentError, root: string): LocatedError {
  const kind = workbookKind(error.file);
  if (!kind) return { error };
  const { layout } = contentTypes[kind];
  const abs = join(root, error.file);
  if (layout === 'one-per-file') return { error, kind, key: basename(error.file).replace(/\.ya?ml$/, ''), field: error.field };
  if (error.line === undefined) return { error };
  if (layout === 'rows') {
    const rows = readCsvFile(abs, error.file, contentTypes.indicatorValues.columns ?? []);
    const row = rows.find((r) => 'record' in r && r.line === error.line);
    return row && 'record' in row ? { error, kind, key: valueKey(row.record as unknown as IndicatorValue), field: error.field } : { error };
  }
  const key = listItemAt(readFileSync(abs, 'utf8'), error.line);
  return key ? { error, kind, key, field: error.field?.replace(/^\[\d+\]\.?/, '') || undefined } : { error };
}

/** Every problem validation finds in the content as it would be; an empty list means the import may write. */
export function checkWouldBeContent(contentDir: string, changes: FileChange[]): LocatedError[] {
  const root = mkdtempSync(join(tmpdir(), 'kvg-arbetsbok-'));
  try {
    // Not the lock, staging folders or other hidden files: the loader would call them leftovers of an import.
    cpSync(contentDir, root, { recursive: true, verbatimSymlinks: true, filter: (src) => src === contentDir || !basename(src).startsWith('.') });
    for (const change of changes) {
      const target = join(root, relative(contentDir, change.path));
      if (change.content === null) rmSync(target, { force: true });
      else {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, change.content);
      }
    }
    const loaded = loadContent(root, root);
    return loaded.ok ? [] : loaded.errors.map((e) => locate(e, root));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
