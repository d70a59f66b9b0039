// The proposal a person confirms: kolada-units.forslag.yaml, in the same format
// as kolada-units.yaml, so a confirmed entry is moved over as it stands. Only
// likely matches are entries; everything else (equally near choices, ignore
// candidates, what is already confirmed) is comments, so the file read as YAML
// holds exactly the proposals. Text from Kolada is kept to one line, so a title
// cannot end a comment and start an entry.
import { stringify } from 'yaml';
import { terminalValue } from '../../../cli/terminal-text';
import { formatPercent } from '../../../lib/locale/format';
import type { Alternative, ScoredCandidate, SiteCandidate, Suggestion } from './assign';
import { subjectKey } from './assign';
import type { SuggestUnitsReport } from './report';
import { areaName } from './scope';
import { SUGGEST_THRESHOLD } from './score';

export const PROPOSAL_FILE = 'kolada-units.forslag.yaml';

/** The longest title kolada-units.yaml takes (schemas/kolada-unit). */
const TITLE_MAX = 200;
const WIDTH = 88;

const oneLine = (text: string) => terminalValue(text).trim();

/** A YAML scalar on one line, quoted when YAML needs it. */
function scalar(text: string): string {
  return stringify(text, { lineWidth: 0 }).trimEnd();
}

/** Comment lines of at most WIDTH characters; with `hang`, lines after the first are indented two more. */
function comment(text: string, indent = '', hang = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && `# ${indent}${line} ${word}`.length > WIDTH) {
      lines.push(`# ${indent}${line}`);
      line = word;
      if (hang) indent = `${indent}  `;
      hang = false;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(`# ${indent}${line}`);
  return lines;
}

const percent = (score: number) => formatPercent(Math.round(score * 100));

export function describeSubject(c: SiteCandidate): string {
  return `${c.subjectType === 'unit' ? 'verksamheten' : 'anordnaren'} "${oneLine(c.name)}" (${c.subjectType}: ${c.subject})`;
}

function describeAlternative(a: Alternative): string {
  const why = a.takenBy
    ? a.takenBy.confirmed
      ? `, men den är redan kopplad till ${a.takenBy.ou} i kolada-units.yaml`
      : `, men den föreslås för ${a.takenBy.ou}, som liknar mer`
    : a.contested
      ? ', men den ligger lika nära en annan enhet i Kolada (se "Behöver avgöras")'
      : '';
  return `${describeSubject(a.candidate)}, ${percent(a.score)}${why}`;
}

function entry(ou: { id: string; title: string }, c: SiteCandidate, commented: boolean): string[] {
  const lines = [
    `- ou: ${scalar(ou.id)}`,
    `  title: ${scalar(oneLine(ou.title).slice(0, TITLE_MAX))}`,
    `  subjectType: ${c.subjectType}`,
    `  subject: ${c.subject}`,
  ];
  return commented ? lines.map((l) => `# ${l}`) : lines;
}

function ignoreEntry(ou: { id: string; title: string }): string[] {
  return [
    `# - ou: ${scalar(ou.id)}`,
    `#   title: ${scalar(oneLine(ou.title).slice(0, TITLE_MAX))}`,
    '#   ignore: Ingår inte i kundvalet (skriv det verkliga skälet)',
  ];
}

function koladaLine(s: Suggestion, report: SuggestUnitsReport): string[] {
  const values = report.year && report.withValues.has(s.ou.id) ? ` Har värden i Kolada för ${report.year}.` : '';
  return comment(`Kolada: ${s.ou.id} "${oneLine(s.ou.title)}".${values}`, '', true);
}

function reasonLines(c: ScoredCandidate): string[] {
  return comment(`Varför: ${c.reasons.join('; ')}.`, '  ');
}

function alternativeLines(s: Suggestion): string[] {
  const word = s.status === 'none' ? 'Liknar' : 'Liknar också';
  return s.alternatives.flatMap((a) => comment(`${word}: ${describeAlternative(a)}.`, '  '));
}

