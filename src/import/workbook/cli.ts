// npm run import:workbook: reads the workbook that npm run export:workbook
// wrote (and a person edited) back into content/, all rows or none.
// Exit code 0: imported (or nothing to change). 1: problems in the workbook or content (nothing written). 2: wrong options.
import { existsSync } from 'node:fs';
import { ArgsError, single, type ArgSpec, type ParsedArgs } from '../../cli/cli-args';
import { contentFolder } from '../../cli/content-folder';
import { runImportCommand } from '../shared/command-line/import-command';
import { WorkbookReadError, runWorkbookImport } from './run-import';
import { formatWorkbookSummary } from './summary';

const HELP = `Användning: npm run import:workbook -- <fil.xlsx> [--dry-run] [--allow-remove] [--content <mapp>]

Läser tillbaka arbetsboken som npm run export:workbook skrev (efter att den
ändrats i Excel) till content/. Varje rad läses med samma regler som
npm run validate, och allt kontrolleras tillsammans innan något skrivs:
  - Varje fel säger blad, rad, kolumn, värdet och vad som förväntades.
  - Finns ett enda fel skrivs ingenting.
  - Annars skrivs de filer vars uppgifter ändrats. Oförändrade rader skrivs inte
    om, så en andra import av samma arbetsbok ändrar ingenting.
Sammanfattningen säger för varje blad hur många rader som är nya, ändrade,
oförändrade och borttagna.

Val:
  --dry-run        Visa vad som skulle hända, men skriv ingenting.
  --allow-remove   Ta bort filer och rader som inte längre finns i arbetsboken.
                   Utan det behålls de, och sammanfattningen nämner dem.
  --content <mapp> Innehållsmappen (standard content/ eller KVG_CONTENT_DIR).
  --help           Visa den här texten.

Bara en import åt gången (låset content/.import.lock). Filerna skrivs först i en
tillfällig mapp i content/ och byts in tillsammans när alla är skrivna.

Slutkod 0: klart. 1: fel i arbetsboken eller innehållet (inget skrevs). 2: fel i valen.`;

interface WorkbookCommandOptions {
  file: string;
  content?: string;
  dryRun: boolean;
  allowRemove: boolean;
}

const WORKBOOK_OPTIONS: ArgSpec = { values: ['content'], flags: ['dry-run', 'allow-remove'], positionals: true };

function readWorkbookOptions(args: ParsedArgs): WorkbookCommandOptions {
  if (args.positional.length !== 1)
    throw new ArgsError(
      `Ange precis en arbetsbok att läsa, t.ex. npm run import:workbook -- kundvalsguiden.xlsx${args.positional.length ? ` (fick ${args.positional.length})` : ''}. Se --help.`,
    );
  const file = args.positional[0];
  const content = single(args, 'content');
  if (!existsSync(file)) throw new ArgsError(`Filen ${file} finns inte.`);
  return { file, content, dryRun: args.flags.has('dry-run'), allowRemove: args.flags.has('allow-remove') };
}

export function main(argv: string[], checkRuntime: () => void = () => {}): Promise<number> {
  return runImportCommand(
    argv,
    {
      name: 'npm run import:workbook',
      help: HELP,
      spec: WORKBOOK_OPTIONS,
      read: readWorkbookOptions,
      run: (o, { progress, command }) =>
        runWorkbookImport({
          contentDir: contentFolder(o.content),
          projectDir: process.cwd(),
          file: o.file,
          dryRun: o.dryRun,
          allowRemove: o.allowRemove,
          progress,
          command,
        }),
      summary: formatWorkbookSummary,
      explain: (e, o) => (e instanceof WorkbookReadError ? `${o.file}: ${e.message} Inget skrevs.` : undefined),
    },
    checkRuntime,
  );
}
