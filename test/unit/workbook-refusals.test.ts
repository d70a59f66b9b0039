// Each reason the workbook import refuses, one at a time: the message names
// the sheet, the row (as Excel numbers it) and the column, shows the value and
// says what was expected, in Swedish; and not one file is written.
import type ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWorkbookError } from '../../src/import/workbook/report';
import { dressedPersonnummer } from './support/dressed-personnummer';
import { exportedContent } from './support/workbook-content';
import { editWorkbook, excelDay, type WorkbookEditor } from './support/workbook-edit';

async function refusals(edit: (b: WorkbookEditor) => void, options: { allowRemove?: boolean; dryRun?: boolean } = {}): Promise<string[]> {
  const c = await exportedContent();
  const before = c.snapshot();
  await editWorkbook(c.xlsx, edit);
  const report = await c.importBook(options);
  expect(report.written).toBe(false);
  expect(report.changedFiles).toEqual([]);
  expect(c.snapshot()).toEqual(before);
  return report.errors.map(formatWorkbookError);
}

/** A personnummer as someone might paste it, with other dashes, spaces and invisible characters. */
const [hidden] = fc.sample(dressedPersonnummer, { numRuns: 1, seed: 20260315 });

describe('importen vägrar och skriver ingenting', () => {
  it.each<[string, (b: WorkbookEditor) => void, string[]]>([
    [
      'ett värde som inte finns i rullgardinslistan',
      (b) => b.sheet('Anordnare').set('egen-regi', 'Driftform', 'statlig'),
      ['Blad Anordnare, rad 2, kolumn Driftform: värdet är "statlig". Förväntat: ett av värdena i listan: privat, kommunal egen regi, idéburen.'],
    ],
    [
      'fel organisationsnummer',
      (b) => b.sheet('Anordnare').set('solgarden-omsorg', 'Organisationsnummer', '556677-1234'),
      [
        'Blad Anordnare, rad 4, kolumn Organisationsnummer: värdet är "556677-1234". Förväntat: ett organisationsnummer med rätt kontrollsiffra (sista siffran stämmer inte).',
      ],
    ],
    [
      'en tjänst som inte finns',
      (b) => b.sheet('Enheter').set('tallbacken', 'Tjänst', 'hemtjanst-natt'),
      ['Blad Enheter, rad 3, kolumn Tjänst: värdet är "hemtjanst-natt". Förväntat: en tjänst som finns på bladet Tjänster: hemtjanst, sarskilt-boende.'],
    ],
    [
      'en anordnare med en tjänst som inte finns',
      (b) => b.sheet('Anordnare').set('lindas-hemtjanst', 'Tjänst 2', 'hemtjanst-natt'),
      ['Blad Anordnare, rad 3, kolumn Tjänst 2: värdet är "hemtjanst-natt". Förväntat: en tjänst som finns på bladet Tjänster: hemtjanst, sarskilt-boende.'],
    ],
    [
      'samma id två gånger',
      (b) => b.sheet('Anordnare').copyRow('lindas-hemtjanst', { Namn: 'Lindas andra hemtjänst' }),
      ['Blad Anordnare, rad 5, kolumn Id: värdet är "lindas-hemtjanst". Förväntat: ett unikt id (samma id står på rad 3).'],
    ],
    [
      'samma siffra två gånger i Resultat',
      (b) =>
        b.sheet('Resultat').addRow({
          Indikator: 'nojdhet-helhet',
          Gäller: 'enhet',
          Id: 'tallbacken',
          Period: '2024',
          Uppgift: 'för få svar',
          Källa: 'Egen',
          Publicerad: excelDay('2025-01-15'),
        }),
      ['Blad Resultat, rad 10, kolumn Period: värdet är "2024". Förväntat: bara en rad per indikator, id och period (samma står på rad 2).'],
    ],
    [
      'en ny rad i Resultat utan id',
      (b) =>
        b
          .sheet('Resultat')
          .addRow({ Indikator: 'nojdhet-helhet', Gäller: 'enhet', Period: 2025, Uppgift: 'uppgift saknas', Källa: 'Egen', Publicerad: excelDay('2025-01-15') }),
      ['Blad Resultat, rad 10, kolumn Id: värdet är tomt. Förväntat: ett id.'],
    ],
    [
      'ett datum skrivet som text',
      (b) => b.sheet('Anordnare').set('lindas-hemtjanst', 'Uppdaterad', '2025-06-01'),
      [
        'Blad Anordnare, rad 3, kolumn Uppdaterad: värdet är "2025-06-01". Förväntat: ett datum, t.ex. 2026-03-15, skrivet så att Excel visar det som datum. Cellen innehåller texten "2025-06-01", inte ett datum: ta bort en eventuell apostrof först i cellen, formatera den som datum och skriv datumet igen.',
      ],
    ],
    [
      'ett datum som ord',
      (b) => b.sheet('Uppföljningar').set('lindas-hemtjanst-2025-03', 'Datum', '10 mars 2025'),
      [
        'Blad Uppföljningar, rad 2, kolumn Datum: värdet är "10 mars 2025". Förväntat: ett datum, t.ex. 2026-03-15, skrivet så att Excel visar det som datum. Cellen innehåller text, inte ett datum.',
      ],
    ],
    [
      'ett personnummer i en cell',
      (b) => b.sheet('Enheter').set('solgarden', 'Beskrivning', `Kontakt: ${hidden.dressed}.`),
      [
        `Blad Enheter, rad 2, kolumn Beskrivning: värdet är "${hidden.plain.digits.slice(0, -4)}-XXXX". Förväntat: inga personnummer i innehållet (ta bort numret: webbplatsen får bara innehålla uppgifter om organisationer). Är det ett telefonnummer? Skriv det med +46, t.ex. +46 70-123 45 67.`,
      ],
    ],
    [
      'ett personnummer skrivet som tal i en egen kolumn',
      (b) => {
        b.sheet('Anordnare').addColumn('Anteckning');
        b.sheet('Anordnare').set('egen-regi', 'Anteckning', 1212121212);
      },
      [
        'Blad Anordnare, rad 1, kolumn Anteckning. Förväntat: en av bladets kolumner: Id, Namn, Organisationsnummer, Enskild firma, Driftform, Tjänst N, Auktoriserad sedan, Status N, Statusdatum N, Statusnotering N, Telefon, E-post, Webbplats, Gatuadress, Postnummer, Ort, Beskrivning, Språk, Profiler, Områden, Tar emot nya kunder, Kapacitet bekräftad, Kapacitetstak, Kapacitet, kommentar, Fakta bekräftade, Personal på natten, Personal på helger, Kan önska personalens kön, Husdjur tillåtna, Eget kök, Specialkost, IVO-tillstånd krävs, IVO-diarienummer, Uppdaterad. Kolumnen är okänd; rätta rubriken eller ta bort kolumnen (egna anteckningar kan stå på ett eget blad).',
        'Blad Anordnare, rad 2, kolumn Anteckning: värdet är "121212-XXXX". Förväntat: inga personnummer i innehållet (ta bort numret: webbplatsen får bara innehålla uppgifter om organisationer). Är det ett telefonnummer? Skriv det med +46, t.ex. +46 70-123 45 67.',
      ],
    ],
    [
      'en tom obligatorisk cell',
      (b) => b.sheet('Anordnare').set('lindas-hemtjanst', 'Namn', null),
      ['Blad Anordnare, rad 3, kolumn Namn: värdet är tomt. Förväntat: en text (cellen får inte vara tom).'],
    ],
    [
      'en tom rullgardinscell som måste fyllas i',
      (b) => b.sheet('Uppföljningar').set('lindas-hemtjanst-2025-03', 'Sanktion', null),
      [
        'Blad Uppföljningar, rad 2, kolumn Sanktion: värdet är tomt. Förväntat: ett av värdena i listan: ingen, anmärkning, varning, avauktorisation (cellen får inte vara tom).',
      ],
    ],
    [
      'en ny enhet utan adress',
      (b) =>
        b.sheet('Enheter').addRow({
          Id: 'nytt-boende',
          Namn: 'Nytt boende',
          Anordnare: 'egen-regi',
          Tjänst: 'sarskilt-boende',
          Område: 'centrum',
          Beskrivning: 'Nytt.',
          Uppdaterad: excelDay('2025-01-01'),
        }),
      [
        'Blad Enheter, rad 4, kolumn Gatuadress: värdet är tomt. Förväntat: en text (cellen får inte vara tom).',
        'Blad Enheter, rad 4, kolumn Postnummer: värdet är tomt. Förväntat: ett postnummer med fem siffror, t.ex. 131 40 (cellen får inte vara tom).',
        'Blad Enheter, rad 4, kolumn Ort: värdet är tomt. Förväntat: en text (cellen får inte vara tom).',
      ],
    ],
    [
      'en rad utan id',
      (b) => b.sheet('Enheter').addRow({ Namn: 'Nytt boende utan id' }),
      ['Blad Enheter, rad 4, kolumn Id: värdet är tomt. Förväntat: ett id (cellen får inte vara tom: varje rad behöver ett id).'],
    ],
    [
      'ett id med stora bokstäver och mellanslag',
      (b) =>
        b
          .sheet('Villkor')
          .addRow({ Id: 'Nya Nycklar', Villkor: 'Rutiner.', 'Kontrolleras genom': 'Uppföljning.', 'Om villkoret inte uppfylls': 'Anmärkning.' }),
      [
        'Blad Villkor, rad 4, kolumn Id: värdet är "Nya Nycklar". Förväntat: ett id med små bokstäver a-z, siffror och bindestreck, t.ex. "solrosens-hemtjanst".',
      ],
    ],
    [
      'text där ett tal ska stå',
      (b) => b.sheet('Enheter').set('tallbacken', 'Platser', 'fyrtio'),
      ['Blad Enheter, rad 3, kolumn Platser: värdet är "fyrtio". Förväntat: ett heltal, t.ex. 12.'],
    ],
    [
      'ett värde när Uppgift är för få svar',
      (b) => b.sheet('Resultat').setAt(3, 'Värde', 40),
      ['Blad Resultat, rad 3, kolumn Värde: värdet är 40. Förväntat: inget värde när Uppgift är för få svar (värdet får inte publiceras).'],
    ],
    [
      'statusar i fel ordning',
      (b) => {
        b.sheet('Anordnare').set('egen-regi', 'Status 2', 'varning');
        b.sheet('Anordnare').set('egen-regi', 'Statusdatum 2', excelDay('2009-01-01'));
      },
      ['Blad Anordnare, rad 2, kolumn Statusdatum 2: värdet är "2009-01-01". Förväntat: datum i ordning, äldst först (föregående är 2010-01-01).'],
    ],
    [
      'en enhet som inte hör till anordnaren',
      (b) => b.sheet('Kvalitetsredovisningar').set('solgarden-2025', 'Enhet', 'tallbacken'),
      [
        'Blad Kvalitetsredovisningar, rad 2, kolumn Enhet: värdet är "tallbacken". Förväntat: en enhet som tillhör anordnaren solgarden-omsorg (den tillhör egen-regi).',
      ],
    ],
    [
      'en formel som visar ett fel',
      (b) => b.sheet('Enheter').set('tallbacken', 'Platser', { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue),
      ['Blad Enheter, rad 3, kolumn Platser: värdet är "#DIV/0!". Förväntat: ett heltal, t.ex. 12. Cellen visar ett fel (#DIV/0!).'],
    ],
    [
      'ett blad som saknas',
      (b) => b.book.removeWorksheet(b.sheet('Villkor').raw.id),
      [
        'Blad Villkor. Förväntat: ett blad som heter Villkor. Bladet saknas: lägg tillbaka det (exportera en ny arbetsbok med npm run export:workbook om det behövs).',
      ],
    ],
    [
      'samma rubrik två gånger',
      (b) => b.sheet('Villkor').addColumn('Villkor'),
      [
        'Blad Villkor, rad 1, kolumn Villkor. Förväntat: varje rubrik bara en gång (samma rubrik står redan i kolumn B). Ta bort eller byt namn på den ena kolumnen.',
      ],
    ],
  ])('%s', async (_name, edit, expected) => {
    expect(await refusals(edit)).toEqual(expected);
  });

  it('listar alla fel på en gång, blad för blad och rad för rad', async () => {
    expect(
      await refusals((b) => {
        b.sheet('Resultat').setAt(2, 'Uppgift', 'okänd');
        b.sheet('Anordnare').set('solgarden-omsorg', 'Organisationsnummer', '556677-1234');
        b.sheet('Anordnare').set('egen-regi', 'Driftform', 'statlig');
      }),
    ).toEqual([
      'Blad Anordnare, rad 2, kolumn Driftform: värdet är "statlig". Förväntat: ett av värdena i listan: privat, kommunal egen regi, idéburen.',
      'Blad Anordnare, rad 4, kolumn Organisationsnummer: värdet är "556677-1234". Förväntat: ett organisationsnummer med rätt kontrollsiffra (sista siffran stämmer inte).',
      'Blad Resultat, rad 2, kolumn Uppgift: värdet är "okänd". Förväntat: ett av värdena i listan: värde, för få svar, uppgift saknas, ej tillämpligt, ny verksamhet (inte mätt ännu).',
    ]);
  });

  it('skriver inget med --allow-remove heller när något annat hänvisar till det borttagna', async () => {
    expect(await refusals((b) => b.sheet('Villkor').removeRow('genomforandeplan'), { allowRemove: true })).toEqual([
      'Blad Uppföljningar, rad 2, kolumn Villkor 1: värdet är "genomforandeplan". Förväntat: ett villkor som finns på bladet Villkor: utbildad-personal.',
    ]);
  });
});
