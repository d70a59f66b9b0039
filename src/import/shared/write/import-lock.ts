// One import at a time per content folder: content/.import.lock is created with
// O_EXCL and names the process, command, user and start time. A second import
// stops and says who holds the lock and since when; a lock left by a process
// that is no longer alive is taken over, with a message. The lock goes away on
// every way out: done, error, process exit, and Ctrl+C or kill via the scripts'
// signal handlers (releaseHeldLocks).
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { join, relative } from 'node:path';
import { describeLock, LOCK_FILE, readLockInfo, type LockInfo } from '../../../data/import-leftovers';
import { filesSwitchedIn } from './atomic-write';
import { recoverLeftovers } from './recover-leftovers';

export class ImportLockedError extends Error {}

export interface HeldLock {
  path: string;
  info: LockInfo;
  release: () => void;
}

const held = new Set<HeldLock>();

/** A lock file nobody could have finished writing for this long is not being written. */
const UNREADABLE_LOCK_GRACE_MS = 10_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function currentUser(): string | undefined {
  try {
    return userInfo().username;
  } catch {
    return undefined;
  }
}

function tryCreate(path: string, info: LockInfo): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
  try {
    writeSync(fd, `${JSON.stringify(info)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Whether a lock on disk was left by a process that is gone (so it may be taken over). */
function isStale(path: string, info: LockInfo | undefined): boolean {
  if (!info) {
    try {
      return Date.now() - statSync(path).mtimeMs > UNREADABLE_LOCK_GRACE_MS;
    } catch {
      return true;
    }
  }
  // Another computer's process cannot be checked from here (a shared network folder): assume it runs.
  if (info.host && info.host !== hostname()) return false;
  return !alive(info.pid);
}

export function acquireImportLock(contentDir: string, command: string, say: (line: string) => void = () => {}): HeldLock {
  const path = join(contentDir, LOCK_FILE);
  const shown = relative(process.cwd(), path) || path;
  if (!existsSync(contentDir)) throw new ImportLockedError(`Innehållsmappen ${contentDir} finns inte. Ange rätt mapp med --content.`);
  const info: LockInfo = { pid: process.pid, command, user: currentUser(), host: hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    if (tryCreate(path, info)) {
      const lock: HeldLock = {
        path,
        info,
        release() {
          if (!held.delete(lock)) return;
          process.off('exit', onExit);
          // Only our own lock: if someone removed ours and took theirs, theirs stays.
          const now = readLockInfo(path);
          if (now && now.pid === info.pid && now.startedAt === info.startedAt) rmSync(path, { force: true });
        },
      };
      const onExit = () => lock.release();
      process.on('exit', onExit);
      held.add(lock);
      return lock;
    }
    const other = readLockInfo(path);
    if (attempt > 0 || !isStale(path, other))
      throw new ImportLockedError(
        `En annan import pågår redan i samma innehållsmapp: ${describeLock(other)}. Inget skrevs. Vänta tills den är klar och kör sedan igen. Om ingen import körs (datorn startades om eller importen stängdes), ta bort filen ${shown} och kör igen.`,
      );
    say(`Tar över låset ${shown} från en import som inte körs längre: ${describeLock(other)}.`);
    // Move it aside first: of two imports taking over at once, only one can rename it.
    const aside = `${path}.${process.pid}.stale`;
    try {
      renameSync(path, aside);
      const moved = readLockInfo(aside);
      // Another import took over in between: its live lock goes back.
      if (moved && other && (moved.pid !== other.pid || moved.startedAt !== other.startedAt) && !existsSync(path)) renameSync(aside, path);
      else rmSync(aside, { force: true });
    } catch {
      // The other import got there first; the next attempt finds its live lock.
    }
  }
  throw new ImportLockedError(`Kunde inte ta låset ${shown}. Kör importen igen.`);
}

/** Releases every lock this process holds (for signal handlers, before the process exits). */
export function releaseHeldLocks(): number {
  const n = held.size;
  for (const lock of [...held]) lock.release();
  return n;
}

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/**
 * For the import scripts: Ctrl+C, kill or a closed terminal releases the lock and
 * says what state content/ is in. Files are staged and switched in without
 * yielding to the event loop, so a signal lands either before anything was
 * switched in or after all of it.
 */
export function stopCleanlyOnSignals(print: (line: string) => void): void {
  for (const [signal, code] of Object.entries(SIGNAL_EXIT_CODES)) {
    process.once(signal, () => {
      releaseHeldLocks();
      const how = signal === 'SIGINT' ? 'Ctrl+C' : `signalen ${signal}`;
      print(
        filesSwitchedIn() > 0
          ? `Importen stoppades (${how}) efter att de nya filerna bytts in. Låset är släppt.`
          : `Importen stoppades (${how}). Inget skrevs, och låset är släppt.`,
      );
      process.exit(code);
    });
  }
}

/**
 * Runs an import with the content folder locked, after finishing or removing
 * what an interrupted import left. A dry run takes no lock and changes nothing.
 */
export async function withImportLock<T>(
  contentDir: string,
  options: { command: string; dryRun: boolean; say?: (line: string) => void },
  work: () => Promise<T>,
): Promise<T> {
  if (options.dryRun) return work();
  const lock = acquireImportLock(contentDir, options.command, options.say);
  try {
    recoverLeftovers(contentDir, options.say ?? (() => {}));
    return await work();
  } finally {
    lock.release();
  }
}
