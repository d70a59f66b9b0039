// npm run new-site: starts a real kommun's site. Writes site.yaml with the
// kommun's name and code and one file per chosen service, all with texts and
// addresses marked for the kommun to replace, and no providers or units.
// Never writes over a kommun's content without --force, and never without a
// dated backup of whatever the folder held.
// Exit code 0: written. 1: writing failed (the old content is as it was). 2: wrong options, or refused.
import { join, relative } from 'node:path';
import { ArgsError, readCommandLine, single, type ParsedArgs } from '../cli/cli-args';
import { contentFolder } from '../cli/content-folder';
import { importLockIn, inspectContentFolder } from '../cli/content-guard';
import { printErr, printOut } from '../cli/terminal-output';
import { swedishToday } from '../import/shared/command-line/today';
import { findKommun, type Kommun } from '../lib/kommuner/kommuner';
import { plural } from '../lib/locale/format';
import { EDIT_MARK } from '../lib/placeholders/placeholders';
import { replaceFolder, replaceProblem } from './replace-folder';
import { DEFAULT_SERVICE_IDS, SERVICE_TEMPLATES, type ServiceTemplate } from './service-templates';
import { writeNewSite } from './write-content';

const BACKUP_FOLDER = '.backups';

const serviceList = SERVICE_TEMPLATES.map((s) => `  ${s.id.padEnd(28)} ${s.name} (${s.legalBasis})`).join('\n');

const HELP = `Användning: npm run new-site -- --kommun <kod> [--services <id>,<id>] [--force] [--content <mapp>]

Startar en riktig kommuns webbplats: skriver content/site.yaml med kommunens namn och
kommunkod och en fil per tjänst i content/services/, men inga anordnare eller
verksamheter. Texter som börjar med ${EDIT_MARK} och adresser som slutar på .invalid är
platshållare som kommunen ska ändra; npm run validate listar dem som är kvar, och
webbplatsen går att bygga redan innan.

Val:
  --kommun <kod>       Kommunkoden med fyra siffror (SCB), t.ex. 0180 för Stockholm.
  --services <id,...>  Tjänsterna att börja med, åtskilda med kommatecken.
                       Utan valet: ${DEFAULT_SERVICE_IDS.join(', ')}. Tjänsterna som finns:
${serviceList}
  --force              Ersätt också en mapp med en riktig kommuns uppgifter.
  --content <mapp>     Mappen att skriva (standard content/ eller KVG_CONTENT_DIR).
  --help               Visa den här texten.

Säkerhet: har mappen en riktig kommuns uppgifter (site.yaml utan isExample: true, eller
filer som npm run generate:example inte har skrivit) skrivs ingenting utan --force.
Innan något ersätts, också exempeldata, kopieras mappen till ${BACKUP_FOLDER}/<mapp>-<datum och tid>/
i mappen du kör kommandot från. Det nya skrivs först i en tillfällig mapp bredvid och
byts in när det är klart och kontrollerat, så ett fel lämnar det gamla orört.
content/README.md följer med till den nya mappen.

Slutkod 0: klart. 1: något gick fel när det skrevs (det gamla innehållet finns kvar).
2: fel i valen, eller mappen har en riktig kommuns uppgifter (inget skrevs).`;

interface NewSiteOptions {
  kommun: Kommun;
  services: ServiceTemplate[];
  content?: string;
  force: boolean;
}

function readKommun(given: string | undefined): Kommun {
  if (given === undefined) throw new ArgsError('Ange kommunens kod: --kommun 0180 (kommunkoden med fyra siffror, från SCB).');
  if (!/^\d{4}$/.test(given)) {
    const padded = /^\d{1,3}$/.test(given) ? findKommun(given.padStart(4, '0')) : undefined;
    const hint = padded ? ` Menade du --kommun ${padded.code} (${padded.name})? Koder som börjar med 0 skrivs med nollan.` : '';
    throw new ArgsError(`Kommunkoden ska vara fyra siffror, t.ex. 0180 (fick "${given}").${hint}`);
  }
  const kommun = findKommun(given);
  if (!kommun) throw new ArgsError(`Kommunkoden ${given} finns inte i listan över Sveriges 290 kommuner.`);
  return kommun;
}

function readServices(given: string | undefined): ServiceTemplate[] {
  const ids = (given ?? DEFAULT_SERVICE_IDS.join(','))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = ids.filter((id) => !SERVICE_TEMPLATES.some((s) => s.id === id));
  if (ids.length === 0 || unknown.length > 0)
    throw new ArgsError(
      `${unknown.length ? `Okänd tjänst: ${unknown.join(', ')}.` : '--services är tomt.'} Tjänsterna som finns: ${SERVICE_TEMPLATES.map((s) => s.id).join(', ')}.`,
    );
  return SERVICE_TEMPLATES.filter((s) => ids.includes(s.id));
}

