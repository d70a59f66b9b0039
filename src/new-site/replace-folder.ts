// Puts new content in place of a content folder so that a failure at any step
// leaves the old content as it was: the new files are written to a folder
// beside it and checked first, the old folder is copied to a dated backup,
// and only then are the two folders switched by renaming.
import { cpSync, existsSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';

/** Kept from the old folder in the new one: the documentation, not data. */
const CARRIED_OVER = ['README.md'];

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-12-02T173105", local time: sorts by time and is a valid file name everywhere. */
export function backupStamp(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
}

/** A backup folder name not yet taken: content-<stamp>, then -2, -3 ... */
function freeBackupPath(backupRoot: string, name: string, stamp: string): string {
  const base = join(backupRoot, `${name}-${stamp}`);
  let path = base;
  for (let i = 2; existsSync(path); i++) path = `${base}-${i}`;
  return path;
}

const isInside = (outer: string, inner: string) => {
  const r = relative(outer, inner);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
};

/**
 * Why a folder must not be replaced whole, or undefined. It must not hold the
 * folder the command runs from (content/ can be replaced, the project cannot),
 * nor look like a project.
 */
export function replaceProblem(target: string, cwd = process.cwd()): string | undefined {
  const abs = existsSync(target) ? realpathSync(target) : resolve(target);
  if (dirname(abs) === abs) return `${abs} är en hel disk, inte en innehållsmapp`;
  if (isInside(abs, realpathSync(cwd))) return `${abs} innehåller mappen du står i (${cwd}), så den är inte en innehållsmapp`;
  for (const name of ['package.json', '.git', 'node_modules', 'src'])
    if (existsSync(join(abs, name))) return `${abs} innehåller ${name} och ser ut som ett projekt, inte en innehållsmapp`;
  return undefined;
}

export interface Replaced {
  /** Where the old content was copied, when there was any. */
  backup?: string;
}

/**
 * Writes new content with `write` into a fresh folder beside target, then
 * replaces target with it. A non-empty old folder is first copied to
 * <backupRoot>/<name>-<stamp>/. Throws, with the old content in place, if
 * anything fails before the switch.
 */
export function replaceFolder(target: string, write: (dir: string) => void, options: { backupRoot: string; now: Date }): Replaced {
  const existing = existsSync(target);
  // A link to the content folder stays a link: the folder it points to is the one replaced.
  const abs = existing ? realpathSync(target) : resolve(target);
  const parent = dirname(abs);
  const name = basename(abs);
  mkdirSync(parent, { recursive: true });
  // mkdirSync, not mkdtemp: the folder gets the usual rights (mkdtemp makes it private to its owner).
  const staging = join(parent, `.${name}.new-site-${process.pid}-${options.now.getTime()}`);
  mkdirSync(staging);
  let backup: string | undefined;
  try {
    write(staging);
    for (const file of CARRIED_OVER) if (existing && existsSync(join(abs, file))) cpSync(join(abs, file), join(staging, file));
    if (existing && readdirSync(abs).length > 0) {
      backup = freeBackupPath(resolve(options.backupRoot), name, backupStamp(options.now));
      mkdirSync(dirname(backup), { recursive: true });
      cpSync(abs, backup, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true, errorOnExist: true, force: false });
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  if (!existing) {
    renameSync(staging, abs);
    return { backup };
  }
  // The switch: two renames in the same folder. If the second fails, the first is undone.
  const old = `${staging}.old`;
  try {
    renameSync(abs, old);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  try {
    renameSync(staging, abs);
  } catch (error) {
    renameSync(old, abs);
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
  return { backup };
}
