// Validation reports what a running or stopped import leaves in content/, instead
// of skipping it like other dot-files: a half-switched state must not be published.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/data/load-content';
import { runSheetImport } from '../../src/import/sheet/run-import';
import { copyValidContent } from './support/content-fixture';
import { folderSnapshot } from './support/folder-snapshot';
import { ROOT } from './support/run-script';

const LOCK = (pid: number) =>
  JSON.stringify({ pid, command: 'npm run import:kolada -- --kommun 0999 --year 2024', user: 'anna', startedAt: '2026-12-01T08:15:00.000Z' });

describe('import leftovers in content/', () => {
  it.each([
    [
      'a lock',
      (dir: string) => writeFileSync(join(dir, '.import.lock'), LOCK(process.ppid)),
      `content/.import.lock. Förväntat: ingen import som pågår. "npm run import:kolada -- --kommun 0999 --year 2024" (process ${process.ppid}, användare anna, startad 2026-12-01 08:15 UTC) håller låset. Vänta tills importen är klar och kontrollera sedan igen; om ingen import körs längre, kör importen igen (den tar över låset) eller ta bort filen.`,
    ],
    [
      'a staging folder with a manifest (stopped mid-switch)',
      (dir: string) => {
        mkdirSync(join(dir, '.import-staging-x1'));
        writeFileSync(join(dir, '.import-staging-x1', 'manifest.json'), '{"entries":[]}');
      },
      'content/.import-staging-x1. Förväntat: inga rester av en avbruten import. En import stoppades mitt i bytet av filer, så innehållet kan vara en blandning av gammalt och nytt. Kör samma import igen: den slutför först bytet och publicerar inget halvt.',
    ],
    [
      'a staging folder without a manifest',
      (dir: string) => mkdirSync(join(dir, '.import-staging-x2')),
      'content/.import-staging-x2. Förväntat: inga rester av en avbruten import. En import stoppades innan den bytte in några filer, så innehållet är oförändrat. Kör importen igen (den tar bort mappen) eller ta bort mappen.',
    ],
    [
      'a hidden temp file of the earlier writer',
      (dir: string) => writeFileSync(join(dir, 'indicator-values', '.values.csv.123.tmp'), 'x'),
      'content/indicator-values/.values.csv.123.tmp. Förväntat: inga tillfälliga filer från en avbruten import. Kör importen igen (den tar bort filen) eller ta bort filen.',
    ],
  ])('reports %s as an error', (_what, plant, message) => {
    const c = copyValidContent();
    plant(c.content);
    expect(c.errors()).toEqual([message]);
  });

  it('does not report the lock of the process that validates (an import checks the content it holds)', () => {
    const c = copyValidContent();
    writeFileSync(join(c.content, '.import.lock'), LOCK(process.pid));
    expect(loadContent(c.content, c.root).ok).toBe(true);
  });

  it('still skips other dot-files', () => {
    const c = copyValidContent();
    writeFileSync(join(c.content, '.gitkeep'), '');
    writeFileSync(join(c.content, 'providers', '.DS_Store'), '');
    expect(loadContent(c.content, c.root).ok).toBe(true);
  });
});

describe('cleaning up before an import', () => {
  it('stops with a Swedish message when a stopped switch cannot be finished, and changes nothing', async () => {
    const c = copyValidContent();
    mkdirSync(join(c.content, '.import-staging-x3'));
    writeFileSync(join(c.content, '.import-staging-x3', 'manifest.json'), '{"entries": [');
    const before = folderSnapshot(c.content);
    await expect(
      runSheetImport({
        contentDir: c.content,
        file: join(ROOT, 'test/fixtures/sheets/enkat-2024-utf8-bom.csv'),
        kind: 'survey',
        dryRun: false,
        today: '2026-11-30',
      }),
    ).rejects.toThrow(
      /^Kunde inte slutföra bytet från en import som stoppades \(.*\.import-staging-x3: förteckningen manifest\.json går inte att läsa\)\. Inget nytt skrevs\./,
    );
    expect(folderSnapshot(c.content)).toEqual(before);
  });

  it('never moves a file outside content/, whatever a manifest says', async () => {
    const c = copyValidContent();
    mkdirSync(join(c.content, '.import-staging-x4'));
    writeFileSync(join(c.content, '.import-staging-x4', '0001'), 'utanför');
    writeFileSync(join(c.content, '.import-staging-x4', 'manifest.json'), JSON.stringify({ entries: [{ file: '0001', target: '../utanfor.txt' }] }));
    await expect(
      runSheetImport({
        contentDir: c.content,
        file: join(ROOT, 'test/fixtures/sheets/enkat-2024-utf8-bom.csv'),
        kind: 'survey',
        dryRun: false,
        today: '2026-11-30',
      }),
    ).rejects.toThrow('ligger utanför innehållsmappen');
    expect(existsSync(join(c.root, 'utanfor.txt'))).toBe(false);
  });
});
