// npm run bench: runs every scripts/bench/*.bench.ts and prints its figures.
// Speed and size goals are read from this output, never asserted in timed tests.
import { formatNumber } from '../../src/lib/locale/format';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertNodeVersion } from '../lib/node-version';
import { ArgsError, readCommandLine } from '../../src/cli/cli-args';

export interface BenchSection {
  /** Heading printed above the figures. */
  title: string;
  /** Prints its own lines of figures; throws to mark the section failed. */
  run: (log: (line: string) => void) => Promise<void>;
}

const HELP = `Användning: npm run bench [-- <namn>...]

Kör mätningarna i scripts/bench/*.bench.ts och skriver ut siffrorna
(byggtid, sidvikt, sökhastighet, importtid). Ange namn för att bara köra vissa,
t.ex. npm run bench -- search.
Slutkod 0: alla mätningar gick. 1: minst en misslyckades. 2: fel i valen eller ett
namn som ingen mätning har (inget mättes).`;

async function main(argv: string[]): Promise<number> {
  const dir = dirname(fileURLToPath(import.meta.url));
  const all = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();
  const command = readCommandLine(argv, { help: HELP, spec: { values: [], flags: [], positionals: true } }, ({ positional: names }) => {
    // A misspelt name would otherwise run nothing and look like success.
    const unknown = names.find((name) => !all.some((f) => f.startsWith(name)));
    if (unknown !== undefined)
      throw new ArgsError(`Ingen mätning heter "${unknown}". Mätningarna är: ${all.map((f) => f.replace(/\.bench\.ts$/, '')).join(', ')}.`);
    return names;
  });
  if (!command.ok) return command.exitCode;
  const names = command.options;
  assertNodeVersion();
  const files = all.filter((f) => names.length === 0 || names.some((a) => f.startsWith(a)));
  let failed = 0;
  for (const file of files) {
    const section = (await import(join(dir, file))).default as BenchSection;
    console.log(`\n== ${section.title} (${file}) ==`);
    const started = performance.now();
    try {
      await section.run((line) => console.log(`  ${line}`));
    } catch (e) {
      failed++;
      console.log(`  MISSLYCKADES: ${(e as Error).message}`);
    }
    console.log(`  (mätningen tog ${formatNumber((performance.now() - started) / 1000, 1)} s)`);
  }
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
