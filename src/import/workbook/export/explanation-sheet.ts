// The first sheet, Förklaringar: how the workbook works, and every column of
// every sheet with whether it must be filled in, how it is written, what it
// means and which field of which file it becomes. Printed from sheets.ts.
import type ExcelJS from 'exceljs';
import { contentTypes } from '../../../schemas/registry';
import { EXPLANATION_SHEET, groupHeader, isGroup, SHEETS, type CellKind, type ColumnDef, type SheetDef } from '../sheets';

const HOW_IT_WORKS = [
  'Varje blad är en sorts innehåll, med en rad per post. Ändra, lägg till eller ta bort rader, spara arbetsboken som Excel-arbetsbok (.xlsx) och läs in den igen:',
  '    npm run import:workbook -- <fil.xlsx> --dry-run    (visar vad som skulle ändras, skriver inget)',
  '    npm run import:workbook -- <fil.xlsx>              (skriver ändringarna i content/)',
  'Importen kontrollerar allt med samma regler som npm run validate. Finns ett enda fel skrivs ingenting, och varje fel säger blad, rad, kolumn, värdet och vad som förväntades.',
  'Datum skrivs som datum i Excel (ÅÅÅÅ-MM-DD). Text som bara ser ut som ett datum godtas inte: skriv om datumet i en cell med datumformat.',
  'Flera värden i en cell skrivs med semikolon emellan, t.ex. arabiska; finska.',
  'Numrerade kolumner (Status 1, Statusdatum 1, Status 2 ...) är en lista, en post per nummer. Fyll i nästa lediga nummer för att lägga till en post. Behövs fler: lägg till kolumner med samma rubrik och nästa nummer.',
  'En tom cell betyder att uppgiften inte finns: fältet tas bort ur filen. Tas en hel kolumn bort behålls uppgifterna i den som de är i filerna, och fält som arbetsboken inte har någon kolumn för behålls alltid.',
  'En rad som tas bort ur ett blad tas bort ur innehållet bara om importen körs med --allow-remove. Annars nämns raden i sammanfattningen och filen lämnas kvar.',
  'Ordningen på raderna spelar ingen roll. Raderna känns igen på sitt Id (på bladet Resultat på Indikator, Gäller, Id och Period).',
  `Rubrikerna i rad 1 ska stå kvar. En okänd rubrik stoppar importen; egna anteckningar kan stå på ett eget blad. Bladet ${EXPLANATION_SHEET} läses inte in. Till höger på det står värdena i rullgardinslistorna och alla indikatorer och profiler.`,
  'Personnummer får inte stå någonstans i arbetsboken.',
];

const FORMAT: Record<CellKind, string> = {
  id: 'id: a-z, 0-9 och bindestreck',
  text: 'text',
  'long-text': 'text, radbrytningar går bra',
  date: 'datum',
  integer: 'heltal',
  number: 'tal, decimalkomma går bra',
  'yes-no': 'ja eller nej',
  choice: '',
  'org-number': 'NNNNNN-NNNN',
  phone: 'telefonnummer, t.ex. 08-123 456 00',
  web: 'webbadress, https://...',
  'postal-code': 'fem siffror, t.ex. 131 40',
  'id-list': 'id skilda med semikolon',
  'text-list': 'värden skilda med semikolon',
  period: '2025, 2025-H1 eller 2025-Q3',
  subject: 'id, kommunkod eller riket',
  file: 'filnamn som slutar på .csv',
};

function format(column: ColumnDef): string {
  const base = column.kind === 'choice' ? `en av: ${column.choices!.options.map((o) => o.label).join(', ')}` : FORMAT[column.kind];
  return column.choices || column.pick ? `${base} (rullgardinslista)` : base;
}

function fileOf(sheet: SheetDef): string {
  const { path, layout } = contentTypes[sheet.kind];
  if (layout === 'one-per-file') return `${path}/<id>.yaml`;
  if (layout === 'rows') return `${path}/<Fil>`;
  if (layout === 'list') return path;
  return `${path}/<år>.yaml`;
}

function rowsOf(sheet: SheetDef): (string | undefined)[][] {
  const file = fileOf(sheet);
  const fieldOf = (path: readonly string[], prefix = '') => `${file}: ${prefix}${path.join('.')}`;
  return sheet.columns.flatMap((c) => {
    if (!isGroup(c)) return [[sheet.name, c.header, c.required ? 'ja' : 'nej', format(c), c.explanation, c.kind === 'file' ? `${file}` : fieldOf(c.path)]];
    const list = c.group.path.join('.');
    return c.group.columns.map((g) => [
      sheet.name,
      groupHeader(g, 1).replace(/1$/, '1, 2, 3 ...'),
      'nej',
      format(g),
      g.explanation,
      fieldOf(g.path, g.path.length ? `${list}[N].` : `${list}[N]`),
    ]);
  });
}

/** How many columns the explanations take; the drop-down lists come after them. */
export const EXPLANATION_COLUMNS = 6;

export function addExplanationSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(EXPLANATION_SHEET);
  sheet.columns = [{ width: 22 }, { width: 32 }, { width: 13 }, { width: 36 }, { width: 70 }, { width: 46 }];
  sheet.getCell('A1').value = 'Kundvalsguiden: allt innehåll i en arbetsbok';
  sheet.getCell('A1').font = { bold: true, size: 14 };
  HOW_IT_WORKS.forEach((text, i) => {
    const cell = sheet.getCell(i + 2, 1);
    cell.value = text;
    if (text.startsWith('    ')) cell.font = { name: 'Consolas' };
  });
  const headerRow = HOW_IT_WORKS.length + 3;
  sheet.getRow(headerRow).values = ['Blad', 'Kolumn', 'Obligatorisk', 'Så skrivs det', 'Vad det är', 'Fält i filen'];
  sheet.getRow(headerRow).font = { bold: true };
  let row = headerRow + 1;
  for (const def of SHEETS) {
    sheet.getRow(row).values = [def.name, '', '', '', `${def.explanation} En rad är ${def.rowIs}.`];
    sheet.getRow(row).font = { bold: true };
    row++;
    for (const values of rowsOf(def)) {
      const r = sheet.getRow(row++);
      r.values = values;
      r.alignment = { vertical: 'top', wrapText: true };
    }
  }
  return sheet;
}
