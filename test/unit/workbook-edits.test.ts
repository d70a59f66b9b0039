// Edits a person makes in Excel, read back: exactly the files of the changed
// rows change (or appear), only in the changed lines, validation passes, and a
// second import of the same workbook changes nothing.
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/data/load-content';
import { changedFiles, exportedContent, summaryOf, type WorkbookContent } from './support/workbook-content';
import { editWorkbook, excelDay, type WorkbookEditor } from './support/workbook-edit';

/** The lines of `after` that are not in `before`, and the other way round: what git diff shows. */
function lineDiff(before = '', after = ''): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  return { removed: a.filter((l) => !b.includes(l)), added: b.filter((l) => !a.includes(l)) };
}

async function importEdited(edit: (b: WorkbookEditor) => void, options: { allowRemove?: boolean } = {}) {
  const c = await exportedContent();
  const before = c.snapshot();
  await editWorkbook(c.xlsx, edit);
  const report = await c.importBook(options);
  const after = c.snapshot();
  return { c, before, after, report, changed: changedFiles(before, after) };
}

/** The import found nothing wrong, content is valid, and importing the same workbook again changes nothing. */
async function expectValidAndStable(c: WorkbookContent, report: Awaited<ReturnType<WorkbookContent['importBook']>>) {
  expect(report.errors.map((e) => JSON.stringify(e))).toEqual([]);
  const loaded = loadContent(c.content, c.root);
  expect(loaded.ok ? [] : loaded.errors).toEqual([]);
  const again = c.snapshot();
  const second = await c.importBook();
  expect(second.errors).toEqual([]);
  expect(summaryOf(second).at(-1)).toBe('Inget ändrades.');
  expect(c.snapshot()).toEqual(again);
}

describe('en anordnares telefonnummer och en ny enhet', () => {
  it('ändrar precis de filerna, och valideringen godtar innehållet', async () => {
    const { c, before, after, report, changed } = await importEdited((b) => {
      b.sheet('Anordnare').set('egen-regi', 'Telefon', '08-123 456 99');
      b.sheet('Enheter').addRow({
        Id: 'nya-hemmet',
        Namn: 'Nya hemmet',
        Anordnare: 'egen-regi',
        Tjänst: 'sarskilt-boende',
        Gatuadress: 'Nygatan 1',
        Postnummer: '123 45',
        Ort: 'Testköping',
        Område: 'centrum',
        Platser: 12,
        Beskrivning: 'Ett nytt boende med egen trädgård.',
        'Tar emot nya kunder': 'ja',
        'Kapacitet bekräftad': excelDay('2025-06-01'),
        Uppdaterad: excelDay('2025-06-01'),
      });
    });
    expect(changed).toEqual({ 'providers/egen-regi.yaml': 'changed', 'units/nya-hemmet.yaml': 'added' });
    expect(lineDiff(before['providers/egen-regi.yaml'], after['providers/egen-regi.yaml'])).toEqual({
      removed: ['  phone: 08-123 456 10'],
      added: ['  phone: 08-123 456 99'],
    });
    expect(after['units/nya-hemmet.yaml']).toMatchInlineSnapshot(`
      "id: nya-hemmet
      providerId: egen-regi
      serviceId: sarskilt-boende
      name: Nya hemmet
      address:
        street: Nygatan 1
        postalCode: 123 45
        city: Testköping
      area: centrum
      places: 12
      description: Ett nytt boende med egen trädgård.
      capacity:
        acceptsNewCustomers: "yes"
        confirmedOn: 2025-06-01
      updatedOn: 2025-06-01
      "
    `);
    expect(summaryOf(report)).toMatchInlineSnapshot(`
      [
        "Import av arbetsboken arbetsbok.xlsx.",
        "Tjänster: 0 nya, 0 ändrade, 2 oförändrade, 0 borttagna.",
        "Anordnare: 0 nya, 1 ändrade, 2 oförändrade, 0 borttagna.",
        "Enheter: 1 nya, 0 ändrade, 2 oförändrade, 0 borttagna.",
        "Villkor: 0 nya, 0 ändrade, 2 oförändrade, 0 borttagna.",
        "Uppföljningar: 0 nya, 0 ändrade, 1 oförändrade, 0 borttagna.",
        "Kvalitetsredovisningar: 0 nya, 0 ändrade, 1 oförändrade, 0 borttagna.",
        "Resultat: 0 nya, 0 ändrade, 8 oförändrade, 0 borttagna.",
        "Ändrade 2 filer: content/providers/egen-regi.yaml, content/units/nya-hemmet.yaml.",
      ]
    `);
    await expectValidAndStable(c, report);
  });
});

