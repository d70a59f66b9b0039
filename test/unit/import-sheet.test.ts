// The spreadsheet importer on the committed example files: Windows-1252 with
// decimal comma, UTF-8 with BOM, .xlsx, a follow-up register, and one broken
// file per refusal reason. Asserts the counts, that a refused import changes no
// file, and that a second run changes nothing.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/data/load-content';
import { runSheetImport, type SheetImportOptions } from '../../src/import/sheet/run-import';
import { formatSheetSummary } from '../../src/import/sheet/summary';
import { copyValidContent } from './support/content-fixture';
import { folderSnapshot } from './support/folder-snapshot';

const SHEETS = resolve(import.meta.dirname, '../fixtures/sheets');

const run = (content: string, file: string, kind: SheetImportOptions['kind'], over: Partial<SheetImportOptions> = {}) =>
  runSheetImport({ contentDir: content, file: join(SHEETS, file), kind, dryRun: false, today: '2026-11-30', ...over });

describe('survey spreadsheets', () => {
  it.each([
    ['enkat-2023-windows-1252.csv', 'CSV, Windows-1252, semikolon mellan kolumnerna', 5, 1, 'indicator-values/kalkylblad-2023.csv'],
    ['enkat-2024-utf8-bom.csv', 'CSV, UTF-8 med BOM, semikolon mellan kolumnerna', 3, 0, 'indicator-values/kalkylblad-2024.csv'],
    ['enkat-2022-2023.xlsx', 'Excel-arbetsbok (.xlsx), första bladet', 2, 0, 'indicator-values/kalkylblad-2022.csv'],
  ])('%s: every row written, a second run unchanged', async (file, description, rows, suppressed, written) => {
    const c = copyValidContent();
    const first = await run(c.content, file, 'survey');
    expect(first.description).toBe(description);
    expect(first.counts).toEqual({ written: rows, updated: 0, unchanged: 0, refused: 0 });
    expect(first.suppressed).toBe(suppressed);
    expect(first.changedFiles).toContain(`content/${written}`);
    expect(loadContent(c.content).ok).toBe(true);
    const before = folderSnapshot(c.content);
    const second = await run(c.content, file, 'survey', { today: '2027-01-02' });
    expect(second.counts).toEqual({ written: 0, updated: 0, unchanged: rows, refused: 0 });
    expect(formatSheetSummary(second)).toContain('Inget ändrades.');
    expect(folderSnapshot(c.content)).toEqual(before);
  });

  it('reads decimal commas, names, kommun rows and suppresses too few answers', async () => {
    const c = copyValidContent();
    await run(c.content, 'enkat-2023-windows-1252.csv', 'survey');
    expect(c.read('indicator-values/kalkylblad-2023.csv').trim().split('\n')).toEqual([
      'indicator;subjectType;subject;period;state;value;n;responseRate;source;kpi;publishedOn',
      'nojdhet-helhet;municipality;0999;2023;value;84,2;310;64,5;Vad tycker de äldre om äldreomsorgen?;U21468;2026-11-30',
      'nojdhet-helhet;provider;egen-regi;2023;missing;;;;Vad tycker de äldre om äldreomsorgen?;U21468;2026-11-30',
      'nojdhet-helhet;unit;solgarden;2023;suppressed;;6;50;Vad tycker de äldre om äldreomsorgen?;U21468;2026-11-30',
      'nojdhet-helhet;unit;tallbacken;2023;value;86,5;25;71,4;Vad tycker de äldre om äldreomsorgen?;U21468;2026-11-30',
      'personalkontinuitet;unit;solgarden;2023;value;11;20;;Utförarens kvalitetsredovisning;;2026-11-30',
    ]);
  });

  it('updates a changed value and keeps rows the sheet does not mention', async () => {
    const c = copyValidContent();
    await run(c.content, 'enkat-2023-windows-1252.csv', 'survey');
    const changed = join(c.root, 'changed.csv');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(changed, 'Indikator;Enhet;År;Värde;Antal svar\nnojdhet-helhet;tallbacken;2023;87;26\n');
    const report = await runSheetImport({ contentDir: c.content, file: changed, kind: 'survey', dryRun: false, today: '2026-12-01' });
    expect(report.counts).toEqual({ written: 0, updated: 1, unchanged: 0, refused: 0 });
    const csv = c.read('indicator-values/kalkylblad-2023.csv');
    expect(csv).toContain('nojdhet-helhet;unit;tallbacken;2023;value;87;26;;Vad tycker de äldre om äldreomsorgen?;U21468;2026-12-01');
    expect(csv.trim().split('\n')).toHaveLength(6);
  });

  it('a sheet without an "Antal svar" column: values are stored without the number, not shown, and the summary names them', async () => {
    const c = copyValidContent();
    const sheet = join(c.root, 'utan-antal.csv');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      sheet,
      'Indikator;Enhet;År;Värde\nnojdhet-helhet;tallbacken;2023;63,7\nnojdhet-helhet;Hela kommunen;2023;71,3\nnojdhet-helhet;Riket;2023;80,1\n',
    );
    const report = await runSheetImport({ contentDir: c.content, file: sheet, kind: 'survey', dryRun: false, today: '2026-12-01' });
    expect(report.counts).toMatchObject({ written: 3, refused: 0 });
    expect(report.unknownAnswers.map((x) => x.row)).toEqual([2, 3]);
    expect(formatSheetSummary(report)).toContain(
      '2 rader utan antal svar visas inte: rad 2 (nojdhet-helhet, tallbacken, 2023), rad 3 (nojdhet-helhet, 0999, 2023). Kalkylbladet har ingen kolumn "Antal svar". Ett resultat utan antal svar kan bygga på för få svar, så det sparas utan värde. Lägg till antalet svar och kör igen, eller skriv sourceSuppresses: true och källans regel i indikatorn om källan själv tar bort små grupper.',
    );
    const csv = c.read('indicator-values/kalkylblad-2023.csv');
    expect(csv).not.toContain('63,7');
    expect(csv).not.toContain('71,3');
    expect(csv).toContain('nojdhet-helhet;nation;riket;2023;value;80,1;');
  });
});

