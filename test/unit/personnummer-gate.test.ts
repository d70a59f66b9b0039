// Property: any valid personnummer, dressed in any mix of other digit forms,
// dashes, spaces and invisible, control and bidi characters, is refused
// wherever text comes in: every free-text field of every content type (with the
// right file and field), a spreadsheet cell, and a Kolada KPI description. A
// refused import writes nothing.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { ContentError } from '../../src/data/content-error';
import { loadContent } from '../../src/data/load-content';
import { createFolderSource } from '../../src/import/kolada/read/folder-source';
import { KoladaSetupError, runKoladaImport } from '../../src/import/kolada/run-import';
import { runSheetImport } from '../../src/import/sheet/run-import';
import { formatSheetSummary } from '../../src/import/sheet/summary';
import { findPersonalNumbers } from '../../src/lib/safe-text/identity-numbers';
import { columnLetter, gateCell, personalNumberCell } from '../../src/import/sheet/normalise/cells';
import { normaliseText } from '../../src/lib/safe-text/text';
import { injectHostileContent } from '../build/support/hostile-content';
import { copyValidContent } from './support/content-fixture';
import { dressedPersonnummer } from './support/dressed-personnummer';
import { folderSnapshot } from './support/folder-snapshot';
import { koladaContent } from './support/kolada-content';
import { SHARED_KOLADA } from './support/kolada-server';

