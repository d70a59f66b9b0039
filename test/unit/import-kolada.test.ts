// The Kolada importer end to end, offline: against a local server over the
// fixtures (a second page, a 503 answered on retry, a null value) and against
// saved responses in a folder. Asserts the summary counts, the files written,
// that a second run changes nothing and that a failed or dry run writes nothing.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFolderSource } from '../../src/import/kolada/read/folder-source';
import { createHttpSource } from '../../src/import/kolada/read/http-source';
import { runKoladaImport, type KoladaImportOptions } from '../../src/import/kolada/run-import';
import { formatKoladaSummary } from '../../src/import/kolada/summary';
import { loadContent } from '../../src/data/load-content';
import { koladaContent } from './support/kolada-content';
import { folderSnapshot } from './support/folder-snapshot';
import { SHARED_KOLADA, startKoladaServer, type KoladaServer } from './support/kolada-server';

let server: KoladaServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const http = (api: string) => createHttpSource({ api, retries: 2, retryDelayMs: 5, timeoutMs: 2000 });
const run = (content: string, over: Partial<KoladaImportOptions>) =>
  runKoladaImport({
    contentDir: content,
    kommun: '0182',
    year: '2024',
    dryRun: false,
    today: '2026-11-30',
    source: createFolderSource(SHARED_KOLADA),
    ...over,
  });

