// npm run import:kolada -- --suggest-units end to end, offline: against the local
// Kolada server and against saved responses. It writes only the proposal file
// (kolada-units.forslag.yaml); every other content file stays byte-identical.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createFolderSource } from '../../src/import/kolada/read/folder-source';
import { createHttpSource } from '../../src/import/kolada/read/http-source';
import { PROPOSAL_FILE } from '../../src/import/kolada/suggest/proposal-file';
import { suggestKoladaUnits } from '../../src/import/kolada/suggest/run-suggest';
import { KoladaSetupError } from '../../src/import/kolada/report';
import { formatSuggestTable } from '../../src/import/kolada/suggest/table';
import { koladaUnitSchema } from '../../src/schemas/kolada-unit';
import { personnummer } from './support/dressed-personnummer';
import { folderSnapshot } from './support/folder-snapshot';
import { koladaResponses } from './support/import-process';
import { koladaContent, newSiteContent } from './support/kolada-content';
import { startKoladaServer, TEST_KOLADA, type KoladaServer } from './support/kolada-server';
import { runScript } from './support/run-script';

let server: KoladaServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Two of the fixture's Kolada units confirmed; the fixture's other two are left to propose. */
const TWO_CONFIRMED = `- ou: V21E018299901
  title: Hemtjänst Exempelområdet, Nacka (KONSTRUERAD)
  subjectType: provider
  subject: egen-regi
  service: hemtjanst
- ou: V23E018299901
  title: Exempelgårdens äldreboende, Nacka (KONSTRUERAD)
  subjectType: unit
  subject: solgarden
`;

function contentWithTwoConfirmed() {
  const c = koladaContent();
  c.write('kolada-units.yaml', TWO_CONFIRMED);
  return c;
}

/** Every content file except the proposal, so a test can prove nothing else changed. */
function contentFiles(dir: string): Record<string, string> {
  const all = folderSnapshot(dir);
  delete all[PROPOSAL_FILE];
  return all;
}

/** The proposal read as YAML: the entries a person would move, nothing from the comments. */
function proposedEntries(text: string): unknown[] {
  return (parse(text) as unknown[] | null) ?? [];
}

