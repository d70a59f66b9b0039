// The drop-down lists and the values behind them. Every fixed list (driftform,
// status, ja/nej ...) and the ids the workbook does not hold itself
// (indicators, profiles) are written to the right of the explanations on the
// first sheet, where a person also reads them. Lists of services, providers,
// units and conditions point at those sheets' Id column instead, so a row
// added there is in the drop-down at once.
import type ExcelJS from 'exceljs';
import { columnLetter } from '../normalise/headers';
import { CHOICES, EXPLANATION_SHEET, sheetOf, YES_NO, type ChoiceList, type ColumnDef, type IdPick, type WorkbookKind } from '../sheets';

/** Rows below the data that still get drop-downs and formats, for rows a person adds. */
export const SPARE_ROWS = 1000;

export interface NamedId {
  id: string;
  name: string;
}

export interface DropDowns {
  /** The data validation for a column, or undefined when it has none. */
  forColumn: (column: ColumnDef) => ExcelJS.DataValidation | undefined;
}

const quoted = (sheet: string) => `'${sheet.replaceAll("'", "''")}'`;
const range = (sheet: string, column: number, lastRow: number) => `${quoted(sheet)}!$${columnLetter(column)}$2:$${columnLetter(column)}$${lastRow}`;

const PICK_KINDS: Partial<Record<IdPick, WorkbookKind>> = { services: 'services', providers: 'providers', units: 'units', conditions: 'conditions' };

/** Excel refuses a validation whose error title is longer than 32 characters. */
const titled = (title: string) => title.slice(0, 32);

const list = (formula: string, title: string, strict: boolean): ExcelJS.DataValidation => ({
  type: 'list',
  allowBlank: true,
  formulae: [formula],
  showErrorMessage: true,
  errorStyle: strict ? 'stop' : 'warning',
  errorTitle: titled(title),
  error: strict ? 'Välj ett värde i listan.' : 'Värdet finns inte i listan. Importen kontrollerar det.',
});

const dateValidation = (title: string): ExcelJS.DataValidation => ({
  type: 'date',
  operator: 'greaterThan',
  allowBlank: true,
  formulae: [new Date(Date.UTC(1900, 0, 1))],
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: titled(title),
  error: 'Skriv ett datum, t.ex. 2026-03-15.',
});

/** Writes the lists from `firstColumn` of the explanation sheet, a heading in row 1 and the values below. */
export function addDropDownLists(
  sheet: ExcelJS.Worksheet,
  firstColumn: number,
  ids: { indicators: NamedId[]; profiles: NamedId[] },
  rowsIn: (kind: WorkbookKind) => number,
): DropDowns {
  const choiceRange = new Map<ChoiceList, string>();
  let column = firstColumn - 1;
  const addColumn = (header: string, values: string[]) => {
    column++;
    sheet.getCell(1, column).value = header;
    sheet.getCell(1, column).font = { bold: true };
    for (const [i, v] of values.entries()) sheet.getCell(i + 2, column).value = v;
    sheet.getColumn(column).width = Math.min(50, Math.max(12, header.length + 2, ...values.map((v) => v.length + 2)));
    return range(EXPLANATION_SHEET, column, Math.max(2, values.length + 1));
  };
  for (const choices of [YES_NO, ...Object.values(CHOICES)])
    choiceRange.set(
      choices,
      addColumn(
        choices.name,
        choices.options.map((o) => o.label),
      ),
    );
  const indicators = addColumn(
    'Indikator (id)',
    ids.indicators.map((i) => i.id),
  );
  addColumn(
    'Indikatorns namn',
    ids.indicators.map((i) => i.name),
  );
  addColumn(
    'Profil (id)',
    ids.profiles.map((p) => p.id),
  );
  addColumn(
    'Profilens namn',
    ids.profiles.map((p) => p.name),
  );

  return {
    forColumn(c) {
      if (c.choices) return list(choiceRange.get(c.choices)!, c.header, true);
      if (c.kind === 'date') return dateValidation(c.header);
      if (c.pick === 'indicators') return list(indicators, c.header, false);
      const kind = c.pick ? PICK_KINDS[c.pick] : undefined;
      // The Id column of the sheet that holds them: its first column.
      if (kind) return list(range(sheetOf(kind).name, 1, rowsIn(kind) + 1 + SPARE_ROWS), c.header, false);
      return undefined;
    },
  };
}