describe('Kolada import over HTTP (local test server)', () => {
  it('pages, retries a 503, maps every state and writes the values and the snapshot', async () => {
    server = await startKoladaServer({ ouPageSize: 2, failOnce: { oudata: 503 } });
    const c = koladaContent();
    const report = await run(c.content, { source: http(server.api) });

    expect(report.counts).toEqual({ written: 7, updated: 0, unchanged: 0, conflict: 0, refused: 0, removed: 0 });
    expect(report.suppressed).toBe(1);
    expect(report.missing).toBe(2);
    expect(report.retries).toBe(1);
    expect(report.matched).toBe(3);
    expect(report.ousInKolada).toBe(4);
    // The second page was asked for on the test server, not on Kolada's own host.
    expect(server.requests.filter((r) => r.startsWith('ou?'))).toHaveLength(2);
    expect(server.requests.some((r) => r.includes('page=2'))).toBe(true);
    expect(report.unmatched).toMatchObject([{ ou: 'V23E018299902', rows: 1 }]);
    expect(report.unmatched[0].suggestions[0]).toMatchObject({ subjectType: 'unit', subject: 'solgarden' });
    expect(formatKoladaSummary(report)).toContain(
      'Utan koppling: V23E018299902 "Solgårdens vård- och omsorgsboende, Nacka (KONSTRUERAD)" (1 rad). Lägg till den i content/kolada-units.yaml, eller skriv ignore: <skäl>. Närmaste namn på webbplatsen: Solgårdens boende (subjectType: unit, subject: solgarden); Solgården Omsorg AB (subjectType: provider, subject: solgarden-omsorg); Tallbackens äldreboende (subjectType: unit, subject: tallbacken).',
    );
    expect(formatKoladaSummary(report)).toContain(
      'Förslag på kopplingar för alla enheter utan koppling: npm run import:kolada -- --kommun 0182 --suggest-units (skriver bara content/kolada-units.forslag.yaml).',
    );

    const csv = c.read('indicator-values/kolada-0182-2024.csv');
    expect(csv.trim().split('\n')).toEqual([
      'indicator;subjectType;subject;period;state;value;n;responseRate;source;kpi;publishedOn',
      'nojdhet-helhet;nation;riket;2024;value;84;61000;;Socialstyrelsen via Kolada;U21468;2026-11-30',
      'nojdhet-helhet;municipality;0182;2024;value;86;412;;Socialstyrelsen via Kolada;U21468;2026-11-30',
      'nojdhet-helhet;provider;egen-regi;2024;value;88;40;;Socialstyrelsen via Kolada;U21468;2026-11-30',
      'nojdhet-sabo;nation;riket;2024;value;80;;;Socialstyrelsen via Kolada;U23471;2026-11-30',
      'nojdhet-sabo;municipality;0182;2024;missing;;;;Socialstyrelsen via Kolada;U23471;2026-11-30',
      'nojdhet-sabo;unit;solgarden;2024;suppressed;;5;;Socialstyrelsen via Kolada;U23471;2026-11-30',
      'nojdhet-sabo;unit;tallbacken;2024;missing;;;;Socialstyrelsen via Kolada;U23471;2026-11-30',
    ]);
    // The suppressed unit's 82 % never reaches content.
    expect(csv).not.toContain(';82;');
    const index = JSON.parse(c.read('snapshots/kolada/0182-2024/index.json'));
    expect(index).toMatchObject({ kommun: '0182', year: '2024', fetchedOn: '2026-11-30', source: `Kolada API ${server.api}` });
    expect(index.files.map((f: { file: string }) => f.file)).toEqual(['kpi-01.json', 'ou-01.json', 'ou-02.json', 'data-01.json', 'oudata-01.json']);
    expect(loadContent(c.content).ok).toBe(true);
  });

  it('changes nothing on a second run, even on a later day', async () => {
    server = await startKoladaServer({ ouPageSize: 2 });
    const c = koladaContent();
    await run(c.content, { source: http(server.api) });
    const before = folderSnapshot(c.content);
    const again = await run(c.content, { source: http(server.api), today: '2026-12-24' });
    expect(again.counts).toMatchObject({ written: 0, updated: 0, unchanged: 7 });
    expect(again.changedFiles).toEqual([]);
    expect(formatKoladaSummary(again)).toContain('Inget ändrades.');
    expect(folderSnapshot(c.content)).toEqual(before);
  });

  it('retries a 429 and says how many retries it took', async () => {
    server = await startKoladaServer({ failOnce: { kpi: 429 } });
    const c = koladaContent();
    const report = await run(c.content, { source: http(server.api) });
    expect(report.retries).toBe(1);
    expect(report.counts.written).toBe(7);
  });

  it('writes nothing when the API keeps failing, and says so', async () => {
    server = await startKoladaServer({ failOnce: { oudata: 500 } });
    const c = koladaContent();
    const before = folderSnapshot(c.content);
    const source = createHttpSource({ api: server.api, retries: 0, retryDelayMs: 1 });
    await expect(run(c.content, { source })).rejects.toThrow('Kolada svarade 500');
    expect(folderSnapshot(c.content)).toEqual(before);
  });

  it('says the computer seems offline when nothing answers, and writes nothing', async () => {
    const c = koladaContent();
    const before = folderSnapshot(c.content);
    // A port that was free a moment ago: nothing listens there.
    const closed = await startKoladaServer();
    const api = closed.api;
    await closed.close();
    const port = new URL(api).port;
    const source = createHttpSource({ api, retries: 1, retryDelayMs: 1 });
    await expect(run(c.content, { source })).rejects.toThrow(
      `Kommer inte åt 127.0.0.1:${port} (anslutningen nekades, ingen server svarar på adressen). Är datorn ansluten till internet? Du kan köra utan nätverk med --from`,
    );
    expect(folderSnapshot(c.content)).toEqual(before);
  });

  it('gives up after the timeout', async () => {
    server = await startKoladaServer({ hang: 'kpi' });
    const c = koladaContent();
    const source = createHttpSource({ api: server.api, retries: 0, timeoutMs: 100 });
    await expect(run(c.content, { source })).rejects.toThrow('Kolada svarade inte inom 0 sekunder');
  });
});

