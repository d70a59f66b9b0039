// Command-line options for every TypeScript command, read with node:util's
// parseArgs and checked strictly: an unknown option, a stray argument, a
// missing value or a value given twice is an error in Swedish, never a silent
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

export function parseArgs(argv: string[], spec: ArgSpec): ParsedArgs {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = { [HELP_OPTION]: { type: 'boolean', short: 'h' } };
  for (const name of spec.values) options[name] = { type: 'string', multiple: true };
  for (const name of spec.flags) options[name] = { type: 'boolean' };
  // Not strict: node's own errors are in English. The tokens say the same
  // things, and each is refused below in words kommun staff can act on.
  const { tokens } = nodeParseArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
  const out: ParsedArgs = { positional: [], values: new Map(), flags: new Set(), help: false };
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      if (!spec.positionals) throw new ArgsError(`Oväntat argument "${token.value}". Kommandot tar bara val som börjar med --: ${optionList(spec)}.`);
      out.positional.push(token.value);
      continue;
    }
    const option = options[token.name];
    if (!option || token.rawName !== (token.rawName.startsWith('--') ? `--${token.name}` : `-${option.short}`))
      throw new ArgsError(`Okänt val ${token.rawName}. Giltiga val: ${optionList(spec)}.`);
    if (option.type === 'boolean') {
      if (token.inlineValue) throw new ArgsError(`${token.rawName} tar inget värde (fick "${token.value}").`);
      if (token.name === HELP_OPTION) out.help = true;
      else out.flags.add(token.name);
      continue;
    }
    // "--content --dry-run": the next option is not the value; the value is missing.
    if (!token.value || (!token.inlineValue && token.value.startsWith('-')))
      throw new ArgsError(`${token.rawName} behöver ett värde, t.ex. ${token.rawName} <värde>.`);
    out.values.set(token.name, [...(out.values.get(token.name) ?? []), token.value]);
  }
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
