// What a content folder holds, judged before a command writes over it: nothing
// yet, only the example generator's files, or a kommun's own content. The
// generator marks each YAML file it writes; anything unmarked, and a site.yaml
// with isExample: false, is someone's work and is not overwritten silently.
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { LOCK_FILE } from '../data/import-leftovers';
import { contentTypes } from '../schemas/registry';

/** In the comment at the top of every YAML file that npm run generate:example writes. */
export const EXAMPLE_FILE_MARK = 'skapad av scripts/generate-example-data.ts';

/**
 * CSV files cannot carry a comment: the example generator's own result files
 * (scripts/example-data/indicator-values.ts) and the files the imports wrote
 * from the example's saved Kolada answers and sheet are known by name.
 */
export const EXAMPLE_VALUE_FILE = /^(socialstyrelsen-[a-z-]+|skr-daglig-verksamhet|kvalitetsredovisningar|kolada-\d{4}-\d{4}|kalkylblad-\d{4})\.csv$/;

export type ContentFolderState =
  | { kind: 'missing' }
  /** The folder exists but holds no content file (a README or dot-files at most). */
  | { kind: 'empty' }
  /** Every content file was written by the example generator. */
  | { kind: 'example' }
  /** A kommun's own content, or files nobody can vouch for: each reason names one. */
  | { kind: 'kommun'; reasons: string[] };

/** The top comment of a YAML file: its first lines up to the first that is not a comment. */
function topComment(text: string): string {
  const lines: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.startsWith('#')) break;
    lines.push(line);
  }
  return lines.join('\n');
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

const isDir = (path: string) => {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** Content files under a registry path, relative to the content folder; dot-files left out as the loader does. */
function contentFilesAt(contentDir: string, path: string): string[] {
  const abs = join(contentDir, path);
  if (!existsSync(abs)) return [];
  if (!isDir(abs)) return [path];
  return readdirSync(abs)
    .filter((name) => !name.startsWith('.') && name !== 'README.md')
    .sort()
    .map((name) => `${path}/${name}`);
}

export function inspectContentFolder(contentDir: string): ContentFolderState {
  if (!existsSync(contentDir)) return { kind: 'missing' };
  const files = Object.values(contentTypes).flatMap((t) => contentFilesAt(contentDir, t.path));
  if (files.length === 0) return { kind: 'empty' };

  const reasons: string[] = [];
  const unmarked: string[] = [];
  for (const file of files) {
    const abs = join(contentDir, file);
    if (file === contentTypes.site.path) {
      const text = readText(abs) ?? '';
      let site: unknown;
      try {
        site = parse(text);
      } catch {
        site = undefined;
      }
      if (site === undefined || site === null || typeof site !== 'object') reasons.push(`${file} går inte att läsa, så ingen kan säga vems uppgifterna är`);
      else if ((site as { isExample?: unknown }).isExample !== true) reasons.push(`${file} har inte isExample: true, så det är en riktig kommuns uppgifter`);
      else if (!topComment(text).includes(EXAMPLE_FILE_MARK)) unmarked.push(file);
      continue;
    }
    if (file.endsWith('.csv')) {
      if (!EXAMPLE_VALUE_FILE.test(file.slice(file.lastIndexOf('/') + 1))) unmarked.push(file);
      continue;
    }
    const text = isDir(abs) ? undefined : readText(abs);
    if (text === undefined || !topComment(text).includes(EXAMPLE_FILE_MARK)) unmarked.push(file);
  }
  if (unmarked.length > 0) {
    const shown = unmarked.slice(0, 3).join(', ');
    const more = unmarked.length > 3 ? ` och ${unmarked.length - 3} filer till` : '';
    reasons.push(`${shown}${more} är inte skapade av npm run generate:example`);
  }
  return reasons.length ? { kind: 'kommun', reasons } : { kind: 'example' };
}

/** Whether an import is writing to the folder right now (or was stopped and left its lock). */
export function importLockIn(contentDir: string): string | undefined {
  const lock = join(contentDir, LOCK_FILE);
  return existsSync(lock) ? lock : undefined;
}
