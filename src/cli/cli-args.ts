// Command-line options for every TypeScript command, read with node:util's
// parseArgs in strict mode: an unknown option, a stray argument, a missing
// value or a value given twice is an error in Swedish, never a silent
// fall-back (a typo such as --contnet must not send a command to content/).
import { parseArgs as nodeParseArgs } from 'node:util';
import { printErr, printOut } from './terminal-output';

export interface ArgSpec {
  /** Options that take a value: --name value or --name=value. */
  values: string[];
  /** Options without a value, e.g. dry-run. */
  flags: string[];
  /** Whether plain arguments (a file name) are allowed; default no. */
  positionals?: boolean;
}

export interface ParsedArgs {
  positional: string[];
  values: Map<string, string[]>;
  flags: Set<string>;
  /** --help or -h was given. */
  help: boolean;
}

export class ArgsError extends Error {}

const HELP_OPTION = 'help';

/** The options as written, for "Giltiga val: --a, --b". */
const optionList = (spec: ArgSpec) => [...spec.values, ...spec.flags, HELP_OPTION].map((n) => `--${n}`).join(', ');

/** node:util's parse error said again in Swedish, for kommun staff (its own messages are in English). */
function explain(error: Error & { code?: string }, spec: ArgSpec): string | undefined {
  // The option or argument is the first 'quoted' part of node's message: '--content <value>', 'stray'.
  const name = /'([^']*)'/.exec(error.message)?.[1]?.replace(/ <value>$/, '');
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Okänt val ${name}. Giltiga val: ${optionList(spec)}.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Oväntat argument "${name}". Kommandot tar bara val som börjar med --: ${optionList(spec)}.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      // Also "--content --dry-run": the next option is not taken as the value.
      return /does not take/.test(error.message) ? `${name} tar inget värde.` : `${name} behöver ett värde, t.ex. ${name} <värde>.`;
    default:
      return undefined;
  }
}

export function parseArgs(argv: string[], spec: ArgSpec): ParsedArgs {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = { [HELP_OPTION]: { type: 'boolean', short: 'h' } };
  // multiple, so that a value given twice is seen (single() refuses it) instead of the last one winning.
  for (const name of spec.values) options[name] = { type: 'string', multiple: true };
  for (const name of spec.flags) options[name] = { type: 'boolean' };
  let parsed: ReturnType<typeof nodeParseArgs<{ options: typeof options; allowPositionals: boolean; strict: true }>>;
  try {
    parsed = nodeParseArgs({ args: argv, options, strict: true, allowPositionals: spec.positionals ?? false });
  } catch (error) {
    const message = explain(error as Error, spec);
    if (message === undefined) throw error;
    throw new ArgsError(message);
  }
  const out: ParsedArgs = { positional: parsed.positionals, values: new Map(), flags: new Set(), help: parsed.values[HELP_OPTION] === true };
  for (const name of spec.values) {
    const given = parsed.values[name] as string[] | undefined;
    if (!given) continue;
    if (given.some((v) => v === '')) throw new ArgsError(`--${name} behöver ett värde, t.ex. --${name} <värde>.`);
    out.values.set(name, given);
  }
  for (const name of spec.flags) if (parsed.values[name] === true) out.flags.add(name);
  return out;
}

/** The single value of an option, or undefined; repeated use is an error. */
export function single(args: ParsedArgs, name: string): string | undefined {
  const v = args.values.get(name);
  if (v && v.length > 1) throw new ArgsError(`--${name} får bara anges en gång.`);
  return v?.[0];
}

export interface Command {
  /** The whole --help text. */
  help: string;
  spec: ArgSpec;
  /** Said after an error, e.g. "Inget skrevs." */
  nothingDone?: string;
}

export type CommandLine<T> = { ok: true; options: T } | { ok: false; exitCode: 0 | 2 };

/**
 * The one way a command reads its command line. Options are checked before
 * anything else, --help included: anything wrong prints the error and the help
 * on stderr and gives exit code 2, so the command does nothing; --help prints
 * the help (exit 0). `read` turns the options into the command's own and
 * throws ArgsError for a value that is wrong (a kommunkod with three digits).
 */
export function readCommandLine<T>(argv: string[], command: Command, read: (args: ParsedArgs) => T): CommandLine<T> {
  try {
    const args = parseArgs(argv, command.spec);
    if (args.help) {
      printOut(command.help);
      return { ok: false, exitCode: 0 };
    }
    return { ok: true, options: read(args) };
  } catch (e) {
    if (!(e instanceof ArgsError)) throw e;
    printErr(`${e.message}${command.nothingDone ? ` ${command.nothingDone}` : ''}\n\n${command.help}`);
    return { ok: false, exitCode: 2 };
  }
}