describe('follow-up registers', () => {
  it('merges into the year files by id, keeps every other entry, and a second run changes nothing', async () => {
    const c = copyValidContent();
    const before2025 = c.read('follow-ups/2025.yaml');
    const first = await run(c.content, 'uppfoljningar-2024-2025.csv', 'followups');
    expect(first.counts).toEqual({ written: 2, updated: 0, unchanged: 0, refused: 0 });
    expect(first.changedFiles).toEqual(['content/follow-ups/2024.yaml', 'content/follow-ups/2025.yaml']);
    const after2025 = c.read('follow-ups/2025.yaml');
    expect(after2025.startsWith(before2025.trimEnd())).toBe(true);
    expect(after2025).toContain(
      '- id: sn-2025-41\n  providerId: solgarden-omsorg\n  unitId: solgarden\n  serviceId: sarskilt-boende\n  date: 2025-04-02\n  kind: unannounced-visit',
    );
    expect(c.read('follow-ups/2024.yaml')).toContain(
      'conditions:\n    - conditionId: genomforandeplan\n      result: met\n    - conditionId: utbildad-personal\n      result: met',
    );
    const loaded = loadContent(c.content);
    expect(loaded.ok ? loaded.model.followUps.map((f) => f.id).sort() : loaded.errors).toEqual(['lindas-hemtjanst-2025-03', 'sn-2024-7', 'sn-2025-41']);
    const snapshot = folderSnapshot(c.content);
    const second = await run(c.content, 'uppfoljningar-2024-2025.csv', 'followups');
    expect(second.counts).toEqual({ written: 0, updated: 0, unchanged: 2, refused: 0 });
    expect(folderSnapshot(c.content)).toEqual(snapshot);
  });

  it('reads dates from an .xlsx register', async () => {
    const c = copyValidContent();
    const report = await run(c.content, 'uppfoljningar-2025.xlsx', 'followups');
    expect(report.counts.written).toBe(1);
    expect(c.read('follow-ups/2025.yaml')).toContain(
      '- id: sn-2025-50\n  providerId: lindas-hemtjanst\n  serviceId: hemtjanst\n  date: 2025-05-20\n  kind: dialogue-meeting',
    );
  });
});

