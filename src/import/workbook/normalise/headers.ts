// Which column of a sheet is which: the header row matched against the
// sheet's definition, however the header is capitalised or spaced. Numbered
// columns ("Status 4") are found by their number, so a person can add a fifth
// status by adding "Status 5", "Statusdatum 5" and "Statusnotering 5".
// An unknown, repeated or empty header over data is a problem, never ignored:
// a misspelt header would otherwise drop what the person wrote under it.
import { fold } from '../../../lib/locale/fold';
import type { WorkbookSheet } from '../read/read-workbook';
import type { WorkbookError } from '../report';
import { groupHeader, isGroup, type ColumnDef, type GroupDef, type SheetDef } from '../sheets';

export interface SheetColumns {
  /** Plain columns found, by definition. */
  plain: Map<ColumnDef, number>;
  /** Numbered columns found: group -> number -> column -> sheet column. */
  groups: Map<GroupDef, Map<number, Map<ColumnDef, number>>>;
  /** Sheet column -> header as written, for messages. */
  headerAt: Map<number, string>;
  /** Headers of the definition's columns the sheet lacks (their fields are kept from the files). */
  missing: string[];
  problems: WorkbookError[];
}

const key = (header: string) => fold(header);

export function matchColumns(sheet: WorkbookSheet, def: SheetDef): SheetColumns {
  const plainByKey = new Map<string, ColumnDef>();
  const groupByKey = new Map<string, { group: GroupDef; column: ColumnDef }>();
  for (const c of def.columns) {
    if (isGroup(c)) for (const column of c.group.columns) groupByKey.set(key(column.header), { group: c.group, column });
    else plainByKey.set(key(c.header), c);
  }
  const found: SheetColumns = { plain: new Map(), groups: new Map(), headerAt: new Map(), missing: [], problems: [] };
  const seen = new Map<string, number>();
  const problem = (column: string, expected: string) => found.problems.push({ sheet: def.name, row: 1, column, hasValue: false, expected });
  const known = [...def.columns.flatMap((c) => (isGroup(c) ? c.group.columns.map((g) => groupHeader(g, 1).replace(/1$/, 'N')) : [c.header]))];

  for (const [index, header] of [...sheet.header].sort(([a], [b]) => a - b)) {
    found.headerAt.set(index, header);
    const k = key(header);
    const repeat = seen.get(k);
    if (repeat !== undefined) {
      problem(header, `varje rubrik bara en gång (samma rubrik står redan i kolumn ${columnLetter(repeat)}). Ta bort eller byt namn på den ena kolumnen`);
      continue;
    }
    seen.set(k, index);
    const plain = plainByKey.get(k);
    if (plain) {
      found.plain.set(plain, index);
      continue;
    }
    const numbered = /^(.*\S)\s+(\d{1,3})$/.exec(k);
    const member = numbered ? groupByKey.get(numbered[1]) : undefined;
    if (numbered && member && Number(numbered[2]) >= 1) {
      const byNumber = found.groups.get(member.group) ?? new Map<number, Map<ColumnDef, number>>();
      const columns = byNumber.get(Number(numbered[2])) ?? new Map<ColumnDef, number>();
      columns.set(member.column, index);
      byNumber.set(Number(numbered[2]), columns);
      found.groups.set(member.group, byNumber);
      continue;
    }
    problem(
      header,
      `en av bladets kolumner: ${known.join(', ')}. Kolumnen är okänd; rätta rubriken eller ta bort kolumnen (egna anteckningar kan stå på ett eget blad)`,
    );
  }

  const dataColumns = new Set(sheet.rows.flatMap((r) => [...r.cells.keys()]));
  for (const index of [...dataColumns].sort((a, b) => a - b))
    if (!sheet.header.has(index))
      problem(`${columnLetter(index)} (utan rubrik)`, 'en rubrik i rad 1 över varje kolumn med värden. Skriv rubriken eller ta bort värdena');

  for (const c of def.columns) {
    if (isGroup(c)) {
      if (!found.groups.has(c.group)) found.missing.push(...c.group.columns.map((g) => groupHeader(g, 1).replace(/1$/, 'N')));
    } else if (!found.plain.has(c)) found.missing.push(c.header);
  }
  return found;
}

/** "A", "B", ... "Z", "AA": the column letter Excel shows for column number `index` (1 = A). */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
