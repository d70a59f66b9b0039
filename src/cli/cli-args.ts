// Command-line options for the import scripts: --name value, --name=value,
// repeatable options and flags, with Swedish messages for what is wrong.

export interface ParsedArgs {
  positional: string[];
  values: Map<string, string[]>;
  flags: Set<string>;
}

export class ArgsError extends Error {}

export function parseArgs(argv: string[], spec: { values: string[]; flags: string[] }): ParsedArgs {
  const out: ParsedArgs = { positional: [], values: new Map(), flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      out.positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (spec.flags.includes(name)) {
      out.flags.add(name);
      continue;
    }
    if (!spec.values.includes(name))
      throw new ArgsError(`Okänt val --${name}. Giltiga val: ${[...spec.values, ...spec.flags].map((n) => `--${n}`).join(', ')}.`);
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new ArgsError(`--${name} behöver ett värde.`);
    out.values.set(name, [...(out.values.get(name) ?? []), value]);
  }
  return out;
}

/** The single value of an option, or undefined; repeated use is an error. */
export function single(args: ParsedArgs, name: string): string | undefined {
  const v = args.values.get(name);
  if (v && v.length > 1) throw new ArgsError(`--${name} får bara anges en gång.`);
  return v?.[0];
}

/**
 * The --content option of a command that takes nothing else: a typo such as
 * --contnet is an error, never a silent fall-back to content/ (where
 * generate:example would then overwrite the kommun's files).
 */
export function contentOption(argv: string[]): string | undefined {
  const args = parseArgs(argv, { values: ['content'], flags: [] });
  if (args.positional.length > 0) throw new ArgsError(`Oväntat argument "${args.positional[0]}". Skriv mappen som --content <mapp>.`);
  return single(args, 'content');
}
