// Options for the plain-JS commands (setup, run-tests, serve-dist), which run
// on the system Node 20 before node_modules exists, so they cannot use
// src/cli/cli-args.ts. node:util's parseArgs in strict mode; its English
// errors are said again in Swedish, with the help text, and exit code 2.
import { parseArgs } from 'node:util';

/** The first 'quoted' name in one of parseArgs' messages, without its "<value>". */
const quoted = (message) => /'([^']*)'/.exec(message)?.[1]?.replace(/ <value>$/, '');

/** parseArgs' error in Swedish. */
export function explainArgsError(error) {
  const name = quoted(error.message);
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Okänt val ${name}.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Oväntat argument "${name}". Kommandot tar bara val som börjar med --.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take/.test(error.message) ? `${name} tar inget värde.` : `${name} behöver ett värde, t.ex. ${name} <värde>.`;
    default:
      return error.message;
  }
}

/**
 * Reads the command line strictly, before the command does anything. Returns
 * { values, positionals }, or { exitCode } when the command must stop: 0 after
 * --help, 2 after an error (printed with the help on stderr).
 */
export function readOptions(argv, { help, options = {}, allowPositionals = false }) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals });
  } catch (error) {
    if (typeof error?.code !== 'string' || !error.code.startsWith('ERR_PARSE_ARGS_')) throw error;
    console.error(`${explainArgsError(error)} Giltiga val: ${[...Object.keys(options), 'help'].map((n) => `--${n}`).join(', ')}.\n\n${help}`);
    return { exitCode: 2 };
  }
  if (parsed.values.help) {
    console.log(help);
    return { exitCode: 0 };
  }
  return { values: parsed.values, positionals: parsed.positionals };
}