describe('Kolada import from saved responses', () => {
  it('imports the shared fixtures offline, and re-runs from its own snapshot without changes', async () => {
    const c = koladaContent();
    const first = await run(c.content, {});
    // The shared fixtures have unit rows but no kommun values or answer counts: with no n
    // (the indicators do not say their source suppresses), the values fail closed.
    expect(first.counts).toMatchObject({ written: 2, conflict: 0, refused: 0 });
    expect(first.entries.map((e) => `${e.incoming.subject}:${e.incoming.state}:${e.incoming.value ?? ''}:${e.incoming.n ?? ''}`).sort()).toEqual([
      'egen-regi:suppressed::',
      'solgarden:suppressed::',
    ]);
    expect(first.unknownAnswers.map((x) => `${x.subjectType}:${x.subject}`)).toEqual(['provider:egen-regi', 'unit:solgarden']);
    expect(formatKoladaSummary(first)).toContain(
      '2 rader utan antal svar visas inte: nojdhet-helhet, anordnare egen-regi, 2024; nojdhet-sabo, enhet solgarden, 2024. Kolada har inget antal svarande för dem (för enheter finns det bara på kommunnivå), så de kan bygga på för få svar och sparas utan värde. Skriv sourceSuppresses: true och källans regel i indikatorn om källan själv tar bort små grupper.',
    );
    expect(c.read('indicator-values/kolada-0182-2024.csv')).not.toMatch(/;(88|82);/);
    expect(first.silent).toEqual([{ ou: 'V23E018299903', subject: 'tallbacken' }]);
    const before = folderSnapshot(c.content);
    const again = await run(c.content, { source: createFolderSource(join(c.content, 'snapshots/kolada/0182-2024')) });
    expect(again.counts).toMatchObject({ written: 0, unchanged: 2 });
    expect(again.changedFiles).toEqual([]);
    expect(folderSnapshot(c.content)).toEqual(before);
  });

  it('keeps a hand-written value and reports the conflict', async () => {
    const c = koladaContent({ keepHandRows: true });
    const report = await run(c.content, {});
    expect(report.counts.conflict).toBe(1);
    const line = formatKoladaSummary(report).find((l) => l.startsWith('Konflikt'));
    expect(line).toMatch(
      /^Konflikt: nojdhet-helhet, anordnare egen-regi, 2024 finns redan i .*values\.csv rad 4 med ett annat värde\. Den handskrivna raden behålls/,
    );
    expect(c.read('indicator-values/kolada-0182-2024.csv')).not.toContain('egen-regi');
    expect(c.read('indicator-values/values.csv')).toContain('nojdhet-helhet;provider;egen-regi;2024;missing');
    expect(loadContent(c.content).ok).toBe(true);
  });

  it('writes nothing in a dry run but reports what would change', async () => {
    const c = koladaContent();
    const before = folderSnapshot(c.content);
    const report = await run(c.content, { dryRun: true });
    expect(report.counts.written).toBe(2);
    expect(report.changedFiles).toContain('content/indicator-values/kolada-0182-2024.csv');
    expect(folderSnapshot(c.content)).toEqual(before);
  });

  it('removes rows of a unit taken out of the mapping', async () => {
    const c = koladaContent();
    await run(c.content, {});
    c.replace(
      'kolada-units.yaml',
      '- ou: V23E018299901\n  title: Exempelgårdens äldreboende, Nacka (KONSTRUERAD)\n  subjectType: unit\n  subject: solgarden\n',
      '',
    );
    const report = await run(c.content, {});
    expect(report.counts).toMatchObject({ removed: 1, unchanged: 1 });
  });

  it('refuses a kommun that is not the site’s, and content with errors', async () => {
    const c = koladaContent();
    await expect(run(c.content, { kommun: '0180' })).rejects.toThrow(
      'Webbplatsens kommunkod är 0182 (content/site.yaml), men du importerar kommun 0180. Ange --kommun 0182.',
    );
    c.replace('kolada-units.yaml', 'subject: tallbacken', 'subject: talbacken');
    await expect(run(c.content, {})).rejects.toThrow('Innehållet har 1 fel.');
    expect(existsSync(join(c.content, 'snapshots'))).toBe(false);
  });

  it('imports only the KPIs asked for', async () => {
    const c = koladaContent();
    const report = await run(c.content, { kpis: ['U23471'] });
    expect(report.kpis).toEqual(['U23471']);
    await expect(run(c.content, { kpis: ['U99999'] })).rejects.toThrow('Ingen indikator i content/indicators/ har koladaKpi U99999.');
  });
});