// One broken file per refusal reason: the row, column and reason are named and no file changes.
const refusals: [file: string, kind: SheetImportOptions['kind'], line: string][] = [
  ['survey-saknar-kolumn.csv', 'survey', 'Avvisad rad 2: rubrikraden saknar "år" (rubrikraden är: Indikator | Enhet | Värde).'],
  ['survey-dubbel-kolumn.csv', 'survey', 'Avvisad rad 2: flera kolumner betyder samma sak: Värde och Resultat. Ta bort eller byt namn på en av dem.'],
  [
    'survey-okand-indikator.csv',
    'survey',
    'Avvisad rad 2, kolumn "Indikator", värdet "Nöjdhet med maten": okänd indikator. Skriv id, namn eller Kolada-id för en indikator i content/indicators/: nojdhet-helhet, personalkontinuitet. Menade du "Nöjdhet med hela vården och omsorgen" (nojdhet-helhet)?',
  ],
  [
    'survey-okand-enhet.csv',
    'survey',
    'Avvisad rad 2, kolumn "Enhet", värdet "Tallbacka boende": okänd enhet. Skriv id eller namn på en enhet i content/units/. Menade du "Tallbackens äldreboende" (tallbacken) eller "Solgårdens boende" (solgarden)?',
  ],
  [
    'survey-fel-period.csv',
    'survey',
    'Avvisad rad 2, kolumn "År", värdet "våren 2023": förväntat ett år som 2024, ett halvår som 2024-H1 eller ett kvartal som 2024-Q3.',
  ],
  ['survey-inte-ett-tal.csv', 'survey', 'Avvisad rad 2, kolumn "Värde", värdet "åttio": förväntat ett tal, t.ex. 87,5 (decimalkomma går bra).'],
  ['survey-andel-over-100.csv', 'survey', 'Avvisad rad 2, kolumn "Värde", värdet "180": förväntat en andel mellan 0 och 100 (nojdhet-helhet är i procent).'],
  ['survey-fel-antal-svar.csv', 'survey', 'Avvisad rad 2, kolumn "Antal svar", värdet "20,5": förväntat ett heltal, 0 eller mer.'],
  ['survey-fel-svarsfrekvens.csv', 'survey', 'Avvisad rad 2, kolumn "Svarsfrekvens", värdet "120": förväntat en svarsfrekvens mellan 0 och 100 (procent).'],
  [
    'survey-okand-status.csv',
    'survey',
    'Avvisad rad 2, kolumn "Status", värdet "kanske": förväntat tomt, eller "för få svar", "uppgift saknas", "ej tillämpligt" eller "ny verksamhet".',
  ],
  ['survey-varde-och-status.csv', 'survey', 'Avvisad rad 2, kolumn "Värde", värdet "80": inget värde när status är "ej tillämpligt".'],
  ['survey-dubbel-rad.csv', 'survey', 'Avvisad rad 3, kolumn "År", värdet "2023": samma indikator, enhet och period som rad 2.'],
  [
    'survey-konflikt.csv',
    'survey',
    'Avvisad rad 2: samma indikator, enhet och period finns redan i content/indicator-values/values.csv rad 2 med ett annat värde. Ändra där, eller ta bort raden där om kalkylbladet ska gälla.',
  ],
  [
    'followups-okand-anordnare.csv',
    'followups',
    'Avvisad rad 2, kolumn "Anordnare", värdet "Solrosen AB": okänd anordnare. Skriv id eller namn på en anordnare i content/providers/. Menade du "Solgården Omsorg AB" (solgarden-omsorg)?',
  ],
  [
    'followups-enhet-annan-anordnare.csv',
    'followups',
    'Avvisad rad 2, kolumn "Enhet", värdet "Solgårdens boende": en enhet som tillhör Testkommunens egen regi (den tillhör solgarden-omsorg).',
  ],
  [
    'followups-fel-datum.csv',
    'followups',
    'Avvisad rad 2, kolumn "Datum", värdet "2025-02-30": förväntat ett datum som finns, skrivet ÅÅÅÅ-MM-DD, t.ex. 2025-03-10.',
  ],
  [
    'followups-okand-typ.csv',
    'followups',
    'Avvisad rad 2, kolumn "Typ", värdet "Telefonsamtal": förväntat planerad uppföljning, oanmält besök, fördjupad granskning, klagomålsutredning eller dialogmöte.',
  ],
  ['followups-okand-atgard.csv', 'followups', 'Avvisad rad 2, kolumn "Åtgärd", värdet "Vite": förväntat ingen, anmärkning, varning eller avauktorisation.'],
  ['followups-okand-status.csv', 'followups', 'Avvisad rad 2, kolumn "Status": förväntat pågår eller avslutad.'],
  [
    'followups-okant-villkor.csv',
    'followups',
    'Avvisad rad 2, kolumn "Villkor", värdet "nycklar: uppfyllt": villkor skrivna som id: resultat, t.ex. "genomforandeplan: uppfyllt; ..." med id från content/conditions.yaml (genomforandeplan, utbildad-personal) och resultat uppfyllt, delvis eller ej uppfyllt.',
  ],
  ['followups-tom-iakttagelse.csv', 'followups', 'Avvisad rad 2, kolumn "Iakttagelser": en beskrivning av vad kommunen såg (får inte vara tom).'],
  [
    'followups-fel-lank.csv',
    'followups',
    'Avvisad rad 2, kolumn "Rapport", värdet "javascript:alert(1)": förväntat en webbadress som börjar med https:// eller http://.',
  ],
  ['followups-dubbelt-arende.csv', 'followups', 'Avvisad rad 3, kolumn "Ärende", värdet "sn-1": samma uppföljning (id sn-1) som rad 2.'],
  [
    'followups-fel-ar.csv',
    'followups',
    'Avvisad rad 2, värdet "lindas-hemtjanst-2025-03": uppföljningen lindas-hemtjanst-2025-03 finns redan i content/follow-ups/2025.yaml, men datumet 2024-03-10 hör till content/follow-ups/2024.yaml. Flytta den för hand om datumet ändrats.',
  ],
];

