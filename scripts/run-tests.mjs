// npm test: every test layer in order (STYLE.md habit 16), each as its own
// process, going on after a failure, then one total line for people and CI.
// Plain JS for the system Node 20: on a fresh clone it installs node_modules
// (with the pinned node@24) first, and every layer then runs on that node.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readOptions } from './lib/command-line.mjs';
import { PROJECT_ROOT, ensureChromium, ensureDependencies, projectEnv } from './lib/ensure-deps.mjs';

const HELP = `Användning: npm test [-- --only lager,lager]

Kör testlagren i tur och ordning, vart och ett för sig, och fortsätter efter ett
misslyckat lager: {LAYERS}.
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

/**
 * The layers, in order. Add one by appending { name, command, count }:
 * command is [program, ...args] run from the project root with node_modules/.bin
 * first on PATH; count is { report?, count(outcome) } (see fromJsonReport) or
 * omitted for one test per layer decided by the exit code. Optional: uses names
 * a layer whose output it reads (dist/ from build), to warn when that one
 * failed; timeoutMinutes (default 30) stops a hung layer so CI's 90 minutes
 * still end in a total.
 */
const LAYERS = [
  { name: 'typecheck', command: ['npm', 'run', 'typecheck'] },
  {
    name: 'unit',
    command: ['vitest', 'run', '--passWithNoTests', '--reporter=default', '--reporter=json', `--outputFile.json=${join(REPORTS, 'unit.json')}`],
    count: fromJsonReport(join(REPORTS, 'unit.json'), vitestReport),
  },
  { name: 'build', command: ['npm', 'run', 'build'] },
  { name: 'e2e', command: ['playwright', 'test'], uses: 'build', count: fromJsonReport(join(REPORTS, 'e2e.json'), playwrightReport) },
  // Real builds into temporary folders, one at a time (test/build/): hostile text,
  // broken files and broken content, small numbers, words beside numbers.
  {
    name: 'build-tests',
    command: ['vitest', 'run', '--config', 'vitest.build.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${join(REPORTS, 'build-tests.json')}`],
    count: fromJsonReport(join(REPORTS, 'build-tests.json'), vitestReport),
  },
  // The built site checks itself (scripts/check-site/*.ts, one check each).
  { name: 'inert-content', command: ['tsx', 'scripts/check-site/inert-content.ts'], uses: 'build' },
  { name: 'links', command: ['tsx', 'scripts/check-site/links.ts'], uses: 'build' },
  { name: 'html-validate', command: ['tsx', 'scripts/check-site/html-validate.ts'], uses: 'build' },
  { name: 'axe-sweep', command: ['tsx', 'scripts/check-site/axe-sweep.ts'], uses: 'build' },
  { name: 'no-external-requests', command: ['tsx', 'scripts/check-site/no-external-requests.ts'], uses: 'build' },
  { name: 'deterministic-build', command: ['tsx', 'scripts/check-site/deterministic-build.ts'] },
];

function runLayer(layer, index, total, earlier) {
  console.log(`\n━━━ [${index + 1}/${total}] ${layer.name}: ${layer.command.join(' ')}`);
  // The layer still runs (some of its tests need no output), but may see an old dist/.
  if (layer.uses && earlier.some((r) => r.name === layer.uses && r.failed > 0))
    console.log(`Obs: ${layer.uses} misslyckades, så ${layer.name} körs mot det som finns kvar från ett tidigare bygge (om något).`);
  if (layer.count?.report) rmSync(layer.count.report, { force: true });
  const started = Date.now();
  const [program, ...args] = layer.command;
  const timeoutMinutes = layer.timeoutMinutes ?? 30;
  const result = spawnSync(program, args, { cwd: PROJECT_ROOT, env: projectEnv(), stdio: 'inherit', timeout: timeoutMinutes * 60_000 });
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
    ...results.map((r) => [
      r.name,
      r.failed === 0 ? 'ok' : 'FEL',
      String(r.passed),
      String(r.failed),
      String(r.skipped ?? 0),
      `${r.seconds.toFixed(0)} s`,
    ]),
  ];
  const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => row[col].length)));
  console.log('\nSammanfattning');
  for (const row of rows) console.log(`  ${row.map((cell, col) => cell.padEnd(widths[col])).join('  ')}`.trimEnd());
}

function main(argv) {
  const help = HELP.replace('{LAYERS}', LAYERS.map((l) => l.name).join(', '));
  // Nothing is installed or run when the command line is wrong.
  const command = readOptions(argv, { help, options: { only: { type: 'string' } } });
  if ('exitCode' in command) return command.exitCode;
  const only = command.values.only?.split(',').filter(Boolean);
  const unknown = (only ?? []).filter((name) => !LAYERS.some((l) => l.name === name));
  if (only?.length === 0 || unknown.length) {
    console.error(`Okänt lager: ${unknown.join(', ') || '(inget angivet)'}. Lagren är: ${LAYERS.map((l) => l.name).join(', ')}.\n\n${help}`);
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
    const layers = only ? LAYERS.filter((l) => only.includes(l.name)) : LAYERS;
    layers.forEach((layer, i) => results.push(runLayer(layer, i, layers.length, results)));
  }

  printSummary(results);
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
