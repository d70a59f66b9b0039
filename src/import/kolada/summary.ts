// The Kolada import's summary as kommun staff read it: counts per outcome,
// units matched and unmatched (with suggestions), values suppressed, time taken,
// and every conflict and refusal with its reason.
import { formatNumber, plural } from '../../lib/locale/format';
import { formatPeriod } from '../../lib/locale/periods';
import { describePlace } from '../shared/plan/value-outcomes';
import { DRY_RUN_NOTE, filesLine } from '../shared/command-line/summary-lines';
import { terminalValue as shown } from '../../cli/terminal-text';
import type { KoladaImportReport } from './report';

const subjectWord = { unit: 'enhet', provider: 'anordnare', municipality: 'kommunen', nation: 'riket' } as const;

export function formatKoladaSummary(r: KoladaImportReport): string[] {
  const c = r.counts;
  const lines = [
    `${r.dryRun ? DRY_RUN_NOTE : ''}Kolada-import för kommun ${r.kommun}, år ${r.year}, från ${shown(r.source)}.`,
    `Nyckeltal: ${r.kpis.length} (${r.kpis.join(', ')}).`,
    `Enheter: ${r.matched} kopplade, ${r.unmatched.length} utan koppling, ${r.ignored} ignorerade (Kolada listar ${r.ousInKolada} enheter i kommunen).`,
    `Rader från Kolada: ${r.rowsRead} lästa, ${r.rowsSkipped} utanför importen (andra kommuner, år, tjänster eller ignorerade enheter).`,
    `Värden: ${c.written} nya, ${c.updated} ändrade, ${c.unchanged} oförändrade, ${c.conflict} i konflikt, ${c.refused} avvisade, ${c.removed} borttagna.`,
    `Varav ${r.suppressed} för få svar (visas inte) och ${r.missing} uppgift saknas.`,
    ...(r.unknownAnswers.length
      ? [
          `${plural(r.unknownAnswers.length, 'rad', 'rader')} utan antal svar visas inte: ${r.unknownAnswers.map((x) => `${x.indicator}, ${subjectWord[x.subjectType]} ${x.subject}, ${formatPeriod(x.period)}`).join('; ')}. Kolada har inget antal svarande för dem (för enheter finns det bara på kommunnivå), så de kan bygga på för få svar och sparas utan värde. Skriv sourceSuppresses: true och källans regel i indikatorn om källan själv tar bort små grupper.`,
        ]
      : []),
    `Hämtningar: ${r.requests} frågor, ${r.pages} sidor, ${r.retries} nya försök. Tid: ${formatNumber(r.seconds, 1)} s.`,
  ];
  for (const u of r.unmatched) {
    const hint = u.suggestions.length
      ? `Närmaste namn på webbplatsen: ${u.suggestions.map((s) => `${shown(s.name)} (subjectType: ${s.subjectType}, subject: ${s.subject})`).join('; ')}.`
      : 'Inget liknande namn på webbplatsen.';
    lines.push(
      `Utan koppling: ${shown(u.ou)} "${shown(u.title)}" (${plural(u.rows, 'rad', 'rader')}). Lägg till den i content/kolada-units.yaml, eller skriv ignore: <skäl>. ${hint}`,
    );
  }
  if (r.unmatched.length)
    lines.push(
      `Förslag på kopplingar för alla enheter utan koppling: npm run import:kolada -- --kommun ${r.kommun} --suggest-units (skriver bara content/kolada-units.forslag.yaml).`,
    );
  if (r.silent.length) lines.push(`Kopplade enheter utan värden i Kolada för ${r.year}: ${r.silent.map((x) => `${x.ou} (${x.subject})`).join(', ')}.`);
  for (const m of r.notInKolada)
    lines.push(`Obs: ${shown(m.ou)}${m.title ? ` "${shown(m.title)}"` : ''} i kolada-units.yaml finns inte bland kommunens enheter i Kolada.`);
  for (const e of r.entries.filter((x) => x.outcome === 'conflict')) {
    const v = e.incoming;
    lines.push(
      `Konflikt: ${v.indicator}, ${subjectWord[v.subjectType]} ${v.subject}, ${formatPeriod(v.period)} finns redan i ${describePlace(e.existing!)} med ett annat värde. Den handskrivna raden behålls; ta bort den om Koladas värde ska gälla.`,
    );
  }
  for (const x of r.refused) lines.push(`Avvisad: ${shown(x.kpi)} ${shown(x.who)} ${shown(x.period)}: ${shown(x.reason)}.`);
  const refusedLine = c.refused
    ? `Inget skrevs eftersom ${plural(c.refused, 'värde', 'värden')} avvisades${r.dryRun ? '' : ', och inget publicerat värde togs bort'}. Rätta orsaken (se raderna Avvisad ovan) och kör igen.`
    : undefined;
  lines.push(filesLine(r, refusedLine));
  return lines;
}