describe('refused rows', () => {
  it.each(refusals)('%s', async (file, kind, line) => {
    const c = copyValidContent();
    const before = folderSnapshot(c.content);
    const report = await run(c.content, `broken/${file}`, kind);
    expect(report.counts.refused).toBeGreaterThan(0);
    expect(report.written).toBe(false);
    expect(report.changedFiles).toEqual([]);
    const summary = formatSheetSummary(report);
    expect(summary).toContain(line);
    expect(summary).toContain(
      report.counts.refused === 1
        ? 'Inget skrevs eftersom 1 rad avvisades. Rätta den i filen och kör igen.'
        : `Inget skrevs eftersom ${report.counts.refused} rader avvisades. Rätta dem i filen och kör igen.`,
    );
    expect(folderSnapshot(c.content)).toEqual(before);
  });

  it('refuses a file that is not valid CSV, naming the row', async () => {
    const c = copyValidContent();
    await expect(run(c.content, 'broken/survey-trasig-csv.csv', 'survey')).rejects.toThrow(/går inte att läsa som CSV med semikolon/);
  });

  it('writes no row of a file where one row is refused', async () => {
    const c = copyValidContent();
    const before = folderSnapshot(c.content);
    const { writeFileSync } = await import('node:fs');
    const mixed = join(c.root, 'mixed.csv');
    writeFileSync(mixed, 'Indikator;Enhet;År;Värde\nnojdhet-helhet;tallbacken;2021;80\nnojdhet-helhet;okänd;2021;80\n');
    const report = await runSheetImport({ contentDir: c.content, file: mixed, kind: 'survey', dryRun: false, today: '2026-11-30' });
    expect(report.counts).toEqual({ written: 1, updated: 0, unchanged: 0, refused: 1 });
    expect(folderSnapshot(c.content)).toEqual(before);
  });
});
