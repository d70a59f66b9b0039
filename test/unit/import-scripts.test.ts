// The import commands as kommun staff run them: --help, exit codes, the summary
// on stdout and the reason on stderr when nothing could be written.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyValidContent } from './support/content-fixture';
import { koladaContent } from './support/kolada-content';
import { SHARED_KOLADA } from './support/kolada-server';
import { ROOT, runScript } from './support/run-script';

describe('scripts/import-kolada.ts', () => {
  it('explains itself', () => {
    const r = runScript('import-kolada', ROOT, '--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Användning: npm run import:kolada -- --kommun <kod> --year <år> [val]');
  });

  it.each([
    [['--year', '2024'], 'Ange kommunkoden med fyra siffror: --kommun 0182 (fick ingen).'],
    [['--kommun', '182', '--year', '2024'], 'Ange kommunkoden med fyra siffror: --kommun 0182 (fick "182").'],
    [['--kommun', '0182', '--year', '24'], 'Ange året med fyra siffror: --year 2024 (fick "24").'],
    [['--kommun', '0182', '--year', '2024', '--kpi', 'X1'], '--kpi ska vara ett Kolada-id som U21468 (fick "X1").'],
    [['--kommun', '0182', '--year', '2024', '--fran', 'x'], 'Okänt val --fran.'],
  ])('exits 2 on %j', (args, message) => {
    const r = runScript('import-kolada', ROOT, ...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('imports from saved responses, prints the summary and exits 0; the second run changes nothing', () => {
    const c = koladaContent();
    const args = ['--kommun', '0182', '--year', '2024', '--from', SHARED_KOLADA, '--content', 'content', '--date', '2026-11-30'];
    const first = runScript('import-kolada', c.root, ...args);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Värden: 2 nya, 0 ändrade, 0 oförändrade, 0 i konflikt, 0 avvisade, 0 borttagna.');
    expect(first.stderr).toContain('Hämtar kommunens enheter (ou?municipality=0182)...');
    const second = runScript('import-kolada', c.root, ...args);
    expect(second.stdout).toContain('Värden: 0 nya, 0 ändrade, 2 oförändrade, 0 i konflikt, 0 avvisade, 0 borttagna.');
    expect(second.stdout).toContain('Inget ändrades.');
  });

  it('exits 1 and writes nothing when the folder does not exist', () => {
    const c = koladaContent();
    const r = runScript('import-kolada', c.root, '--kommun', '0182', '--year', '2024', '--from', 'finns-inte', '--content', 'content');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Importen avbröts, inget skrevs. Mappen finns-inte finns inte.');
  });
});

describe('scripts/import-sheet.ts', () => {
  const sheet = (name: string) => resolve(ROOT, 'test/fixtures/sheets', name);

  it('exits 2 without --kind or with a missing file', () => {
    expect(runScript('import-sheet', ROOT, sheet('enkat-2024-utf8-bom.csv')).stderr).toContain(
      '--kind ska vara survey (enkätresultat) eller followups (uppföljningar) (fick inget).',
    );
    expect(runScript('import-sheet', ROOT, 'saknas.csv', '--kind', 'survey').stderr).toContain('Filen saknas.csv finns inte.');
  });

  it('exits 0 with the summary, and 1 when a row is refused', () => {
    const c = copyValidContent();
    const ok = runScript('import-sheet', c.root, sheet('enkat-2024-utf8-bom.csv'), '--kind', 'survey', '--content', 'content');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('Rader: 3 lästa: 3 nya, 0 ändrade, 0 oförändrade, 0 avvisade.');
    const refused = runScript('import-sheet', c.root, sheet('broken/survey-okand-enhet.csv'), '--kind', 'survey', '--content', 'content');
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('Inget skrevs eftersom 1 rad avvisades.');
  });
});