function readOptions(args: ParsedArgs): NewSiteOptions {
  return {
    kommun: readKommun(single(args, 'kommun')),
    services: readServices(single(args, 'services')),
    content: single(args, 'content'),
    force: args.flags.has('force'),
  };
}

/** A path for messages: relative to where the command runs when inside it. */
const shown = (path: string) => {
  const r = relative(process.cwd(), path);
  return r && !r.startsWith('..') ? r : path;
};

function checklist(o: NewSiteOptions, contentDir: string): string[] {
  const dir = shown(contentDir);
  return [
    '',
    'Så här fortsätter ni:',
    `  1. Fyll i ${join(dir, 'site.yaml')}: webbplatsens adress (siteUrl, basePath), kontaktuppgifter`,
    '     (telefon, e-post, webbplats), vem som publicerar (publisher), licens och tillgänglighetsredogörelsen.',
    `  2. Läs och skriv om texterna i ${join(dir, 'services')}/ (allt som börjar med ${EDIT_MARK}), och ta bort ${EDIT_MARK}.`,
    '     Fler tjänster senare: skriv dem till en annan mapp med --services <id> --content <annan mapp>',
    '     och kopiera filerna därifrån till services/.',
    '  3. Lägg in anordnare och verksamheter från kalkylbladet: npm run import:workbook.',
    `  4. Resultat från Kolada: lägg indikatorer i indicators/, koppla kommunens enheter i`,
    `     kolada-units.yaml och hämta med npm run import:kolada -- --kommun ${o.kommun.code} --year <år>.`,
    `  5. Kontrollera med npm run validate (den listar platshållarna som är kvar) och bygg med npm run build.`,
    'Alla fält beskrivs i content/README.md.',
  ];
}

/** Returns the exit code. `checkRuntime` runs after the options are read, before anything is read from disk. */
export function main(argv: string[], checkRuntime: () => void = () => {}, now = new Date()): number {
  const args = readCommandLine(
    argv,
    { help: HELP, spec: { values: ['kommun', 'services', 'content'], flags: ['force'] }, nothingDone: 'Inget skrevs.' },
    readOptions,
  );
  if (!args.ok) return args.exitCode;
  checkRuntime();
  const o = args.options;
  const contentDir = contentFolder(o.content);

  const problem = replaceProblem(contentDir);
  if (problem) {
    printErr(`npm run new-site ersätter en hel mapp, men ${problem}. Inget skrevs. Ange innehållsmappen med --content <mapp>.`);
    return 2;
  }
  const lock = importLockIn(contentDir);
  if (lock) {
    printErr(
      `En import skriver i ${shown(contentDir)} (låset ${shown(lock)} finns). Inget skrevs. Vänta tills importen är klar; har den stoppats, kör den igen så tar den bort låset.`,
    );
    return 2;
  }
  const state = inspectContentFolder(contentDir);
  if (state.kind === 'kommun' && !o.force) {
    printErr(`${shown(contentDir)} har redan en kommuns egna uppgifter, så npm run new-site skriver inte över dem:`);
    for (const reason of state.reasons) printErr(`- ${reason}.`);
    printErr(`Inget skrevs. Vill ni ersätta innehållet ändå: kör igen med --force. Det som finns nu sparas först i ${BACKUP_FOLDER}/.`);
    return 2;
  }

  let backup: string | undefined;
  try {
    ({ backup } = replaceFolder(
      contentDir,
      (dir) => {
        writeNewSite(dir, { kommun: o.kommun, services: o.services, today: swedishToday(now) });
      },
      { backupRoot: join(process.cwd(), BACKUP_FOLDER), now },
    ));
  } catch (e) {
    printErr(`Det gick inte att skriva det nya innehållet: ${(e as Error).message}`);
    printErr(`Det som fanns i ${shown(contentDir)} är orört.`);
    return 1;
  }

  const k = o.kommun;
  printOut(`Kundvalsguiden för ${k.name} (kommunkod ${k.code}, ${k.countyName}) är skapad i ${shown(contentDir)}/:`);
  printOut(`  site.yaml, och i services/ ${plural(o.services.length, 'tjänst', 'tjänster')}: ${o.services.map((s) => s.id).join(', ')}.`);
  printOut('  Inga anordnare och inga verksamheter ännu.');
  if (backup) {
    const what = state.kind === 'example' ? ' (exempeldatan)' : state.kind === 'kommun' ? ' (kommunens tidigare innehåll)' : '';
    printOut(`Det som fanns i mappen${what} är sparat i ${shown(backup)}/.`);
  }
  for (const line of checklist(o, contentDir)) printOut(line);
  return 0;
}
