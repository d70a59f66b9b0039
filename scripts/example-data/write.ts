// Writes the example content as files people can read and edit: YAML with long texts as
// folded blocks, CSV with semicolons. Checks every file parses back to the same data.
import { EXAMPLE_FILE_MARK } from '../../src/cli/content-guard';
import { contentTypes } from '../../src/schemas/registry';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Document, parse, type Scalar } from 'yaml';
import { CONTENT_YAML_OPTIONS, styleContentScalars } from '../../src/import/shared/write/content-yaml';
import { assertNoPersonalNumbers } from './identity';

// The mark tells npm run new-site and this generator that a file is the example's, not a kommun's.
export const GENERATED_NOTE = `Exempeldata för den påhittade Exempelkommun, ${EXAMPLE_FILE_MARK}\n(npm run generate:example). Skriptet skriver över filen nästa gång det körs.`;

/** Folders and files in content/ that the generator owns and rewrites; nothing else is touched. */
export const OWNED_PATHS = Object.values(contentTypes).map((t) => t.path);

/** Files the importers write (npm run import:kolada, import:sheet): kept, as the import's result. */
const IMPORTED_VALUES = /^(kolada|kalkylblad)-.*\.csv$/;

export function clearOwnedPaths(contentDir: string): void {
  for (const path of OWNED_PATHS) {
    const abs = join(contentDir, path);
    if (path === contentTypes.indicatorValues.path && existsSync(abs)) {
      for (const name of readdirSync(abs)) if (!IMPORTED_VALUES.test(name)) rmSync(join(abs, name), { recursive: true, force: true });
      continue;
    }
    rmSync(abs, { recursive: true, force: true });
  }
}

function writeText(path: string, text: string): void {
  assertNoPersonalNumbers(path, text);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, 'utf8');
}

/** Drops undefined fields so they are neither written nor compared. */
function plain<T>(data: T): T {
  return JSON.parse(JSON.stringify(data)) as T;
}

/** Comments to put above given top-level keys, e.g. why the kommunkod is borrowed. */
export type KeyComments = Record<string, string>;

export function writeYaml(path: string, data: unknown, keyComments: KeyComments = {}): void {
  const clean = plain(data);
  const doc = new Document(clean);
  doc.commentBefore = ` ${GENERATED_NOTE.replaceAll('\n', '\n ')}`;
  styleContentScalars(doc);
  for (const [key, comment] of Object.entries(keyComments)) {
    const pair = (doc.contents as { items?: { key: Scalar }[] }).items?.find((p) => p.key.value === key);
    if (!pair) throw new Error(`${path}: no key ${key} for comment`);
    pair.key.commentBefore = ` ${comment.replaceAll('\n', '\n ')}`;
  }
  const text = doc.toString(CONTENT_YAML_OPTIONS);
  if (!isDeepStrictEqual(parse(text), clean)) throw new Error(`${path}: the YAML does not read back as the same data`);
  writeText(path, text);
}

function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  return /[;"\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function writeCsv(path: string, columns: readonly string[], rows: object[]): void {
  const cell = (row: object, column: string) => csvCell((row as Record<string, unknown>)[column]);
  const lines = [columns.join(';'), ...rows.map((row) => columns.map((c) => cell(row, c)).join(';'))];
  writeText(path, `${lines.join('\n')}\n`);
}
