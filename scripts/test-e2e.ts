// npm run test:e2e: the browser journeys (test/e2e) on a committed fixture site,
// never on content/, so what a kommun puts in content/ cannot break them. Builds
// the fixture (published under its own base path, /kundval/) into
// test-results/sites/<name>/, then runs Playwright against it.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { E2E_SITE } from '../test/e2e/support/fixture-site';
import { readCommandLine } from '../src/cli/cli-args';
import { assertNodeVersion } from './lib/node-version';

const HELP = `Användning: npm run test:e2e [-- [--no-build] [fil-eller-mönster ...]]

Bygger testwebbplatsen ${E2E_SITE.content}/ till ${E2E_SITE.dist}/
och kör webbläsartesterna i test/e2e/ mot den i Chromium (Playwright).
  --no-build   använd det som redan är byggt (snabbare när bara testerna ändrats)
Andra argument går vidare till Playwright, t.ex. test/e2e/compare.spec.ts.
Slutkod 0: alla tester gick igenom. 1: något test eller bygget misslyckades.
2: okänt val.`;

function main(argv: string[]): number {
  const command = readCommandLine(argv, { help: HELP, spec: { values: [], flags: ['no-build'], positionals: true } }, (args) => ({
    build: !args.flags.has('no-build'),
    specs: args.positional,
  }));
  if (!command.ok) return command.exitCode;
  const { build, specs } = command.options;
  assertNodeVersion();
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', KVG_CONTENT_DIR: resolve(E2E_SITE.content) };
  if (build) {
    console.log(`Bygger testwebbplatsen ${E2E_SITE.content}/ ...`);
    const result = spawnSync(process.execPath, ['scripts/astro.mjs', 'build', '--outDir', resolve(E2E_SITE.dist)], {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (result.status !== 0) {
      console.error(`Bygget av ${E2E_SITE.content}/ misslyckades (slutkod ${result.status}).`);
      return 1;
    }
  }
  const run = spawnSync('playwright', ['test', ...specs], { env, stdio: 'inherit' });
  return run.status ?? 1;
}

process.exitCode = main(process.argv.slice(2));
