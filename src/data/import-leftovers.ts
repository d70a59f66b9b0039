// What an import leaves in content/ while it runs or after it was stopped: its
// lock, a staging folder and (from older versions) hidden temp files. Validation
// reports them as errors instead of skipping them like other dot-files: a
// staging folder with a manifest means files were being switched in, so the
// content may be half old and half new and must not be published like that.
import { existsSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type { ContentError } from './content-error';

export const LOCK_FILE = '.import.lock';
export const STAGING_PREFIX = '.import-staging-';
/** Staged files of the earlier writer: ".<name>.<pid>.tmp" beside the target. */
const OLD_TEMP_FILE = /^\..+\.\d+\.tmp$/;

export interface LockInfo {
  pid: number;
  command: string;
  user?: string;
  host?: string;
  /** ISO time the import started. */
  startedAt: string;
}

export interface ImportLeftover {
  kind: 'lock' | 'staging-complete' | 'staging-incomplete' | 'temp-file';
  /** Absolute path. */
  path: string;
  lock?: LockInfo;
}

/** The lock's content, or undefined when it cannot be read (empty, cut off, not JSON). */
export function readLockInfo(path: string): LockInfo | undefined {
  try {
    const info = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockInfo>;
    if (typeof info.pid !== 'number' || typeof info.startedAt !== 'string') return undefined;
    return { pid: info.pid, command: String(info.command ?? 'import'), user: info.user, host: info.host, startedAt: info.startedAt };
  } catch {
    return undefined;
  }
}

/** "2026-12-02 03:40 UTC": when a lock was taken, in words a person can compare with the clock. */
export function lockTime(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(iso) ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : iso;
}

/** Who holds a lock, for messages: command, process, user and start time. */
export function describeLock(info: LockInfo | undefined): string {
  if (!info) return 'en import (låsfilen går inte att läsa)';
  const who = [`process ${info.pid}`, info.user ? `användare ${info.user}` : '', info.host ? `dator ${info.host}` : ''].filter(Boolean).join(', ');
  return `"${info.command}" (${who}, startad ${lockTime(info.startedAt)})`;
}

function entries(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

export function findImportLeftovers(contentDir: string): ImportLeftover[] {
  if (!existsSync(contentDir)) return [];
  const out: ImportLeftover[] = [];
  for (const e of entries(contentDir)) {
    const path = join(contentDir, e.name);
    if (e.name === LOCK_FILE) out.push({ kind: 'lock', path, lock: readLockInfo(path) });
    else if (e.name.startsWith(STAGING_PREFIX))
      out.push({ kind: e.isDirectory() && existsSync(join(path, 'manifest.json')) ? 'staging-complete' : 'staging-incomplete', path });
  }
  const walk = (dir: string, depth: number) => {
    for (const e of entries(dir)) {
      const path = join(dir, e.name);
      if (e.isFile() && OLD_TEMP_FILE.test(e.name)) out.push({ kind: 'temp-file', path });
      else if (e.isDirectory() && !e.name.startsWith(STAGING_PREFIX) && depth < 6) walk(path, depth + 1);
    }
  };
  walk(contentDir, 0);
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

const EXPECTED: Record<ImportLeftover['kind'], (l: ImportLeftover) => string> = {
  lock: (l) =>
    `ingen import som pågår. ${describeLock(l.lock)} håller låset. Vänta tills importen är klar och kontrollera sedan igen; om ingen import körs längre, kör importen igen (den tar över låset) eller ta bort filen`,
  'staging-complete': () =>
    'inga rester av en avbruten import. En import stoppades mitt i bytet av filer, så innehållet kan vara en blandning av gammalt och nytt. Kör samma import igen: den slutför först bytet och publicerar inget halvt',
  'staging-incomplete': () =>
    'inga rester av en avbruten import. En import stoppades innan den bytte in några filer, så innehållet är oförändrat. Kör importen igen (den tar bort mappen) eller ta bort mappen',
  'temp-file': () => 'inga tillfälliga filer från en avbruten import. Kör importen igen (den tar bort filen) eller ta bort filen',
};

/**
 * The leftovers as content errors, with paths relative to the project. The lock
 * of the calling process itself is not one: an import validates the content it holds locked.
 */
export function importLeftoverErrors(contentDir: string, rel: (abs: string) => string): ContentError[] {
  return findImportLeftovers(contentDir)
    .filter((l) => !(l.kind === 'lock' && l.lock?.pid === process.pid))
    .map((l) => ({ file: rel(l.path), expected: EXPECTED[l.kind](l) }));
}
