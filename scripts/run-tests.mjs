// npm test: every test layer in order (STYLE.md habit 16), each as its own
// process, going on after a failure, then one total line for people and CI.
// Plain JS for the system Node 20: on a fresh clone it installs node_modules
// (with the pinned node@24) first, and every layer then runs on that node.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readOptions } from './lib/command-line.mjs';
import { PROJECT_ROOT, ensureChromium, ensureDependencies, projectEnv } from './lib/ensure-deps.mjs';

const HELP = `Användning: npm test [-- --only lager-eller-grupp,...]

Kör testlagren i tur och ordning, vart och ett för sig, och fortsätter efter ett
misslyckat lager. Två grupper:
  product  testar koden på testwebbplatserna i test/fixtures/ (aldrig content/):
           {PRODUCT}
  site     kontrollerar webbplatsen som byggs av det som finns i content/ nu
           (exempel eller kommunens egna uppgifter): {SITE}
--only site kör bara webbplatskontrollen (npm run check:site).
Installerar först npm-paket och Chromium om de saknas (som npm run setup).
Sist skrivs en tabell per lager och raden "N passed, N failed".
Slutkod 0: allt gick igenom. Slutkod 1: minst ett test eller lager misslyckades.
Slutkod 2: fel i valen, till exempel ett okänt lager (inget kördes).`;

const REPORTS = join(PROJECT_ROOT, 'test-results');

// How a layer's result becomes counts. A layer without per-test counts is one
// test: passed when its command exits 0.
const byExitCode = ({ exitCode }) => ({ passed: exitCode === 0 ? 1 : 0, failed: exitCode === 0 ? 0 : 1 });

