// The terminal output of --suggest-units: one short line per Kolada unit in a
// table (id, name in Kolada cut to fit, what is proposed by id, score), and a few lines on what
// was left out and where the proposal was written.
import { terminalValue } from '../../../cli/terminal-text';
import { formatPercent, plural } from '../../../lib/locale/format';
import type { Suggestion } from './assign';
import type { SuggestUnitsReport } from './report';

const NAME_WIDTH = 44;

/** Cut to a width with "…", so one unit stays one line. */
function fit(text: string, width: number): string {
  const t = terminalValue(text).trim();
  return t.length > width ? `${t.slice(0, width - 1)}…` : t;
}

const percent = (score: number) => formatPercent(Math.round(score * 100));
const kind = (t: string) => (t === 'unit' ? 'verksamhet' : 'anordnare');

function row(s: Suggestion): [string, string, string] {
  if (s.status === 'proposed') return [`förslag: ${kind(s.proposal.candidate.subjectType)} ${s.proposal.candidate.subject}`, percent(s.proposal.score), ''];
  if (s.status === 'contested')
    return [
      `avgör själv: ${s.options.map((o) => o.candidate.subject).join(' eller ')}`,
      percent(s.options[0].score),
      s.rivals.length ? `lika nära ${s.rivals.join(', ')}` : '',
    ];
  return ['ingen trolig träff', '-', ''];
}

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd(),
  );
}

export function formatSuggestTable(r: SuggestUnitsReport): string[] {
  const kommun = r.kommunName ? `${r.kommun} (${terminalValue(r.kommunName)})` : r.kommun;
  const lines = [
    `${r.dryRun ? 'Provkörning: ingen fil skrevs. ' : ''}Förslag på kopplingar till Kolada för kommun ${kommun}, från ${terminalValue(r.source)}.`,
  ];
  if (r.yearUnused) lines.push(`--year ${r.year} används inte: ingen indikator i content/indicators/ har koladaKpi.`);
  const rows: string[][] = [['Kolada-id', 'Namn i Kolada', 'Förslag här', 'Träff', '']];
  for (const s of r.suggestions) {
    const [what, score, note] = row(s);
    rows.push([s.ou.id, fit(s.ou.title, NAME_WIDTH), what, score, note]);
  }
  for (const c of r.confirmed) {
    const e = c.entry;
    const what = e.ignore !== undefined ? 'redan bekräftad: ignoreras' : `redan bekräftad: ${kind(e.subjectType!)} ${e.subject}`;
    rows.push([c.ou, fit(c.title, NAME_WIDTH), what, '-', '']);
  }
  if (rows.length > 1) lines.push('', ...table(rows), '');
  else lines.push('Kolada listar inga enheter för kommunen i de här verksamhetsområdena.');

  const count = (status: Suggestion['status']) => r.suggestions.filter((s) => s.status === status).length;
  lines.push(
    `Enheter i Kolada: ${count('proposed')} med förslag, ${count('contested')} att avgöra själv, ${count('none')} utan trolig träff, ${r.confirmed.length} redan i kolada-units.yaml.`,
  );
  const leftOut = r.leftOut.reduce((n, x) => n + x.count, 0);
  if (leftOut)
    lines.push(
      `${plural(leftOut, 'annan enhet', 'andra enheter')} i kommunen (${r.leftOut.map((x) => `${x.prefix}: ${x.count}`).join(', ')}) hör till andra verksamhetsområden och visas inte.`,
    );
  for (const m of r.notInKolada) lines.push(`Obs: ${terminalValue(m.ou)} i kolada-units.yaml finns inte bland kommunens enheter i Kolada.`);
  if (r.candidates.length === 0)
    lines.push(
      r.siteUnits + r.siteProviders === 0
        ? 'Webbplatsen har inga verksamheter eller anordnare än, så inget föreslås. Lägg in anordnare (content/providers/) och verksamheter (content/units/) först och kör kommandot igen.'
        : 'Webbplatsen har inga verksamheter, och inga anordnare i tjänster där kunden väljer anordnare, så inget föreslås. Lägg in verksamheterna (content/units/) först.',
    );
  lines.push(
    r.written
      ? `Förslaget skrevs till ${r.proposalFile}. Kontrollera det och flytta de poster som stämmer till content/kolada-units.yaml. Inget annat ändrades.`
      : r.dryRun
        ? `Förslaget skulle ha skrivits till ${r.proposalFile}. Inget ändrades.`
        : 'Inget ändrades.',
  );
  return lines;
}
