// Escape codes, control and bidi characters in remote or file text (a Kolada
// unit name, an item Kolada sends broken, a sheet cell or header, a content
// value) never reach the terminal raw: the scripts print every line through
// one filter, and an echoed value stays on its own line.
import { resolve } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { copyValidContent } from './support/content-fixture';
import { koladaResponses } from './support/import-process';
import { koladaContent } from './support/kolada-content';
import { runScript } from './support/run-script';

const RAW = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const HOSTILE = '\u001b[2J\u001b]0;kapad\u0007Hemtjänst \u001b[31mRöd\u001b[0m \u009b1A\u202Eknalb\u202C\r\nInget ändrades.';

const args = (from: string) => ['--kommun', '0182', '--year', '2024', '--from', from, '--content', 'content', '--date', '2026-11-30'];

describe('nothing raw reaches the terminal', () => {
  it('a Kolada unit name with escape codes is printed cleaned, on one line', () => {
    const from = koladaResponses(({ read, write }) => {
      const ou = read('ou.json');
      ou.values.push({ id: 'V23E018299977', municipality: '0182', title: HOSTILE });
      write('ou.json', ou);
      const oudata = read('oudata.json');
      oudata.values.push({ kpi: 'U23471', ou: 'V23E018299977', period: 2024, values: [{ gender: 'T', value: 50, count: 1, status: '', isdeleted: false }] });
      write('oudata.json', oudata);
    });
    const c = koladaContent();
    const r = runScript('import-kolada', c.root, ...args(from));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout + r.stderr).not.toMatch(RAW);
    expect(r.stdout).toContain('Utan koppling: V23E018299977 "Hemtjänst Röd knalb Inget ändrades." (1 rad).');
    // The forged line did not become a line of its own.
    expect(r.stdout.split('\n')).not.toContain('Inget ändrades.');
  });

  it('a broken Kolada item echoed in an error is printed cleaned', () => {
    const from = koladaResponses(({ read, write }) => {
      const ou = read('ou.json');
      ou.values.push({ id: 'V23E018299978', municipality: '0182', name: HOSTILE });
      write('ou.json', ou);
    });
    const c = koladaContent();
    const r = runScript('import-kolada', c.root, ...args(from));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Importen avbröts, inget skrevs. Svaret från Kolada har en organisatorisk enhet som inte går att läsa');
    expect(r.stdout + r.stderr).not.toMatch(RAW);
  });

  it('a sheet cell and a header with escape codes are printed cleaned', () => {
    const c = copyValidContent();
    const file = resolve(c.root, 'enkat.csv');
    writeFileSync(
      file,
      `indikator;anordnare;period;resultat;antal svar;\u001b[41mExtra\u001b[0m\nnojdhet-helhet;${HOSTILE.replace('\r\n', ' ').replace(';', ':')};2024-H1;90;12;x\n`,
    );
    const r = runScript('import-sheet', c.root, file, '--kind', 'survey', '--content', 'content');
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(RAW);
    expect(r.stdout).toMatch(/Avvisad rad 2, kolumn "anordnare", värdet "Hemtjänst Röd knalb Inget ändrades\."/);
  });

  it('validate prints a content value with a C1 control cleaned', () => {
    const c = copyValidContent();
    c.replace('providers/egen-regi.yaml', '212000-0142', '212000-0144\u009b2J');
    const r = runScript('validate', c.root, '--content', 'content');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('content/providers/egen-regi.yaml');
    expect(r.stdout + r.stderr).not.toMatch(RAW);
  });
});