type Case = [
  string,
  (b: WorkbookEditor) => void,
  Record<string, 'changed' | 'added' | 'removed'>,
  ((after: Record<string, string>, before: Record<string, string>) => void)?,
];

describe('vanliga ändringar i Excel', () => {
  it.each<Case>([
    ['organisationsnummer skrivet som tal', (b) => b.sheet('Anordnare').set('solgarden-omsorg', 'Organisationsnummer', 5566771233), {}],
    ['organisationsnummer utan bindestreck', (b) => b.sheet('Anordnare').set('egen-regi', 'Organisationsnummer', '2120000142'), {}],
    [
      'tal skrivna som text, med mellanslag efter',
      (b) => {
        b.sheet('Enheter').set('tallbacken', 'Platser', '40 ');
        b.sheet('Enheter').set('tallbacken', 'Latitud', '59,3');
        b.sheet('Anordnare').set('solgarden-omsorg', 'Namn', 'Solgården Omsorg AB   ');
        b.sheet('Resultat').setAt(2, 'Värde', '87,5');
      },
      {},
    ],
    [
      'rader i en annan ordning på varje blad',
      (b) => {
        for (const name of ['Tjänster', 'Anordnare', 'Enheter', 'Villkor', 'Resultat']) b.sheet(name).reverseRows();
      },
      {},
    ],
    [
      'ett tomt valfritt fält tar bort raden i filen',
      (b) => b.sheet('Anordnare').set('egen-regi', 'Webbplats', null),
      { 'providers/egen-regi.yaml': 'changed' },
      (after, before) =>
        expect(lineDiff(before['providers/egen-regi.yaml'], after['providers/egen-regi.yaml'])).toEqual({
          removed: ['  web: https://testkommun.example/egen-regi'],
          added: [],
        }),
    ],
    [
      'en cell med radbrytning',
      (b) => b.sheet('Uppföljningar').set('lindas-hemtjanst-2025-03', 'Iakttagelser', 'Första stycket.\r\nAndra stycket.'),
      { 'follow-ups/2025.yaml': 'changed' },
      (after) => expect(after['follow-ups/2025.yaml']).toContain('  findings: |-\n    Första stycket.\n    Andra stycket.\n'),
    ],
    [
      'formaterad text, en formel och en länk',
      (b) => {
        const p = b.sheet('Anordnare');
        p.set('egen-regi', 'Namn', { richText: [{ text: 'Testkommunens ' }, { font: { bold: true }, text: 'egen regi' }] } as ExcelJS.CellValue);
        p.set('lindas-hemtjanst', 'Telefon', { formula: '"070-123 45 6"&"7"', result: '070-123 45 67' } as ExcelJS.CellValue);
        p.set('egen-regi', 'E-post', { text: 'egenregi@testkommun.example', hyperlink: 'mailto:egenregi@testkommun.example' } as ExcelJS.CellValue);
        p.set('egen-regi', 'Webbplats', { text: 'Vår webbplats', hyperlink: 'https://testkommun.example/egen-regi' } as ExcelJS.CellValue);
      },
      {},
    ],
    [
      'en ny status i de numrerade kolumnerna',
      (b) => {
        const p = b.sheet('Anordnare');
        p.set('egen-regi', 'Status 2', 'varning');
        p.set('egen-regi', 'Statusdatum 2', excelDay('2025-05-14'));
        p.set('egen-regi', 'Statusnotering 2', 'Varning efter klagomål.');
      },
      { 'providers/egen-regi.yaml': 'changed' },
      (after, before) =>
        expect(lineDiff(before['providers/egen-regi.yaml'], after['providers/egen-regi.yaml']).added).toEqual([
          '  - status: warned',
          '    date: 2025-05-14',
          '    note: Varning efter klagomål.',
        ]),
    ],
    [
      'kommunkod och år skrivna som tal på en ny rad i Resultat',
      (b) => {
        b.sheet('Resultat').addRow({
          Indikator: 'nojdhet-helhet',
          Gäller: 'kommunen',
          Id: 999,
          Period: 2025,
          Uppgift: 'värde',
          Värde: 86.5,
          'Antal svar': 400,
          Källa: 'Socialstyrelsen',
          'Kolada-id': 'U21468',
          Publicerad: excelDay('2025-10-01'),
        });
      },
      { 'indicator-values/arbetsbok.csv': 'added' },
      (after) =>
        expect(after['indicator-values/arbetsbok.csv']).toBe(
          'indicator;subjectType;subject;period;state;value;n;responseRate;source;kpi;publishedOn\nnojdhet-helhet;municipality;0999;2025;value;86,5;400;;Socialstyrelsen;U21468;2025-10-01\n',
        ),
    ],
    [
      'en svarsfrekvens skriven som procent i Excel (68 % är 0,68 i cellen)',
      (b) => {
        const cell = b.sheet('Resultat').raw.getCell(2, b.sheet('Resultat').headers().indexOf('Svarsfrekvens (%)') + 1);
        cell.value = 0.68;
        // A style of its own: exceljs shares one style object between cells read with the same style.
        cell.style = { ...cell.style, numFmt: '0%' };
      },
      {},
    ],
    [
      'en ändrad siffra ändrar bara sin rad',
      (b) => b.sheet('Resultat').setAt(2, 'Värde', 88),
      { 'indicator-values/values.csv': 'changed' },
      (after, before) =>
        expect(lineDiff(before['indicator-values/values.csv'], after['indicator-values/values.csv'])).toEqual({
          removed: ['nojdhet-helhet;unit;tallbacken;2024;value;87,5;24;68;Socialstyrelsen;U21468;2025-01-15'],
          added: ['nojdhet-helhet;unit;tallbacken;2024;value;88;24;68;Socialstyrelsen;U21468;2025-01-15'],
        }),
    ],
    [
      'en rad flyttad till en annan fil',
      (b) => b.sheet('Resultat').setAt(2, 'Fil', 'egna.csv'),
      { 'indicator-values/values.csv': 'changed', 'indicator-values/egna.csv': 'added' },
    ],
    [
      'en ny uppföljning ett nytt år',
      (b) =>
        b.sheet('Uppföljningar').copyRow('lindas-hemtjanst-2025-03', {
          Id: 'lindas-hemtjanst-2026-02',
          Datum: excelDay('2026-02-03'),
          Typ: 'dialogmöte',
          Sanktion: 'ingen',
          Status: 'avslutad',
        }),
      { 'follow-ups/2026.yaml': 'added' },
      (after) => expect(after['follow-ups/2026.yaml']).toMatch(/^- id: lindas-hemtjanst-2026-02\n {2}providerId: lindas-hemtjanst\n/),
    ],
    [
      'en kommentar och en bild tillagda i Excel',
      (b) => {
        const ws = b.sheet('Anordnare').raw;
        ws.getCell('B2').note = 'Kolla telefonnumret.';
        // A one-pixel PNG, as a logo pasted into the sheet.
        const image = b.book.addImage({
          base64: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
          extension: 'png',
        });
        ws.addImage(image, 'C2:D3');
      },
      {},
    ],
    [
      'en ny anordnare, en enskild firma, ett nytt område och en ny kvalitetsredovisning',
      (b) => {
        const provider = {
          Driftform: 'privat',
          'Tjänst 1': 'hemtjanst',
          'Auktoriserad sedan': excelDay('2025-01-01'),
          'Status 1': 'aktiv',
          'Statusdatum 1': excelDay('2025-01-01'),
          Beskrivning: 'Ny hemtjänst.',
          Uppdaterad: excelDay('2025-01-01'),
        };
        b.sheet('Anordnare').addRow({
          Id: 'nya-omsorg',
          Namn: 'Nya Omsorg AB',
          Organisationsnummer: '556677-1233',
          Områden: 'norr; mitt',
          Profiler: 'demens',
          ...provider,
        });
        b.sheet('Anordnare').addRow({ Id: 'enskild-omsorg', Namn: 'Enskild Omsorg', 'Enskild firma': 'ja', ...provider });
        b.sheet('Tjänster').set('hemtjanst', 'Område-id 3', 'mitt');
        b.sheet('Tjänster').set('hemtjanst', 'Områdesnamn 3', 'Mitten');
        b.sheet('Kvalitetsredovisningar').addRow({
          Id: 'egen-regi-2025',
          Anordnare: 'egen-regi',
          Tjänst: 'hemtjanst',
          År: '2025',
          Inlämnad: excelDay('2025-04-01'),
          Tillgänglighet: 'Vi svarar i telefon.',
          Klagomål: 2,
        });
      },
      {
        'providers/nya-omsorg.yaml': 'added',
        'providers/enskild-omsorg.yaml': 'added',
        'services/hemtjanst.yaml': 'changed',
        'quality-reports/2025.yaml': 'changed',
      },
      (after) => {
        expect(after['providers/enskild-omsorg.yaml']).toMatch(/^id: enskild-omsorg\nname: Enskild Omsorg\nsoleTrader: true\nownership: private\n/);
        expect(after['providers/nya-omsorg.yaml']).toContain('contact: {}\n');
        expect(after['quality-reports/2025.yaml']).toContain(
          '- id: egen-regi-2025\n  providerId: egen-regi\n  serviceId: hemtjanst\n  year: 2025\n  submittedOn: 2025-04-01\n  aspects:\n    accessibility: Vi svarar i telefon.\n  figures:\n    complaints: 2\n',
        );
      },
    ],
    ['en kolumn borttagen ur bladet', (b) => b.sheet('Anordnare').raw.spliceColumns(b.sheet('Anordnare').headers().indexOf('Telefon') + 1, 1), {}],
    [
      'ett nytt villkor och en tjänst till för en anordnare',
      (b) => {
        b.sheet('Villkor').addRow({
          Id: 'nycklar',
          Villkor: 'Rutiner för nycklar.',
          'Kontrolleras genom': 'Uppföljning.',
          'Om villkoret inte uppfylls': 'Anmärkning.',
        });
        b.sheet('Anordnare').set('lindas-hemtjanst', 'Tjänst 2', 'sarskilt-boende');
      },
      { 'conditions.yaml': 'changed', 'providers/lindas-hemtjanst.yaml': 'changed' },
      (after) =>
        expect(after['conditions.yaml'].endsWith('- id: nycklar\n  text: Rutiner för nycklar.\n  checkedBy: Uppföljning.\n  onFailure: Anmärkning.\n')).toBe(
          true,
        ),
    ],
  ])('%s', async (_name, edit, expected, check) => {
    const { c, before, after, report, changed } = await importEdited(edit);
    expect(report.errors.map((e) => JSON.stringify(e))).toEqual([]);
    expect(changed).toEqual(expected);
    check?.(after, before);
    await expectValidAndStable(c, report);
  });
});