const work = mkdtempSync(join(tmpdir(), 'kvg-pnr-gate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let runs = 0;

/** "[0].actions[1].text" -> "actions.*.text": the error's field as a schema path. */
const schemaPath = (field: string | undefined) => (field ?? '').replace(/^\[\d+\]\.?/, '').replace(/\[\d+\]/g, '.*');

describe('the gate finds every dressed personnummer', () => {
  it('in running text, after normalising', () => {
    fc.assert(
      fc.property(dressedPersonnummer, ({ plain, dressed }) => {
        const found = findPersonalNumbers(normaliseText(`Kunden ${dressed} ringde.`)).map((n) => n.replace(/\D/g, ''));
        expect(found).toEqual([plain.digits]);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('content files', () => {
  it('refuse a different dressed number in every free-text field at once, each with its file and field', () => {
    fc.assert(
      fc.property(fc.infiniteStream(dressedPersonnummer), (numbers) => {
        const content = join(work, `content-${runs++}`);
        const planted: string[] = [];
        const injections = injectHostileContent(content, () => {
          const { plain, dressed } = numbers.next().value;
          planted.push(plain.digits);
          return `Kund ${dressed} klagade`;
        });
        const result = loadContent(content, join(content, '..'));
        rmSync(content, { recursive: true, force: true });
        const errors = result.ok ? [] : result.errors;
        const missed = injections.filter((planted) => {
          const file = relative(join(content, '..'), planted.file).split('\\').join('/');
          return !errors.some((e) => e.file === file && /inga personnummer/.test(e.expected) && schemaPath(e.field) === planted.field.split(':')[1]);
        });
        expect(missed.map((m) => m.field)).toEqual([]);
        expect(injections.length).toBeGreaterThan(50);
        const output = JSON.stringify(errors);
        expect(planted.filter((digits) => output.includes(digits.slice(-10)))).toEqual([]);
      }),
      { numRuns: 10 },
    );
  });

  it('refuse it in every free-text field of every content type, naming the file and the field', () => {
    // Which field gets the number: the n-th free-text field the injector meets.
    const fieldCount = injectHostileContent(join(work, 'count'), () => 'x').length;
    fc.assert(
      fc.property(dressedPersonnummer, fc.nat(fieldCount - 1), ({ plain, dressed }, target) => {
        const content = join(work, `content-${runs++}`);
        let k = 0;
        const injections = injectHostileContent(content, () => (k++ === target ? `Kund ${dressed} klagade` : 'Vanlig text'));
        const planted = injections[target];
        const result = loadContent(content, join(content, '..'));
        rmSync(content, { recursive: true, force: true });
        expect(result.ok, `${planted.field} tog emot personnumret`).toBe(false);
        const errors = result.ok ? [] : result.errors;
        const file = relative(join(content, '..'), planted.file).split('\\').join('/');
        const hit = errors.find(
          (e: ContentError) => e.file === file && /inga personnummer/.test(e.expected) && schemaPath(e.field) === planted.field.split(':')[1],
        );
        expect(hit, `${planted.field} i ${file}: ${JSON.stringify(errors)}`).toBeDefined();
        // The error shows the number masked, never whole.
        expect(JSON.stringify(errors)).not.toContain(plain.digits.slice(-10));
        expect(String(hit!.value)).toMatch(/X{1,4}$/);
      }),
      { numRuns: 60 },
    );
  });
});

describe('spreadsheet cells', () => {
  it.each([
    [0, 'A'],
    [5, 'F'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %d is %s', (index, letter) => expect(columnLetter(index)).toBe(letter));

  it.each([
    [['Solgården', 87.5, 1212121212], { index: 2, masked: '121212XXXX' }],
    [['x', '  12\u200B12 12-1212 '].map(gateCell), { index: 1, masked: '1212 12-XXXX' }],
    [[true, null, undefined, 2024, 'Ring +46 70-123 45 67'], undefined],
  ])('finds the first cell with a personnummer: %j', (cells, expected) => {
    expect(personalNumberCell(cells)).toEqual(expected);
  });
});

describe('the spreadsheet importer', () => {
  it('refuses a survey row with the number in a cell, names the cell, and writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(dressedPersonnummer, async ({ plain, dressed }) => {
        const c = copyValidContent();
        const sheet = join(c.root, 'enkat.csv');
        writeFileSync(sheet, `indikator;enhet;period;resultat;antal svar;källa\nnojdhet-helhet;tallbacken;2024;81;30;"Rapport ${dressed}"\n`);
        const before = folderSnapshot(c.content);
        const report = await runSheetImport({ contentDir: c.content, file: sheet, kind: 'survey', dryRun: false, today: '2026-11-30' });
        expect(report.counts.refused).toBe(1);
        expect(report.written).toBe(false);
        expect(report.rows[0].refusal).toMatchObject({ row: 2, column: 'källa' });
        expect(report.rows[0].refusal!.reason).toMatch(/^cellen F2 \(fältet source\) har ett personnummer/);
        expect(folderSnapshot(c.content)).toEqual(before);
        expect(formatSheetSummary(report).join('\n')).not.toContain(plain.digits.slice(-10));
      }),
      { numRuns: 25 },
    );
  });

  it('refuses a follow-up row with the number in the findings', async () => {
    await fc.assert(
      fc.asyncProperty(dressedPersonnummer, async ({ dressed }) => {
        const c = copyValidContent();
        const sheet = join(c.root, 'uppfoljningar.csv');
        writeFileSync(
          sheet,
          `Diarienummer;Anordnare;Tjänst;Datum;Typ;Iakttagelser;Åtgärd;Status\nSN 2025/9;Testkommunens egen regi;Hemtjänst;2025-04-02;Planerad uppföljning;"Kunden ${dressed} klagade.";Ingen;Avslutad\n`,
        );
        const before = folderSnapshot(c.content);
        const report = await runSheetImport({ contentDir: c.content, file: sheet, kind: 'followups', dryRun: false, today: '2026-11-30' });
        expect(report.counts.refused).toBe(1);
        expect(report.rows[0].refusal).toMatchObject({ row: 2, column: 'Iakttagelser' });
        expect(report.rows[0].refusal!.reason).toMatch(/^cellen F2 \(fältet findings\) har ett personnummer/);
        expect(folderSnapshot(c.content)).toEqual(before);
      }),
      { numRuns: 15 },
    );
  });

  it('says which cell in the summary, with the number masked', async () => {
    const c = copyValidContent();
    const sheet = join(c.root, 'enkat.csv');
    writeFileSync(sheet, 'indikator;enhet;period;resultat;antal svar;källa\nnojdhet-helhet;tallbacken;2024;81;30;Rapport 12\u200B1212\u20131212\n');
    const report = await runSheetImport({ contentDir: c.content, file: sheet, kind: 'survey', dryRun: false, today: '2026-11-30' });
    expect(formatSheetSummary(report)).toContain(
      'Avvisad rad 2, kolumn "källa", värdet "121212-XXXX": cellen F2 (fältet source) har ett personnummer. Kalkylbladet får bara innehålla uppgifter om organisationer: ta bort numret och kör igen. Är det ett telefonnummer? Skriv det med +46, t.ex. +46 70-123 45 67.',
    );
  });
});

describe('the Kolada importer', () => {
  it('refuses a KPI description holding the number and writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(dressedPersonnummer, async ({ plain, dressed }) => {
        const answers = join(work, `kolada-${runs++}`);
        cpSync(SHARED_KOLADA, answers, { recursive: true });
        const kpiFile = join(answers, 'kpi.json');
        const kpi = JSON.parse(readFileSync(kpiFile, 'utf8')) as { values: { id: string; description: string }[] };
        const target = kpi.values.findIndex((k) => k.id === 'U21468');
        kpi.values[target].description += ` Kontakt: ${dressed}.`;
        writeFileSync(kpiFile, JSON.stringify(kpi));
        const c = koladaContent();
        const before = folderSnapshot(c.content);
        const run = runKoladaImport({
          contentDir: c.content,
          kommun: '0182',
          year: '2024',
          dryRun: false,
          today: '2026-11-30',
          source: createFolderSource(answers),
        });
        const error = await run.then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(KoladaSetupError);
        const setup = error as KoladaSetupError;
        expect(setup.message).toBe('Koladas svar innehåller ett personnummer. Importen avbröts och inget skrevs.');
        expect(setup.errors).toMatchObject([{ file: 'Koladas svar på fil kpi.json', field: `values[${target}].description` }]);
        expect(JSON.stringify(setup.errors)).not.toContain(plain.digits.slice(-10));
        expect(folderSnapshot(c.content)).toEqual(before);
        rmSync(answers, { recursive: true, force: true });
      }),
      { numRuns: 20 },
    );
  });
});
