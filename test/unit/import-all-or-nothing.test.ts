// Imports that cannot lose or corrupt data: one refused row and nothing is
// written (both importers, exit code 1); a kill while staging or while switching
// files in leaves content/ that validate refuses to publish, and the next run
// finishes or removes the leftovers and lands the whole new state.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyValidContent } from './support/content-fixture';
import { folderSnapshot } from './support/folder-snapshot';
import { koladaResponses, startScript } from './support/import-process';
import { koladaContent } from './support/kolada-content';
import { ROOT, runScript } from './support/run-script';

/** The shared responses with an "antal svarande" row for Solgården, so its figure is publishable, and its value set. */
const withSolgarden = (value: number) =>
  koladaResponses(({ read, write }) => {
    const oudata = read('oudata.json');
    for (const row of oudata.values)
      if (row.ou === 'V23E018299901' && row.kpi === 'U23471') row.values = [{ gender: 'T', value, count: 1, status: '', isdeleted: false }];
    oudata.values.push({ kpi: 'U23594', ou: 'V23E018299901', period: 2024, values: [{ gender: 'T', value: 40, count: 1, status: '', isdeleted: false }] });
    write('oudata.json', oudata);
  });

const koladaArgs = (from: string) => ['--kommun', '0182', '--year', '2024', '--from', from, '--content', 'content', '--date', '2026-11-30'];

describe('a refused row means nothing is written', () => {
  it('Kolada: a refused value keeps the published file as it was and exits 1', () => {
    const c = koladaContent();
    const first = runScript('import-kolada', c.root, ...koladaArgs(withSolgarden(82)));
    expect(first.status, first.stderr).toBe(0);
    expect(c.read('indicator-values/kolada-0182-2024.csv')).toContain('nojdhet-sabo;unit;solgarden;2024;value;82;40;');
    const before = folderSnapshot(c.content);

    const second = runScript('import-kolada', c.root, ...koladaArgs(withSolgarden(182)));
    expect(second.status).toBe(1);
    expect(second.stdout).toContain('Avvisad: U23471 ou:V23E018299901 2024: värdet 182 är ingen andel mellan 0 och 100.');
    expect(second.stdout).toContain('Inget skrevs eftersom 1 värde avvisades, och inget publicerat värde togs bort.');
    // Byte for byte: the published row is still there, the snapshot was not replaced.
    expect(folderSnapshot(c.content)).toEqual(before);
  });

  it('Kolada: a dry run with a refused value still shows what was refused and writes nothing', () => {
    const c = koladaContent();
    const before = folderSnapshot(c.content);
    const r = runScript('import-kolada', c.root, ...koladaArgs(withSolgarden(182)), '--dry-run');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Provkörning (--dry-run), inget skrevs');
    expect(r.stdout).toContain('1 avvisade');
    expect(folderSnapshot(c.content)).toEqual(before);
  });

  it('sheet: one refused row among good ones writes no file and exits 1', () => {
    const c = copyValidContent();
    const before = folderSnapshot(c.content);
    const r = runScript(
      'import-sheet',
      c.root,
      resolve(ROOT, 'test/fixtures/sheets/broken/survey-okand-enhet.csv'),
      '--kind',
      'survey',
      '--content',
      'content',
    );
    expect(r.status).toBe(1);
    expect(folderSnapshot(c.content)).toEqual(before);
  });
});

/** The content folder without what an import leaves behind while it runs. */
function published(dir: string): Record<string, string> {
  return Object.fromEntries(Object.entries(folderSnapshot(dir)).filter(([p]) => !p.startsWith('.import')));
}