function serviceHint(c: SiteCandidate): string[] {
  return c.services && c.services.length > 1
    ? comment(`Anordnaren finns i flera tjänster (${c.services.join(', ')}). Lägg till "service: <tjänst>" om enheten i Kolada bara gäller en av dem.`, '  ')
    : [];
}

function header(report: SuggestUnitsReport): string[] {
  const kommun = report.kommunName ? `${report.kommun} (${oneLine(report.kommunName)})` : report.kommun;
  return [
    `# FÖRSLAG: vilka enheter i Kolada som kan vara vilka verksamheter och anordnare på`,
    `# webbplatsen, för kommun ${kommun}.`,
    '#',
    ...comment(`Skapat av: ${report.command}`),
    ...comment(`Källa: ${oneLine(report.source)}`),
    ...comment(
      `Verksamhetsområden: ${report.areas.map(areaName).join(', ')}${report.areasFromIndicators ? ' (från indikatorernas nyckeltal)' : ' (inga indikatorer har koladaKpi än, så brukarundersökningarnas områden)'}.`,
    ),
    '#',
    '# Det här är bara ett förslag. Varken webbplatsen, npm run validate eller importen',
    '# läser den här filen, och content/kolada-units.yaml har inte ändrats.',
    `# Förslagen bygger på hur lika namnen är (minst ${percent(SUGGEST_THRESHOLD)}), och på adressen när den`,
    '# står i namnet i Kolada. Programmet vet inget om verksamheterna: en person måste',
    '# kontrollera varje förslag.',
    '#',
    '# Så bekräftar du ett förslag:',
    '#   1. Kontrollera att enheten i Kolada och verksamheten eller anordnaren på',
    '#      webbplatsen verkligen är samma, till exempel i Koladas lista över enheter',
    '#      (kolada.se) eller genom att fråga utföraren.',
    '#   2. Flytta posten (raderna från "- ou:" till och med "subject:") till',
    '#      content/kolada-units.yaml. Är förslaget fel: ändra subjectType och subject.',
    '#   3. Kör npm run validate.',
    '# Rader som börjar med # används inte. Vill du använda en sådan post (ett',
    '# alternativ eller en ignore-rad): flytta den till kolada-units.yaml och ta bort #',
    '# i början av raderna. En enhet som inte ska visas på webbplatsen skrivs med',
    '# ignore: och skälet, så nämns den inte som saknad vid importen.',
    '#',
    '# Filen skrivs om varje gång kommandot körs. Skriv inte egna ändringar här.',
  ];
}

/** A headed part of the file; its items apart by blank lines, or together when `compact`. */
function section(title: string, count: number, intro: string[], body: string[][], compact = false): string[] {
  if (count === 0) return [];
  return ['', `# ==== ${title} (${count}) ====`, ...intro, ...(compact ? ['#', ...body.flat()] : body.flatMap((b) => ['', ...b]))];
}