describe('en rad som tas bort ur arbetsboken', () => {
  const remove = (b: WorkbookEditor) => {
    b.sheet('Kvalitetsredovisningar').removeRow('solgarden-2025');
    b.sheet('Resultat').raw.spliceRows(9, 1);
  };

  it('behålls och nämns utan --allow-remove', async () => {
    const { report, changed } = await importEdited(remove);
    expect(changed).toEqual({});
    expect(summaryOf(report).filter((l) => l.startsWith('  '))).toMatchInlineSnapshot(`
      [
        "  1 rad borttagen i arbetsboken men kvar i content/ (kör med --allow-remove för att ta bort den): solgarden-2025 (quality-reports/2025.yaml).",
        "  1 rad borttagen i arbetsboken men kvar i content/ (kör med --allow-remove för att ta bort den): nojdhet-helhet, nation, riket, 2024 (indicator-values/values.csv).",
      ]
    `);
  });

  it('tas bort med --allow-remove', async () => {
    const { c, report, changed, after } = await importEdited(remove, { allowRemove: true });
    expect(changed).toEqual({ 'quality-reports/2025.yaml': 'changed', 'indicator-values/values.csv': 'changed' });
    expect(after['quality-reports/2025.yaml']).toBe('[]\n');
    expect(summaryOf(report).filter((l) => /^(Kvalitetsredovisningar|Resultat)|^ {2}/.test(l))).toMatchInlineSnapshot(`
      [
        "Kvalitetsredovisningar: 0 nya, 0 ändrade, 0 oförändrade, 1 borttagna.",
        "  Borttagna (raden finns inte i arbetsboken): solgarden-2025 (quality-reports/2025.yaml).",
        "Resultat: 0 nya, 0 ändrade, 7 oförändrade, 1 borttagna.",
        "  Borttagna (raden finns inte i arbetsboken): nojdhet-helhet, nation, riket, 2024 (indicator-values/values.csv).",
      ]
    `);
    await expectValidAndStable(c, await c.importBook({ dryRun: true }));
  });

  it('tar bort en enhets fil med --allow-remove, och stoppar om något annat hänvisar till den', async () => {
    const { report, changed } = await importEdited((b) => b.sheet('Enheter').removeRow('solgarden'), { allowRemove: true });
    expect(changed).toEqual({});
    expect(summaryOf(report).filter((l) => l.startsWith('- '))).toMatchInlineSnapshot(`
      [
        "- Blad Kvalitetsredovisningar, rad 2, kolumn Enhet: värdet är "solgarden". Förväntat: en enhet som finns på bladet Enheter.",
        "- Blad Resultat, rad 3, kolumn Id: värdet är "solgarden". Förväntat: en enhet som finns på bladet Enheter.",
        "- Blad Resultat, rad 7, kolumn Id: värdet är "solgarden". Förväntat: en enhet som finns på bladet Enheter.",
      ]
    `);
  });
});