/** The proposal's comments with their line breaks taken out, to find a sentence however it was wrapped. */
const unwrapped = (text: string) => text.replace(/\n#\s+(?=[^-\s])/g, ' ');

/** Saved responses: the shared ones, the importer fixtures' second page of units, and whatever the test adds. */
function savedResponses(extraOus: Record<string, unknown>[] = [], extraOudata: Record<string, unknown>[] = []): string {
  return koladaResponses(({ read, write }) => {
    write('ou-page2.json', JSON.parse(readFileSync(join(TEST_KOLADA, 'ou-page2.json'), 'utf8')));
    const ou = read('ou.json');
    ou.values.push(...extraOus);
    write('ou.json', ou);
    const oudata = read('oudata.json');
    oudata.values.push(...extraOudata);
    write('oudata.json', oudata);
  });
}

describe('--suggest-units over HTTP (local test server)', () => {
  it('proposes the free match, shows the confirmed ones, and changes no content file', async () => {
    server = await startKoladaServer({ ouPageSize: 2 });
    const c = contentWithTwoConfirmed();
    const before = folderSnapshot(c.content);
    const report = await suggestKoladaUnits({
      contentDir: c.content,
      kommun: '0182',
      source: createHttpSource({ api: server.api, retries: 0 }),
      dryRun: false,
    });

    expect(report.kommunName).toBe('Nacka');
    expect(server.requests).toContain('municipality/0182?per_page=5000');
    expect(report.suggestions.map((s) => [s.ou.id, s.status])).toEqual([
      ['V23E018299902', 'none'],
      ['V23E018299903', 'proposed'],
    ]);
    // The closest site unit of V23E018299902 is confirmed for another Kolada unit: said, not proposed.
    expect(report.suggestions[0].alternatives).toMatchObject([{ candidate: { subject: 'solgarden' }, takenBy: { ou: 'V23E018299901', confirmed: true } }]);
    expect(report.confirmed.map((x) => x.ou)).toEqual(['V21E018299901', 'V23E018299901']);

    const text = c.read(PROPOSAL_FILE);
    expect(proposedEntries(text)).toEqual([
      { ou: 'V23E018299903', title: 'Tallbackens äldreboende, Nacka (KONSTRUERAD)', subjectType: 'unit', subject: 'tallbacken' },
    ]);
    for (const e of proposedEntries(text)) expect(koladaUnitSchema.safeParse(e).success).toBe(true);
    expect(text).toContain('# - ou: V23E018299902\n#   title: Solgårdens vård- och omsorgsboende, Nacka (KONSTRUERAD)\n#   ignore: ');
    expect(unwrapped(text)).toContain(
      'Liknar: verksamheten "Solgårdens boende" (unit: solgarden), 100 %, men den är redan kopplad till V23E018299901 i kolada-units.yaml.',
    );
    expect(text).toContain('# ==== Redan i kolada-units.yaml (2) ====');

    // Nothing but the proposal was written; kolada-units.yaml is byte for byte as before.
    expect(contentFiles(c.content)).toEqual(before);
    expect(Object.keys(folderSnapshot(c.content)).filter((f) => !(f in before))).toEqual([PROPOSAL_FILE]);

    // A second run writes the same proposal.
    await suggestKoladaUnits({ contentDir: c.content, kommun: '0182', source: createHttpSource({ api: server.api, retries: 0 }), dryRun: false });
    expect(c.read(PROPOSAL_FILE)).toBe(text);
  });
});

describe('--suggest-units from saved responses', () => {
  it('prints a short table and writes the proposal', async () => {
    const c = koladaContent();
    c.write('kolada-units.yaml', '[]\n');
    const from = savedResponses([{ id: 'V15E018200101', municipality: '0182', title: 'Ekbackens skola' }]);
    const report = await suggestKoladaUnits({ contentDir: c.content, projectDir: c.root, kommun: '0182', source: createFolderSource(from), dryRun: false });
    const table = formatSuggestTable(report);
    expect(table.slice(1)).toMatchInlineSnapshot(`
      [
        "",
        "Kolada-id      Namn i Kolada                                 Förslag här                     Träff",
        "V21E018299901  Hemtjänst Exempelområdet, Nacka (KONSTRUERA…  ingen trolig träff              -",
        "V23E018299901  Exempelgårdens äldreboende, Nacka (KONSTRUE…  ingen trolig träff              -",
        "V23E018299902  Solgårdens vård- och omsorgsboende, Nacka (…  förslag: verksamhet solgarden   100 %",
        "V23E018299903  Tallbackens äldreboende, Nacka (KONSTRUERAD)  förslag: verksamhet tallbacken  100 %",
        "",
        "Enheter i Kolada: 2 med förslag, 0 att avgöra själv, 2 utan trolig träff, 0 redan i kolada-units.yaml.",
        "1 annan enhet i kommunen (V15: 1) hör till andra verksamhetsområden och visas inte.",
        "Förslaget skrevs till content/kolada-units.forslag.yaml. Kontrollera det och flytta de poster som stämmer till content/kolada-units.yaml. Inget annat ändrades.",
      ]
    `);
    expect(proposedEntries(c.read(PROPOSAL_FILE)).map((e) => (e as { subject: string }).subject)).toEqual(['solgarden', 'tallbacken']);
  });

  it('runs as a command: exit 0, the table on stdout, content unchanged', () => {
    const c = contentWithTwoConfirmed();
    const before = folderSnapshot(c.content);
    const r = runScript('import-kolada', c.root, '--kommun', '0182', '--suggest-units', '--from', savedResponses(), '--content', 'content');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('Hämtar kommunens enheter (ou?municipality=0182)...');
    expect(r.stdout).toContain('V23E018299903  Tallbackens äldreboende, Nacka (KONSTRUERAD)  förslag: verksamhet tallbacken');
    expect(r.stdout).toContain('redan bekräftad: anordnare egen-regi');
    expect(existsSync(c.path(PROPOSAL_FILE))).toBe(true);
    expect(contentFiles(c.content)).toEqual(before);
  });

  it('with --dry-run writes nothing at all', () => {
    const c = contentWithTwoConfirmed();
    const before = folderSnapshot(c.content);
    const r = runScript('import-kolada', c.root, '--kommun', '0182', '--suggest-units', '--dry-run', '--from', savedResponses(), '--content', 'content');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Förslaget skulle ha skrivits till content/kolada-units.forslag.yaml. Inget ändrades.');
    expect(folderSnapshot(c.content)).toEqual(before);
  });

  it('lists a unit whose id is outside the areas only when --year shows it has values', async () => {
    const c = koladaContent();
    const odd = { id: 'XE0182001', municipality: '0182', title: 'Ekhagens boende' };
    const from = savedResponses([odd], [{ kpi: 'U23471', ou: odd.id, period: 2024, values: [{ gender: 'T', value: 80, count: 1, status: '' }] }]);
    const without = await suggestKoladaUnits({ contentDir: c.content, kommun: '0182', source: createFolderSource(from), dryRun: true });
    expect(without.suggestions.map((s) => s.ou.id)).not.toContain(odd.id);
    expect(without.leftOut).toEqual([{ prefix: 'annat id', count: 1 }]);
    const withYear = await suggestKoladaUnits({ contentDir: c.content, kommun: '0182', year: '2024', source: createFolderSource(from), dryRun: true });
    expect(withYear.suggestions.map((s) => s.ou.id)).toContain(odd.id);
    expect(withYear.leftOut).toEqual([]);
  });

  it('keeps a Kolada title or id on one line, so it cannot add an entry to the proposal', async () => {
    const c = koladaContent();
    c.write('kolada-units.yaml', '[]\n');
    const from = savedResponses([
      { id: 'V23E018299977', municipality: '0182', title: 'Tallbacken\n- ou: V23E018299999\n  subjectType: unit\n  subject: solgarden' },
      { id: 'V23E01829998\n- ou: V23E018299998', municipality: '0182', title: 'Ekbacken' },
    ]);
    await suggestKoladaUnits({ contentDir: c.content, kommun: '0182', source: createFolderSource(from), dryRun: false });
    const ous = proposedEntries(c.read(PROPOSAL_FILE)).map((e) => (e as { ou: string }).ou);
    expect(ous).not.toContain('V23E018299999');
    expect(ous).not.toContain('V23E018299998');
    for (const e of proposedEntries(c.read(PROPOSAL_FILE))) expect(koladaUnitSchema.safeParse(e).success).toBe(true);
  });

  it('writes nothing when a Kolada answer holds a personnummer', async () => {
    const c = koladaContent();
    const before = folderSnapshot(c.content);
    const [pnr] = fc.sample(personnummer, { numRuns: 1, seed: 7 });
    const from = savedResponses([{ id: 'V23E018299976', municipality: '0182', title: `Ekbacken, kontakt ${pnr.written}` }]);
    const run = suggestKoladaUnits({ contentDir: c.content, kommun: '0182', source: createFolderSource(from), dryRun: false });
    await expect(run).rejects.toThrow(KoladaSetupError);
    await expect(run).rejects.toThrow('Koladas svar innehåller ett personnummer. Inget förslag skrevs.');
    expect(folderSnapshot(c.content)).toEqual(before);
  });
});

describe('--suggest-units on a brand new site', () => {
  it('lists the Kolada units, proposes nothing and says to add providers first', async () => {
    const c = newSiteContent();
    const before = folderSnapshot(c.content);
    const report = await suggestKoladaUnits({
      contentDir: c.content,
      projectDir: c.root,
      kommun: '0182',
      source: createFolderSource(savedResponses()),
      dryRun: false,
    });
    expect(report.suggestions.map((s) => [s.ou.id, s.status])).toEqual([
      ['V21E018299901', 'none'],
      ['V23E018299901', 'none'],
      ['V23E018299902', 'none'],
      ['V23E018299903', 'none'],
    ]);
    const table = formatSuggestTable(report);
    expect(table).toContain(
      'Webbplatsen har inga verksamheter eller anordnare än, så inget föreslås. Lägg in anordnare (content/providers/) och verksamheter (content/units/) först och kör kommandot igen.',
    );
    const text = c.read(PROPOSAL_FILE);
    expect(proposedEntries(text)).toEqual([]);
    expect(text).toContain('# Webbplatsen har inga verksamheter eller anordnare än, så inget kan föreslås.');
    expect(text).toContain('# Kolada: V23E018299903 "Tallbackens äldreboende, Nacka (KONSTRUERAD)".');
    // No ignore lines: on a new site the units are not yet known to be out of scope.
    expect(text).not.toContain('#   ignore:');
    expect(contentFiles(c.content)).toEqual(before);
  });

  it('takes the survey areas when no indicator names a Kolada KPI', async () => {
    const c = newSiteContent();
    c.replace('indicators/nojdhet-helhet.yaml', 'koladaKpi: U21468\nkoladaAnswersKpi: U23592\n', '');
    c.replace('indicators/nojdhet-sabo.yaml', 'koladaKpi: U23471\nkoladaAnswersKpi: U23594\n', '');
    const report = await suggestKoladaUnits({
      contentDir: c.content,
      kommun: '0182',
      year: '2024',
      source: createFolderSource(savedResponses()),
      dryRun: true,
    });
    expect(report.areas).toEqual(['21', '23', '28']);
    expect(report.areasFromIndicators).toBe(false);
    expect(report.yearUnused).toBe(true);
    expect(formatSuggestTable(report)).toContain('--year 2024 används inte: ingen indikator i content/indicators/ har koladaKpi.');
  });
});

describe('--suggest-units options', () => {
  it.each([
    [['--kommun', '0182', '--suggest-units', '--kpi', 'U21468'], '--kpi hör till importen och används inte med --suggest-units. Ta bort det.'],
    [['--kommun', '0182', '--suggest-units', '--date', '2026-01-01'], '--date hör till importen och används inte med --suggest-units. Ta bort det.'],
    [['--kommun', '0182', '--suggest-units', '--year', '24'], 'Ange året med fyra siffror: --year 2024 (fick "24").'],
    [['--suggest-units'], 'Ange kommunkoden med fyra siffror: --kommun 0182 (fick ingen).'],
    [['--kommun', '0182', '--suggest-units', '--fran', 'x'], 'Okänt val --fran.'],
  ])('exits 2 on %j and writes nothing', (args, message) => {
    const c = koladaContent();
    const before = folderSnapshot(c.content);
    const r = runScript('import-kolada', c.root, ...args, '--content', 'content');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(folderSnapshot(c.content)).toEqual(before);
  });

  it('exits 1 for another kommun than the site', () => {
    const c = koladaContent();
    const r = runScript('import-kolada', c.root, '--kommun', '0180', '--suggest-units', '--from', savedResponses(), '--content', 'content');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Webbplatsens kommunkod är 0182 (content/site.yaml), men du importerar kommun 0180. Ange --kommun 0182.');
    expect(existsSync(c.path(PROPOSAL_FILE))).toBe(false);
  });
});