/** The whole proposal file. */
export function proposalText(report: SuggestUnitsReport): string {
  const proposed = report.suggestions.filter((s) => s.status === 'proposed');
  const contested = report.suggestions.filter((s) => s.status === 'contested');
  const none = report.suggestions.filter((s) => s.status === 'none');
  const lines = header(report);

  if (report.candidates.length === 0) {
    lines.push(
      '',
      ...comment(
        report.siteUnits + report.siteProviders === 0
          ? 'Webbplatsen har inga verksamheter eller anordnare än, så inget kan föreslås. Lägg in anordnare i content/providers/ och verksamheter i content/units/ först, och kör kommandot igen.'
          : 'Webbplatsen har inga verksamheter, och inga anordnare i tjänster där kunden väljer anordnare, så inget kan föreslås. Lägg in verksamheterna i content/units/ först, och kör kommandot igen.',
      ),
    );
    lines.push(
      ...section(
        'Enheter i Kolada',
        report.suggestions.length,
        [],
        report.suggestions.map((s) => koladaLine(s, report)),
        true,
      ),
    );
  } else {
    lines.push(
      ...section(
        'Troliga träffar',
        proposed.length,
        comment('Kontrollera och flytta till kolada-units.yaml.'),
        proposed.map((s) => {
          if (s.status !== 'proposed') return [];
          return [
            ...koladaLine(s, report),
            ...comment(`Förslag: ${describeSubject(s.proposal.candidate)}, träff ${percent(s.proposal.score)}.`),
            ...reasonLines(s.proposal),
            ...alternativeLines(s),
            ...serviceHint(s.proposal.candidate),
            ...entry(s.ou, s.proposal.candidate, false),
          ];
        }),
      ),
      ...section(
        'Behöver avgöras av en person',
        contested.length,
        comment(
          'Samma verksamhet eller anordnare ligger lika nära flera enheter i Kolada, eller en enhet i Kolada ligger lika nära flera här. Inget föreslås: välj själv, och flytta den post som stämmer.',
        ),
        contested.map((s) => {
          if (s.status !== 'contested') return [];
          return [
            ...koladaLine(s, report),
            ...(s.rivals.length ? comment(`Lika nära som ${s.rivals.join(', ')}.`, '  ') : []),
            ...s.options.flatMap((o) => [
              ...comment(`Möjlig: ${describeSubject(o.candidate)}, träff ${percent(o.score)}.`),
              ...reasonLines(o),
              ...entry(s.ou, o.candidate, true),
            ]),
            ...alternativeLines(s),
          ];
        }),
      ),
      ...section(
        'Ingen trolig träff',
        none.length,
        comment(
          `Ingen verksamhet eller anordnare här liknar namnet tillräckligt (minst ${percent(SUGGEST_THRESHOLD)}), eller den som liknar föreslås redan för en annan enhet. Finns enheten på webbplatsen under ett annat namn: skriv posten själv i kolada-units.yaml. Ska den inte visas här: flytta ignore-raderna dit och skriv skälet.`,
        ),
        none.map((s) => [...koladaLine(s, report), ...alternativeLines(s), ...ignoreEntry(s.ou)]),
      ),
    );
  }

  const subjectName = new Map(report.candidates.map((c) => [subjectKey(c), c.name]));
  lines.push(
    ...section(
      'Redan i kolada-units.yaml',
      report.confirmed.length,
      comment('Bekräftade tidigare. Föreslås inte igen.'),
      report.confirmed.map((c) => {
        const e = c.entry;
        const what =
          e.ignore !== undefined
            ? `ignoreras: ${oneLine(e.ignore)}`
            : `${e.subjectType === 'unit' ? 'verksamheten' : 'anordnaren'} ${e.subject}${subjectName.has(`${e.subjectType}:${e.subject}`) ? ` "${oneLine(subjectName.get(`${e.subjectType}:${e.subject}`)!)}"` : ''}`;
        return comment(`${c.ou} "${oneLine(c.title)}": ${what}.`, '', true);
      }),
      true,
    ),
    ...section(
      'I kolada-units.yaml men inte bland kommunens enheter i Kolada',
      report.notInKolada.length,
      comment('Kolada listar dem inte (längre) för kommunen: nedlagda, bytt id eller felskrivna. Kontrollera dem i kolada-units.yaml.'),
      report.notInKolada.map((m) => comment(`${m.ou}${m.title ? ` "${oneLine(m.title)}"` : ''}.`, '', true)),
      true,
    ),
  );
  const leftOut = report.leftOut.reduce((n, x) => n + x.count, 0);
  if (leftOut)
    lines.push(
      '',
      ...comment(
        `Kolada listar också ${leftOut} andra enheter i kommunen (${report.leftOut.map((x) => `${x.prefix}: ${x.count}`).join(', ')}), i andra verksamhetsområden, till exempel skolor. De finns inte med här.${report.year ? '' : ' Med --year <år> tas också de enheter med som har värden för webbplatsens nyckeltal det året, vilket id de än har.'}`,
      ),
    );
  return `${lines.join('\n')}\n`;
}
