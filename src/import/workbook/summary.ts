// The workbook import's summary: per sheet how many rows are new, changed,
// unchanged and removed, the rows removed in the workbook but kept in content/,
// every problem with its sheet, row and column, then what was (or would be) written.
import { formatNumber, plural, pluralWord } from '../../lib/locale/format';
import { DRY_RUN_NOTE, filesLine } from '../shared/command-line/summary-lines';
import { formatWorkbookError, type SheetReport, type WorkbookImportReport } from './report';

const MAX_NAMED = 20;

/** "a, b, c och 4 till": enough to find them, not a wall of names. */
function named(items: string[]): string {
  const shown = items.slice(0, MAX_NAMED).join(', ');
  return items.length > MAX_NAMED ? `${shown} och ${items.length - MAX_NAMED} till` : shown;
}

function sheetLines(s: SheetReport, allowRemove: boolean): string[] {
  const c = s.counts;
  const lines = [`${s.name}: ${c.new} nya, ${c.changed} ändrade, ${c.unchanged} oförändrade, ${allowRemove ? c.removed : 0} borttagna.`];
  if (c.removed) lines.push(`  Borttagna (raden finns inte i arbetsboken): ${named(s.removed)}.`);
  if (c.kept)
    lines.push(
      `  ${plural(c.kept, 'rad', 'rader')} ${pluralWord(c.kept, 'borttagen', 'borttagna')} i arbetsboken men kvar i content/ (kör med --allow-remove för att ta bort ${pluralWord(c.kept, 'den', 'dem')}): ${named(s.kept)}.`,
    );
  if (s.missingColumns.length) lines.push(`  Kolumner som saknas i bladet (uppgifterna i dem behålls som i filerna): ${s.missingColumns.join(', ')}.`);
  return lines;
}

export function formatWorkbookSummary(r: WorkbookImportReport): string[] {
  const lines = [`${r.dryRun ? DRY_RUN_NOTE : ''}Import av arbetsboken ${r.file}.`];
  for (const s of r.sheets) lines.push(...sheetLines(s, r.allowRemove));
  if (r.otherSheets.length) lines.push(`Blad som inte läses in: ${r.otherSheets.join(', ')}.`);
  if (r.errors.length) {
    lines.push(`Arbetsboken har ${plural(r.errors.length, 'fel', 'fel')}:`);
    for (const e of r.errors) lines.push(`- ${formatWorkbookError(e)}`);
  }
  const refusedLine = r.errors.length
    ? `Inget skrevs eftersom arbetsboken har ${plural(r.errors.length, 'fel', 'fel')}. Rätta ${pluralWord(r.errors.length, 'det', 'dem')} i arbetsboken och kör igen.`
    : undefined;
  lines.push(filesLine(r, refusedLine));
  lines.push(`Tid: ${formatNumber(r.seconds, 1)} s.`);
  return lines;
}