describe('a killed import leaves old or new, never a mix that gets published', () => {
  /** What a clean import of the same answers gives, to compare the rerun with. */
  function cleanResult(from: string): Record<string, string> {
    const clean = koladaContent();
    expect(runScript('import-kolada', clean.root, ...koladaArgs(from)).status).toBe(0);
    return published(clean.content);
  }

  it('killed while staging: content is unchanged, validate reports the leftovers, a rerun cleans up and lands the new state', async () => {
    const from = withSolgarden(82);
    const c = koladaContent();
    const before = folderSnapshot(c.content);
    const run = startScript('import-kolada', c.root, koladaArgs(from), { KVG_IMPORT_TEST_PAUSE: 'lagrade:20000' });
    await run.waitFor('[testpaus] lagrade');
    run.child.kill('SIGKILL');
    await run.exited;

    // Fully old outside the staging folder and the dead import's lock.
    expect(published(c.content)).toEqual(before);
    const leftovers = readdirSync(c.content).filter((n) => n.startsWith('.import'));
    expect(leftovers).toContain('.import.lock');
    expect(leftovers.some((n) => n.startsWith('.import-staging-'))).toBe(true);

    const validate = runScript('validate', c.root, '--content', 'content');
    expect(validate.status).toBe(1);
    expect(validate.stderr).toMatch(
      /content\/\.import-staging-\S+\. Förväntat: inga rester av en avbruten import\. En import stoppades innan den bytte in några filer/,
    );
    expect(validate.stderr).toMatch(/content\/\.import\.lock\. Förväntat: ingen import som pågår\. "npm run import:kolada -- --kommun 0182 .*" \(process \d+/);

    const rerun = runScript('import-kolada', c.root, ...koladaArgs(from));
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(rerun.stderr).toContain('Tar över låset content/.import.lock från en import som inte körs längre');
    expect(rerun.stderr).toMatch(/Tog bort content\/\.import-staging-\S+ från en import som stoppades innan den bytte in något\./);
    expect(folderSnapshot(c.content)).toEqual(cleanResult(from));
    expect(runScript('validate', c.root, '--content', 'content').status).toBe(0);
  }, 120_000);

  it('killed while switching files in: validate blocks publishing, and the rerun finishes the switch first', async () => {
    const oldFrom = withSolgarden(82);
    const newFrom = withSolgarden(91);
    const c = koladaContent();
    expect(runScript('import-kolada', c.root, ...koladaArgs(oldFrom)).status).toBe(0);
    const before = folderSnapshot(c.content);
    const after = cleanResult(newFrom);
    // Same answers apart from Solgården: the values file and one snapshot file change.
    const changing = Object.keys(after).filter((f) => after[f] !== before[f]);
    expect(changing.length).toBeGreaterThanOrEqual(2);

    const run = startScript('import-kolada', c.root, koladaArgs(newFrom), { KVG_IMPORT_TEST_PAUSE: 'bytte in:20000' });
    await run.waitFor('[testpaus] bytte in');
    run.child.kill('SIGKILL');
    await run.exited;

    // Every file is whole: either its old or its new content, never cut off.
    const now = published(c.content);
    for (const f of Object.keys(after)) expect([before[f], after[f]]).toContain(now[f]);
    const validate = runScript('validate', c.root, '--content', 'content');
    expect(validate.status).toBe(1);
    expect(validate.stderr).toMatch(/content\/\.import-staging-\S+\. Förväntat: inga rester av en avbruten import\. En import stoppades mitt i bytet av filer/);

    // A dry run does not touch the leftovers; it says the content must be put right first.
    const dry = runScript('import-kolada', c.root, ...koladaArgs(newFrom), '--dry-run');
    expect(dry.status).toBe(1);
    expect(published(c.content)).toEqual(now);

    const rerun = runScript('import-kolada', c.root, ...koladaArgs(newFrom));
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(rerun.stderr).toMatch(/Slutförde en import som stoppades mitt i bytet av filer \(content\/\.import-staging-\S+, \d+ filer kvar att byta in\)\./);
    expect(folderSnapshot(c.content)).toEqual(after);
    expect(runScript('validate', c.root, '--content', 'content').status).toBe(0);
  }, 120_000);

  it('a sheet import also removes the leftovers of a stopped import before it writes', () => {
    const c = copyValidContent();
    mkdirSync(join(c.content, '.import-staging-abc123'));
    writeFileSync(join(c.content, '.import-staging-abc123', '0001'), 'halvskriven');
    writeFileSync(join(c.content, 'indicator-values', '.values.csv.4242.tmp'), 'rest från en äldre import');
    const before = published(c.content);
    delete before['indicator-values/.values.csv.4242.tmp'];
    const r = runScript('import-sheet', c.root, resolve(ROOT, 'test/fixtures/sheets/enkat-2024-utf8-bom.csv'), '--kind', 'survey', '--content', 'content');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('Tog bort content/.import-staging-abc123 från en import som stoppades innan den bytte in något.');
    expect(r.stderr).toContain('Tog bort den tillfälliga filen content/indicator-values/.values.csv.4242.tmp från en avbruten import.');
    expect(existsSync(join(c.content, '.import-staging-abc123'))).toBe(false);
    expect(readdirSync(c.content).filter((n) => n.startsWith('.import'))).toEqual([]);
    expect(published(c.content)).toMatchObject(before);
  });
});