/** Vitest's json reporter (Jest's format). A test file that did not load counts as one failure. */
const vitestReport = (report, { exitCode }) => {
  const filesThatDidNotLoad = (report.testResults ?? []).filter((file) => file.status === 'failed' && !file.assertionResults?.length).length;
  const counts = {
    passed: report.numPassedTests,
    failed: report.numFailedTests + filesThatDidNotLoad,
    skipped: report.numPendingTests + (report.numTodoTests ?? 0),
  };
  // Exit code 1 with nothing failed in the report: an unhandled error outside the tests.
  if (exitCode !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
};

/** Playwright's json reporter; a flaky test passed on retry. */
const playwrightReport = (report, { exitCode }) => {
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats ?? {};
  const counts = { passed: expected + flaky, failed: unexpected, skipped };
  // Errors outside any test: web server did not start, a spec did not compile.
  if ((report.errors?.length || exitCode !== 0) && counts.failed === 0) counts.failed = 1;
  return counts;
};

/** Counts from a JSON report the layer wrote, or from the exit code when it wrote none. */
function fromJsonReport(file, read) {
  return {
    report: file,
    count(outcome) {
      if (!existsSync(file)) return byExitCode(outcome);
      try {
        return read(JSON.parse(readFileSync(file, 'utf8')), outcome);
      } catch (error) {
        console.error(`Kunde inte läsa ${file}: ${error.message}`);
        return byExitCode(outcome);
      }
    },
  };
}

/** The journeys' fixture site (test/e2e/support/fixture-site.ts): built by the e2e layer, under a base path. */
const JOURNEYS = { content: join(PROJECT_ROOT, 'test/fixtures/sites/journeys'), dist: join(PROJECT_ROOT, 'test-results/sites/journeys') };

/**
 * The layers, in order, in two groups:
 * - product: tests of the code, on committed fixture sites under test/fixtures/
 *   (never content/), so nothing a kommun does to content/ can break them;
 * - site: the site check, on whatever content/ holds (example or a real
 *   kommun's): build, and the built site checks itself. Passes for any valid content.
 * Add one by appending { name, group, command, count }: command is
 * [program, ...args] run from the project root with node_modules/.bin first on
 * PATH; env adds variables; count is { report?, count(outcome) } (see
 * fromJsonReport) or omitted for one test per layer decided by the exit code.
 * Optional: uses names a layer whose output it reads, to warn when that one
 * failed; timeoutMinutes (default 30) stops a hung layer so CI's 90 minutes
 * still end in a total.
 */
const LAYERS = [
  // Types in .ts, .tsx and .astro files (tsc, then astro check).
  { name: 'typecheck', group: 'product', command: ['npm', 'run', 'typecheck'] },
  // Lint and format (Biome): errors fail, warnings are shown.
  { name: 'lint', group: 'product', command: ['npm', 'run', 'lint'] },
  {
    name: 'unit',
    group: 'product',
    command: ['vitest', 'run', '--passWithNoTests', '--reporter=default', '--reporter=json', `--outputFile.json=${join(REPORTS, 'unit.json')}`],
    count: fromJsonReport(join(REPORTS, 'unit.json'), vitestReport),
  },
  // Real builds into temporary folders, one at a time (test/build/): hostile text,
  // broken files and broken content, small numbers, words beside numbers.
  {
    name: 'build-tests',
    group: 'product',
    command: [
      'vitest',
      'run',
      '--config',
      'vitest.build.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${join(REPORTS, 'build-tests.json')}`,
    ],
    count: fromJsonReport(join(REPORTS, 'build-tests.json'), vitestReport),
  },
  // Browser journeys on the fixture site, built and served under /kundval/.
  { name: 'e2e', group: 'product', command: ['tsx', 'scripts/test-e2e.ts'], count: fromJsonReport(join(REPORTS, 'e2e.json'), playwrightReport) },
  // Every link of the fixture site resolves under its base path.
  {
    name: 'e2e-links',
    group: 'product',
    command: ['tsx', 'scripts/check-site/links.ts', '--dist', JOURNEYS.dist],
    env: { KVG_CONTENT_DIR: JOURNEYS.content },
    uses: 'e2e',
  },
  // The site check on content/ (scripts/check-site/*.ts, one check each).
  { name: 'site-build', group: 'site', command: ['npm', 'run', 'build'] },
  { name: 'site-inert-content', group: 'site', command: ['tsx', 'scripts/check-site/inert-content.ts'], uses: 'site-build' },
  { name: 'site-links', group: 'site', command: ['tsx', 'scripts/check-site/links.ts'], uses: 'site-build' },
  { name: 'site-html-validate', group: 'site', command: ['tsx', 'scripts/check-site/html-validate.ts'], uses: 'site-build' },
  { name: 'site-axe', group: 'site', command: ['tsx', 'scripts/check-site/axe-sweep.ts'], uses: 'site-build' },
  { name: 'site-no-external-requests', group: 'site', command: ['tsx', 'scripts/check-site/no-external-requests.ts'], uses: 'site-build' },
  { name: 'site-deterministic-build', group: 'site', command: ['tsx', 'scripts/check-site/deterministic-build.ts'] },
];

function helpText() {
  const names = (group) =>
    LAYERS.filter((l) => l.group === group)
      .map((l) => l.name)
      .join(', ');
  return HELP.replace('{PRODUCT}', names('product')).replace('{SITE}', names('site'));
}

function runLayer(layer, index, total, earlier) {
  console.log(`\n━━━ [${index + 1}/${total}] ${layer.name}: ${layer.command.join(' ')}`);
  // The layer still runs (some of its tests need no output), but may see an old dist/.
  if (layer.uses && earlier.some((r) => r.name === layer.uses && r.failed > 0))
    console.log(`Obs: ${layer.uses} misslyckades, så ${layer.name} körs mot det som finns kvar från ett tidigare bygge (om något).`);
  if (layer.count?.report) rmSync(layer.count.report, { force: true });
  const started = Date.now();
  const [program, ...args] = layer.command;
  const timeoutMinutes = layer.timeoutMinutes ?? 30;
  const result = spawnSync(program, args, { cwd: PROJECT_ROOT, env: projectEnv(layer.env), stdio: 'inherit', timeout: timeoutMinutes * 60_000 });
  if (result.error?.code === 'ETIMEDOUT') console.error(`\n${layer.name} avbröts efter ${timeoutMinutes} minuter.`);
  else if (result.error) console.error(`Kunde inte starta ${program}: ${result.error.message}`);
  else if (result.signal) console.error(`\n${layer.name} avbröts av signalen ${result.signal}.`);
  const exitCode = result.error ? 1 : (result.status ?? 1);
  const counts = (layer.count?.count ?? byExitCode)({ exitCode });
  return { name: layer.name, exitCode, seconds: (Date.now() - started) / 1000, skipped: 0, ...counts };
}

function printSummary(results) {
  const rows = [
    ['Lager', 'Resultat', 'Godkända', 'Underkända', 'Överhoppade', 'Tid'],
    ...results.map((r) => [r.name, r.failed === 0 ? 'ok' : 'FEL', String(r.passed), String(r.failed), String(r.skipped ?? 0), `${r.seconds.toFixed(0)} s`]),
  ];
  const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => row[col].length)));
  console.log('\nSammanfattning');
  for (const row of rows) console.log(`  ${row.map((cell, col) => cell.padEnd(widths[col])).join('  ')}`.trimEnd());
}

function main(argv) {
  const help = helpText();
  // Nothing is installed or run when the command line is wrong.
  const command = readOptions(argv, { help, options: { only: { type: 'string' } } });
  if ('exitCode' in command) return command.exitCode;
  const only = command.values.only?.split(',').filter(Boolean);
  const known = new Set([...LAYERS.map((l) => l.name), ...LAYERS.map((l) => l.group)]);
  const unknown = (only ?? []).filter((name) => !known.has(name));
  if (only?.length === 0 || unknown.length) {
    console.error(`Okänt lager: ${unknown.join(', ') || '(inget angivet)'}.\n\n${help}`);
    return 2;
  }

  const results = [];
  console.log('━━━ Förberedelser: npm-paket och Chromium');
  if (!ensureDependencies()) {
    // Nothing can run without node_modules; report it as one failure.
    results.push({ name: 'install', passed: 0, failed: 1, skipped: 0, seconds: 0 });
  } else {
    // Without the browser the e2e layer fails and says why; the other layers still run.
    ensureChromium();
    mkdirSync(REPORTS, { recursive: true });
    const layers = only ? LAYERS.filter((l) => only.includes(l.name) || only.includes(l.group)) : LAYERS;
    for (const [i, layer] of layers.entries()) results.push(runLayer(layer, i, layers.length, results));
  }

  printSummary(results);
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
