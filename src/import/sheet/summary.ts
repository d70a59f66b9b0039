// The spreadsheet import's summary: one line of counts per outcome, then every
// refused row with its column, value and reason, then what was (or would be) written.
import { formatNumber, plural, pluralWord } from '../../lib/locale/format';
import { formatPeriod } from '../../lib/locale/periods';
import { DRY_RUN_NOTE, filesLine } from '../shared/command-line/summary-lines';
import { terminalValue as shown } from '../../cli/terminal-text';
import type { SheetImportReport } from './report';

export function formatSheetSummary(r: SheetImportReport): string[] {
  const c = r.counts;
  const what = r.kind === 'survey' ? 'enkätresultat' : 'uppföljningar';
  const lines = [
    `${r.dryRun ? DRY_RUN_NOTE : ''}Import av ${what} från ${r.file} (${r.description}).`,
    `Rader: ${c.written + c.updated + c.unchanged + c.refused} lästa: ${c.written} nya, ${c.updated} ändrade, ${c.unchanged} oförändrade, ${c.refused} avvisade.`,
  ];
  if (r.kind === 'survey') lines.push(`Varav ${r.suppressed} för få svar (sparas utan värde och visas inte).`);
  if (r.kind === 'survey' && r.unknownAnswers.length) {
    const why = r.lacksAnswersColumn ? ' Kalkylbladet har ingen kolumn "Antal svar".' : '';
    const named = r.unknownAnswers.map((x) => `rad ${x.row} (${shown(x.indicator)}, ${shown(x.subject)}, ${formatPeriod(x.period)})`).join(', ');
    lines.push(
      `${plural(r.unknownAnswers.length, 'rad', 'rader')} utan antal svar visas inte: ${named}.${why} Ett resultat utan antal svar kan bygga på för få svar, så det sparas utan värde. Lägg till antalet svar och kör igen, eller skriv sourceSuppresses: true och källans regel i indikatorn om källan själv tar bort små grupper.`,
    );
  }
  if (r.unusedColumns.length) lines.push(`Kolumner som inte används: ${r.unusedColumns.map(shown).join(', ')}.`);
  for (const row of r.rows.filter((x) => x.refusal)) {
    const f = row.refusal!;
    const col = f.column ? `, kolumn "${shown(f.column)}"` : '';
    const val = f.value !== undefined && f.value !== '' ? `, värdet "${shown(String(f.value))}"` : '';
    const reason = shown(f.reason);
    lines.push(`Avvisad rad ${row.row}${col}${val}: ${reason}${/[.?!]$/.test(reason) ? '' : '.'}`);
  }
  const refusedLine = c.refused
    ? `Inget skrevs eftersom ${plural(c.refused, 'rad', 'rader')} avvisades. Rätta ${pluralWord(c.refused, 'den', 'dem')} i filen och kör igen.`
    : undefined;
  lines.push(filesLine(r, refusedLine));
  lines.push(`Tid: ${formatNumber(r.seconds, 1)} s.`);
  return lines;
}
