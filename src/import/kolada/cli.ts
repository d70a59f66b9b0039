// npm run import:kolada: fetches a year's survey figures for the kommun's units
// from Kolada (or a saved snapshot) into content/, with a summary of every change.
// Exit code 0: done (or nothing to do). 1: content, network or API problem. 2: wrong options.
import { ArgsError, single, type ArgSpec, type ParsedArgs } from '../../cli/cli-args';
import { contentFolder } from '../../cli/content-folder';
import { runImportCommand } from '../shared/command-line/import-command';
import { importDate } from '../shared/command-line/today';
import { KoladaResponseError } from './normalise/response';
import { createFolderSource } from './read/folder-source';
import { createHttpSource, DEFAULT_KOLADA_API, KoladaFetchError } from './read/http-source';
import { formatKoladaSummary } from './summary';
import { runKoladaImport } from './run-import';

const HELP = `Användning: npm run import:kolada -- --kommun <kod> --year <år> [val]

Hämtar resultat från Kolada (till exempel Socialstyrelsens brukarundersökning) för
kommunens enheter och skriver dem till content/indicator-values/kolada-<kod>-<år>.csv.
Svaren sparas i content/snapshots/kolada/<kod>-<år>/ så att importen kan köras igen
utan nätverk och så att en jämförelse (diff) visar vad som ändrats.

Vilka nyckeltal som hämtas står i content/indicators/ (koladaKpi, och koladaAnswersKpi
för antal svarande). Vilken Kolada-enhet som är vilken enhet på webbplatsen står i
content/kolada-units.yaml. Handskrivna värden i andra filer skrivs aldrig över.

Val:
  --kommun <kod>   Kommunkod med fyra siffror, t.ex. 0182 (samma som i site.yaml).
  --year <år>      Året som ska hämtas, t.ex. 2024.
  --kpi <id>       Bara detta nyckeltal (kan anges flera gånger), t.ex. --kpi U21468.
  --from <mapp>    Läs sparade svar från mappen i stället för att fråga Kolada.
  --api <adress>   Kolada API:s adress (standard ${DEFAULT_KOLADA_API}), t.ex. en spegel.
  --timeout <s>    Sekunder att vänta på varje svar (standard 30).
  --dry-run        Visa vad som skulle ändras, men skriv ingenting.
  --content <mapp> Innehållsmappen (standard content/ eller KVG_CONTENT_DIR).
  --date <datum>   Publiceringsdatum för nya värden (standard i dag), ÅÅÅÅ-MM-DD.
  --help           Visa den här texten.

Bara en import åt gången: importen håller låset content/.import.lock medan den körs.
Alla filer skrivs först i en tillfällig mapp i content/ och byts in tillsammans, så
innehållet är antingen helt gammalt eller helt nytt. Avvisas någon rad skrivs ingenting.

Slutkod 0: klart. 1: rader avvisades, eller fel i innehållet, nätverket eller svaret
från Kolada (inget skrevs). 2: fel i valen.`;

interface KoladaCommandOptions {
  kommun: string;
  year: string;
  kpis: string[];
  timeoutSeconds: number;
  today: string;
  from?: string;
  api?: string;
  content?: string;
  dryRun: boolean;
}

const KOLADA_OPTIONS: ArgSpec = { values: ['kommun', 'year', 'kpi', 'from', 'api', 'timeout', 'content', 'date'], flags: ['dry-run'] };

function readKoladaOptions(args: ParsedArgs): KoladaCommandOptions {
  const kommun = single(args, 'kommun');
  const year = single(args, 'year');
  if (!kommun || !/^\d{4}$/.test(kommun)) throw new ArgsError(`Ange kommunkoden med fyra siffror: --kommun 0182 (fick ${kommun ? `"${kommun}"` : 'ingen'}).`);
  if (!year || !/^\d{4}$/.test(year)) throw new ArgsError(`Ange året med fyra siffror: --year 2024 (fick ${year ? `"${year}"` : 'inget'}).`);
  const kpis = (args.values.get('kpi') ?? []).flatMap((k) => k.split(',')).map((k) => k.trim().toUpperCase()).filter(Boolean);
  const badKpi = kpis.find((k) => !/^[NU]\d{5}$/.test(k));
  if (badKpi) throw new ArgsError(`--kpi ska vara ett Kolada-id som U21468 (fick "${badKpi}").`);
  const timeoutSeconds = Number(single(args, 'timeout') ?? 30);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) throw new ArgsError('--timeout ska vara ett antal sekunder större än 0.');
  const today = importDate(single(args, 'date'));
  return { kommun, year, kpis, timeoutSeconds, today, from: single(args, 'from'), api: single(args, 'api'), content: single(args, 'content'), dryRun: args.flags.has('dry-run') };
}

export function main(argv: string[], checkRuntime: () => void = () => {}): Promise<number> {
  return runImportCommand(
    argv,
    {
      name: 'npm run import:kolada',
      help: HELP,
      spec: KOLADA_OPTIONS,
      read: readKoladaOptions,
      run: (o, { progress, command }) => {
        // Made here, not while parsing: a missing folder or a bad --api is exit 1, like a failed fetch.
        const source = o.from
          ? createFolderSource(o.from, progress)
          : createHttpSource({ api: o.api ?? DEFAULT_KOLADA_API, timeoutMs: o.timeoutSeconds * 1000, progress });
        return runKoladaImport({ contentDir: contentFolder(o.content), projectDir: process.cwd(), kommun: o.kommun, year: o.year, kpis: o.kpis, source, dryRun: o.dryRun, today: o.today, progress, command });
      },
      // A blank line between the progress on stderr and the summary.
      summary: (report) => ['', ...formatKoladaSummary(report)],
      explain: (e) => (e instanceof KoladaFetchError || e instanceof KoladaResponseError ? `Importen avbröts, inget skrevs. ${e.message}` : undefined),
    },
    checkRuntime,
  );
}
