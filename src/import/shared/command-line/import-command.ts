// The one way an import runs as a command: --help, options checked before
// anything else (exit 2), Ctrl+C releasing the lock, progress on stderr, the
// summary on stdout, exit 1 when a row was refused, and every error that
// stopped the import said in words (exit 1) with nothing written.
import { formatContentError } from '../../../data/content-error';
import { describeImportError } from '../import-errors';
import { ImportSetupError } from '../pipeline';
import { ImportLockedError, stopCleanlyOnSignals } from '../write/import-lock';
import { printErr, printOut } from '../../../cli/terminal-output';
import { readCommandLine, type ArgSpec, type ParsedArgs } from '../../../cli/cli-args';

export interface ImportCommand<Options, Report extends { counts: { refused: number } }> {
  /** How staff start it, e.g. "npm run import:kolada"; also who holds the lock. */
  name: string;
  help: string;
  /** Which options the command takes; anything else is refused (exit 2). */
  spec: ArgSpec;
  /** The command's options from what was given, or an ArgsError saying what is wrong with them (exit 2). */
  read: (args: ParsedArgs) => Options;
  run: (options: Options, context: { progress: (line: string) => void; command: string }) => Promise<Report>;
  summary: (report: Report) => string[];
  /** This importer's own errors in words, or undefined for the shared wording. */
  explain?: (error: unknown, options: Options) => string | undefined;
}

/** Runs an import command; returns the exit code. `checkRuntime` runs after the options are read, before anything else. */
export async function runImportCommand<Options, Report extends { counts: { refused: number } }>(
  argv: string[],
  command: ImportCommand<Options, Report>,
  checkRuntime: () => void,
): Promise<number> {
  const commandLine = readCommandLine(argv, { help: command.help, spec: command.spec, nothingDone: 'Inget skrevs.' }, command.read);
  if (!commandLine.ok) return commandLine.exitCode;
  const options = commandLine.options;
  checkRuntime();
  stopCleanlyOnSignals(printErr);
  try {
    const report = await command.run(options, { progress: (line) => printErr(line), command: `${command.name} -- ${argv.join(' ')}` });
    for (const line of command.summary(report)) printOut(line);
    return report.counts.refused ? 1 : 0;
  } catch (e) {
    if (e instanceof ImportSetupError) {
      printErr(e.message);
      for (const err of e.errors) printErr(`- ${formatContentError(err)}`);
      return 1;
    }
    printErr(command.explain?.(e, options) ?? describeImportError(e, [ImportLockedError]));
    return 1;
  }
}
