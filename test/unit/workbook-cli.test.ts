// npm run export:workbook and import:workbook as kommun staff run them: --help,
// exit code 2 and nothing changed for an unknown option or a missing value,
// the summary on stdout, progress on stderr.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyValidContent } from './support/content-fixture';
import { folderSnapshot } from './support/folder-snapshot';
import { ROOT, runScript } from './support/run-script';
import { exportedContent } from './support/workbook-content';

describe('scripts/export-workbook.ts', () => {
  it('förklarar sig själv', () => {
    const r = runScript('export-workbook', ROOT, '--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Användning: npm run export:workbook -- [--out <fil.xlsx>] [--content <mapp>]');
    expect(r.stdout).toContain('kundvalsguiden-<dagens datum>.xlsx');
  });

  it.each([
    [['--utfil', 'a.xlsx'], 'Okänt val --utfil.'],
    [['--out'], '--out behöver ett värde'],
    [['--content'], '--content behöver ett värde'],
    [['--out', 'a.csv'], '--out ska vara en fil som slutar på .xlsx (fick "a.csv").'],
    [['a.xlsx'], 'Oväntat argument "a.xlsx"'],
  ])('slutar med kod 2 och skriver inget vid %j', (args, message) => {
    const c = copyValidContent();
    const before = folderSnapshot(c.root);
    const r = runScript('export-workbook', c.root, '--content', 'content', ...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(folderSnapshot(c.root)).toEqual(before);
  });

  it('skriver arbetsboken med dagens datum i namnet, men skriver inte över en som finns', () => {
    const c = copyValidContent();
    const first = runScript('export-workbook', c.root, '--content', 'content');
    expect(first.status).toBe(0);
    const name = /Skrev (\S+kundvalsguiden-\d{4}-\d{2}-\d{2}\.xlsx):/.exec(first.stdout)?.[1];
    expect(name && existsSync(name)).toBe(true);
    const second = runScript('export-workbook', c.root, '--content', 'content');
    expect(second.status).toBe(2);
    expect(second.stderr).toContain('finns redan. Ange --out');
  });

  it('slutar med kod 1 och skriver ingen arbetsbok när innehållet har fel', () => {
    const c = copyValidContent();
    c.replace('providers/egen-regi.yaml', 'orgNumber: 212000-0142', 'orgNumber: 212000-0144');
    const r = runScript('export-workbook', c.root, '--content', 'content', '--out', 'a.xlsx');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('content/providers/egen-regi.yaml, rad 3, fält orgNumber');
    expect(existsSync(join(c.root, 'a.xlsx'))).toBe(false);
  });
});

describe('scripts/import-workbook.ts', () => {
  it('förklarar sig själv', () => {
    const r = runScript('import-workbook', ROOT, '--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Användning: npm run import:workbook -- <fil.xlsx> [--dry-run] [--allow-remove] [--content <mapp>]');
  });

  it.each([
    [['arbetsbok.xlsx', '--dryrun'], 'Okänt val --dryrun.'],
    [['arbetsbok.xlsx', '--content'], '--content behöver ett värde'],
    [['arbetsbok.xlsx', '--content', '--dry-run'], '--content behöver ett värde'],
    [[], 'Ange precis en arbetsbok att läsa'],
    [['saknas.xlsx'], 'Filen saknas.xlsx finns inte.'],
  ])('slutar med kod 2 och ändrar inget vid %j', async (args, message) => {
    const c = await exportedContent();
    const before = folderSnapshot(c.root);
    const r = runScript('import-workbook', c.root, '--content', 'content', ...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(folderSnapshot(c.root)).toEqual(before);
  });

  it('läser tillbaka en oförändrad arbetsbok: allt oförändrat, kod 0', async () => {
    const c = await exportedContent();
    const before = folderSnapshot(c.content);
    const r = runScript('import-workbook', c.root, 'arbetsbok.xlsx', '--content', 'content', '--dry-run');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Provkörning (--dry-run), inget skrevs: Import av arbetsboken arbetsbok.xlsx.');
    expect(r.stdout).toContain('Anordnare: 0 nya, 0 ändrade, 3 oförändrade, 0 borttagna.');
    expect(r.stdout).toContain('Inget ändrades.');
    expect(r.stderr).toContain('Läser arbetsbok.xlsx...');
    expect(folderSnapshot(c.content)).toEqual(before);
  });

  it('slutar med kod 1 för en fil som inte är en arbetsbok', () => {
    const c = copyValidContent();
    writeFileSync(join(c.root, 'trasig.xlsx'), 'inte en zip-fil');
    const r = runScript('import-workbook', c.root, 'trasig.xlsx', '--content', 'content');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('trasig.xlsx: filen är ingen hel Excel-arbetsbok');
    expect(r.stderr).toContain('Inget skrevs.');
  });
});
