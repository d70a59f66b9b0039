// Writes an import's files so that it lands whole or not at all. Every file is
// first written and fsynced into a staging folder inside content/ (same disk);
// a manifest renamed into place marks the set as complete; only then are the
// files renamed over their targets, and deletions come last. A kill before the
// manifest leaves the old state (the next import removes the staging folder);
// a kill after it is finished by the next import from the manifest (roll
// forward). Until then validate reports the folder, so nothing half-switched
// is published.
import { closeSync, existsSync, fsyncSync, mkdirSync, mkdtempSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { STAGING_PREFIX } from '../../../data/import-leftovers';
import { fileProblem, ImportWriteError } from '../import-errors';

export interface FileChange {
  path: string;
  /** New content; null removes the file. */
  content: string | Buffer | null;
}

/** What the staging folder will do when switched in; present only once every staged file is on disk. */
export const MANIFEST = 'manifest.json';

interface Manifest {
  /** Staged file name -> target relative to the content folder; target without file = delete. */
  entries: { file?: string; target: string }[];
}

/** Only the changes that alter something on disk. */
export function effectiveChanges(changes: FileChange[]): FileChange[] {
  return changes.filter((c) => {
    if (c.content === null) return existsSync(c.path);
    if (!existsSync(c.path)) return true;
    const now = readFileSync(c.path);
    return !now.equals(Buffer.isBuffer(c.content) ? c.content : Buffer.from(c.content, 'utf8'));
  });
}

function writeDurably(path: string, content: string | Buffer): void {
  const fd = openSync(path, 'wx');
  try {
    const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    let done = 0;
    while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename or creation in the folder durable; not every system can fsync a folder, and that is not an error. */
function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows and some network disks cannot open a folder for fsync.
  }
}

/**
 * A test hook: KVG_IMPORT_TEST_PAUSE="<step>:<ms>" (step "lagrade" or "bytte in")
 * pauses after every such step and says so on stderr, so a test can kill the import there.
 */
function testPause(step: string): void {
  const hook = /^(lagrade|bytte in):(\d+)$/.exec(process.env.KVG_IMPORT_TEST_PAUSE ?? '');
  if (!hook || !step.startsWith(hook[1])) return;
  process.stderr.write(`[testpaus] ${step}\n`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(hook[2]));
}

function targetInside(contentDir: string, path: string): string {
  const rel = relative(contentDir, resolve(path));
  if (!rel || rel.startsWith('..') || isAbsolute(rel))
    throw new ImportWriteError(`${path} ligger utanför innehållsmappen ${contentDir}; importen skriver bara där.`);
  return rel.split('\\').join('/');
}

/** Stages every change and switches them in together. */
export function writeAllOrNothing(contentDir: string, changes: FileChange[]): void {
  const manifest: Manifest = { entries: [] };
  const targets = changes.map((c) => ({ change: c, target: targetInside(contentDir, c.path) }));
  let staging: string;
  try {
    staging = mkdtempSync(join(contentDir, STAGING_PREFIX));
  } catch (e) {
    throw new ImportWriteError(`Kunde inte skriva i innehållsmappen (${fileProblem(e)}). Inget skrevs.`);
  }
  try {
    targets.forEach(({ change, target }, i) => {
      if (change.content === null) {
        manifest.entries.push({ target });
        return;
      }
      const file = String(i + 1).padStart(4, '0');
      writeDurably(join(staging, file), change.content);
      manifest.entries.push({ file, target });
      testPause(`lagrade ${target}`);
    });
    // Deletions last: a kill during the switch never leaves a target removed and its replacement unwritten.
    manifest.entries.sort((a, b) => Number(!a.file) - Number(!b.file));
    writeDurably(join(staging, `${MANIFEST}.tmp`), `${JSON.stringify(manifest, null, 2)}\n`);
    syncFolder(staging);
    renameSync(join(staging, `${MANIFEST}.tmp`), join(staging, MANIFEST));
    syncFolder(staging);
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    throw new ImportWriteError(`Kunde inte skriva de nya filerna (${fileProblem(e)}). Inget byttes in; innehållet är som förut.`);
  }
  try {
    switchIn(contentDir, staging);
  } catch (e) {
    throw new ImportWriteError(
      `Bytet av filer stoppades (${fileProblem(e)}). Innehållet kan vara halvt bytt: rätta felet och kör samma import igen, så slutförs bytet först. Till dess stoppar npm run validate publicering.`,
    );
  }
  switchedFiles += changes.length;
}

let switchedFiles = 0;

/** Files this process has switched in so far (for a message when it is stopped). */
export function filesSwitchedIn(): number {
  return switchedFiles;
}

/** Moves a complete staging folder's files over their targets, then removes what the manifest removes, then the folder. */
export function switchIn(contentDir: string, staging: string): number {
  const manifest = JSON.parse(readFileSync(join(staging, MANIFEST), 'utf8')) as Manifest;
  const touched = new Set<string>();
  let moved = 0;
  for (const entry of manifest.entries) {
    const target = join(contentDir, targetInside(contentDir, join(contentDir, entry.target)));
    if (entry.file) {
      const from = join(staging, entry.file);
      // Already moved by an earlier, interrupted switch.
      if (!existsSync(from)) continue;
      mkdirSync(dirname(target), { recursive: true });
      renameSync(from, target);
      moved++;
      testPause(`bytte in ${entry.target}`);
    } else {
      rmSync(target, { force: true });
    }
    touched.add(dirname(target));
  }
  for (const dir of touched) syncFolder(dir);
  rmSync(staging, { recursive: true, force: true });
  syncFolder(contentDir);
  return moved;
}
