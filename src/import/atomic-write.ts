// Writes a set of files so that either all of them land or none does: every
// file goes to a temp file beside its target first, and only when all are on
// disk are they renamed into place (a rename within a folder is atomic).
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface FileChange {
  path: string;
  /** New content; null removes the file. */
  content: string | Buffer | null;
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

export function writeAllOrNothing(changes: FileChange[]): void {
  const staged: { temp: string; target: string }[] = [];
  try {
    for (const c of changes) {
      if (c.content === null) continue;
      mkdirSync(dirname(c.path), { recursive: true });
      const temp = join(dirname(c.path), `.${basename(c.path)}.${process.pid}.tmp`);
      writeFileSync(temp, c.content);
      staged.push({ temp, target: c.path });
    }
  } catch (e) {
    for (const s of staged) rmSync(s.temp, { force: true });
    throw e;
  }
  for (const s of staged) renameSync(s.temp, s.target);
  for (const c of changes) if (c.content === null) rmSync(c.path, { force: true });
}
