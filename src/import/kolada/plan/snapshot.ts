// The dated snapshot of what Kolada answered: every response of an import,
// re-indented so a diff shows what changed, with an index of what was asked and
// when. An import can be re-run from it offline (--from). The date only moves
// when an answer changed, so a re-run on the same answers changes no file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileChange } from '../../shared/write/atomic-write';
import { endpointOfFile } from '../read/folder-source';
import type { RecordedResponse } from '../read/source';

export const SNAPSHOT_INDEX = 'index.json';

export interface SnapshotIndex {
  kommun: string;
  year: string;
  /** Kolada API address or the folder the answers were read from. */
  source: string;
  /** The day these answers were first fetched. */
  fetchedOn: string;
  files: { file: string; request: string }[];
}

export function snapshotDir(contentDir: string, kommun: string, year: string): string {
  return join(contentDir, 'snapshots', 'kolada', `${kommun}-${year}`);
}

function pretty(body: string): string {
  try {
    return `${JSON.stringify(JSON.parse(body), null, 2)}\n`;
  } catch {
    return body;
  }
}

export function planSnapshot(dir: string, recorded: RecordedResponse[], meta: { kommun: string; year: string; source: string; today: string }): FileChange[] {
  const seq = new Map<string, number>();
  const files = recorded.map((r) => {
    const n = (seq.get(r.endpoint) ?? 0) + 1;
    seq.set(r.endpoint, n);
    return { file: `${r.endpoint}-${String(n).padStart(2, '0')}.json`, request: r.request, content: pretty(r.body) };
  });
  const existing = existsSync(dir) ? readdirSync(dir).filter((n) => endpointOfFile(n)) : [];
  const unchanged = existing.length === files.length && files.every((f) => existing.includes(f.file) && readFileSync(join(dir, f.file), 'utf8') === f.content);
  let fetchedOn = meta.today;
  if (unchanged && existsSync(join(dir, SNAPSHOT_INDEX))) {
    try {
      fetchedOn = (JSON.parse(readFileSync(join(dir, SNAPSHOT_INDEX), 'utf8')) as SnapshotIndex).fetchedOn ?? meta.today;
    } catch {
      // A broken index is rewritten.
    }
  }
  const index: SnapshotIndex = {
    kommun: meta.kommun,
    year: meta.year,
    source: meta.source,
    fetchedOn,
    files: files.map(({ file, request }) => ({ file, request })),
  };
  const keep = new Set(files.map((f) => f.file));
  return [
    ...files.map((f) => ({ path: join(dir, f.file), content: f.content })),
    { path: join(dir, SNAPSHOT_INDEX), content: `${JSON.stringify(index, null, 2)}\n` },
    ...existing.filter((n) => !keep.has(n)).map((n) => ({ path: join(dir, n), content: null })),
  ];
}
