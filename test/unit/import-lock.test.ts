// One import at a time: content/.import.lock names who holds it and since when;
// a second import stops and writes nothing, a dead process's lock is taken
// over, and the lock goes away on success, on errors and on Ctrl+C.
import { spawnSync } from 'node:child_process';
import { existsSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFolderSource } from '../../src/import/kolada/read/folder-source';
import { runKoladaImport, type KoladaImportOptions } from '../../src/import/kolada/run-import';
import { runSheetImport } from '../../src/import/sheet/run-import';
import { copyValidContent } from './support/content-fixture';
import { folderSnapshot } from './support/folder-snapshot';
import { startScript } from './support/import-process';
import { koladaContent } from './support/kolada-content';
import { SHARED_KOLADA, startKoladaServer, type KoladaServer } from './support/kolada-server';
import { ROOT, runScript } from './support/run-script';

let server: KoladaServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const run = (content: string, over: Partial<KoladaImportOptions> = {}) =>
  runKoladaImport({
    contentDir: content,
    kommun: '0182',
    year: '2024',
    dryRun: false,
    today: '2026-11-30',
    source: createFolderSource(SHARED_KOLADA),
    ...over,
  });

/** A process id that belonged to a process which has ended. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

const lockOf = (pid: number) =>
  JSON.stringify({ pid, command: 'npm run import:sheet -- enkat.xlsx --kind survey', user: 'anna', startedAt: '2026-12-01T08:15:00.000Z' });

describe('the import lock', () => {
  it('a second import while one holds the lock stops, names who holds it and since when, and writes nothing', async () => {
    const c = koladaContent();
    // The lock of a live process (this test's parent).
    c.write('.import.lock', lockOf(process.ppid));
    const before = folderSnapshot(c.content);
    await expect(run(c.content)).rejects.toThrow(
      `En annan import pågår redan i samma innehållsmapp: "npm run import:sheet -- enkat.xlsx --kind survey" (process ${process.ppid}, användare anna, startad 2026-12-01 08:15 UTC). Inget skrevs. Vänta tills den är klar och kör sedan igen.`,
    );
    await expect(
      runSheetImport({
        contentDir: c.content,
        file: join(ROOT, 'test/fixtures/sheets/enkat-2024-utf8-bom.csv'),
        kind: 'survey',
        dryRun: false,
        today: '2026-11-30',
      }),
    ).rejects.toThrow('En annan import pågår redan');
    expect(folderSnapshot(c.content)).toEqual(before);
  });

  it('the script exits 1 with the message on stderr', () => {
    const c = koladaContent();
    c.write('.import.lock', lockOf(process.ppid));
    const before = folderSnapshot(c.content);
    const r = runScript('import-kolada', c.root, '--kommun', '0182', '--year', '2024', '--from', SHARED_KOLADA, '--content', 'content');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `En annan import pågår redan i samma innehållsmapp: "npm run import:sheet -- enkat.xlsx --kind survey" (process ${process.ppid}`,
    );
    expect(r.stderr).toContain('ta bort filen content/.import.lock och kör igen.');
    expect(folderSnapshot(c.content)).toEqual(before);
  });

  it('two imports started together: one runs, the other stops', async () => {
    const c = koladaContent();
    const results = await Promise.allSettled([run(c.content), run(c.content)]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(String(refused.reason.message)).toMatch(/^En annan import pågår redan i samma innehållsmapp: "npm run import:kolada" \(process \d+/);
    expect(existsSync(c.path('.import.lock'))).toBe(false);
  });

  it('a sheet import started while a Kolada import is writing stops with the message; the first one lands whole', async () => {
    const c = koladaContent();
    const first = startScript(
      'import-kolada',
      c.root,
      ['--kommun', '0182', '--year', '2024', '--from', SHARED_KOLADA, '--content', 'content', '--date', '2026-11-30'],
      {
        KVG_IMPORT_TEST_PAUSE: 'lagrade:1500',
      },
    );
    await first.waitFor('[testpaus] lagrade');
    const second = runScript('import-sheet', c.root, join(ROOT, 'test/fixtures/sheets/enkat-2024-utf8-bom.csv'), '--kind', 'survey', '--content', 'content');
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(
      /^En annan import pågår redan i samma innehållsmapp: "npm run import:kolada -- --kommun 0182 --year 2024 .*" \(process \d+, .*startad \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\)\. Inget skrevs\./m,
    );
    const end = await first.exited;
    expect(end.code, end.stderr).toBe(0);
    expect(existsSync(c.path('indicator-values/kalkylblad-2024.csv'))).toBe(false);
    expect(c.read('indicator-values/kolada-0182-2024.csv')).toContain('nojdhet-helhet;provider;egen-regi;2024');
    expect(existsSync(c.path('.import.lock'))).toBe(false);
  }, 90_000);

  it('takes over the lock of a process that no longer runs, and says so', async () => {
    const c = koladaContent();
    const pid = deadPid();
    c.write('.import.lock', lockOf(pid));
    const said: string[] = [];
    const report = await run(c.content, { progress: (l) => said.push(l) });
    expect(report.written).toBe(true);
    expect(said.join('\n')).toContain(`Tar över låset`);
    expect(said.join('\n')).toContain(
      `från en import som inte körs längre: "npm run import:sheet -- enkat.xlsx --kind survey" (process ${pid}, användare anna, startad 2026-12-01 08:15 UTC).`,
    );
    expect(existsSync(c.path('.import.lock'))).toBe(false);
  });

  it('releases the lock after an error', async () => {
    const c = koladaContent();
    await expect(run(c.content, { kommun: '0180' })).rejects.toThrow('Webbplatsens kommunkod är 0182');
    expect(existsSync(c.path('.import.lock'))).toBe(false);
    const sheet = copyValidContent();
    await expect(
      runSheetImport({ contentDir: sheet.content, file: join(ROOT, 'test/fixtures/sheets/make-xlsx.ts'), kind: 'survey', dryRun: false, today: '2026-11-30' }),
    ).rejects.toThrow('kan inte läsas');
    expect(existsSync(sheet.path('.import.lock'))).toBe(false);
  });

  it('takes no lock in a dry run', async () => {
    const c = koladaContent();
    c.write('.import.lock', lockOf(process.ppid));
    // The dry run reads, and says the content is locked (the lock is a content error while it is there).
    await expect(run(c.content, { dryRun: true })).rejects.toThrow('Innehållet har 1 fel');
    expect(c.read('.import.lock')).toBe(lockOf(process.ppid));
  });

  it('Ctrl+C while fetching releases the lock, says nothing was written and exits 130', async () => {
    server = await startKoladaServer({ hang: 'ou' });
    const c = koladaContent();
    const before = folderSnapshot(c.content);
    const script = startScript('import-kolada', c.root, ['--kommun', '0182', '--year', '2024', '--api', server.api, '--content', 'content', '--timeout', '60']);
    await script.waitFor('Hämtar kommunens enheter');
    expect(existsSync(c.path('.import.lock'))).toBe(true);
    script.child.kill('SIGINT');
    const end = await script.exited;
    expect(end.code).toBe(130);
    expect(end.stderr).toContain('Importen stoppades (Ctrl+C). Inget skrevs, och låset är släppt.');
    expect(existsSync(c.path('.import.lock'))).toBe(false);
    expect(folderSnapshot(c.content)).toEqual(before);
  }, 60_000);

  it('a lock with unreadable content from a live writer is respected; an old one is taken over', async () => {
    const c = koladaContent();
    c.write('.import.lock', '');
    await expect(run(c.content)).rejects.toThrow('En annan import pågår redan i samma innehållsmapp: en import (låsfilen går inte att läsa).');
    const old = new Date(Date.now() - 60_000);
    utimesSync(c.path('.import.lock'), old, old);
    const report = await run(c.content);
    expect(report.written).toBe(true);
    expect(existsSync(c.path('.import.lock'))).toBe(false);
  });
});
