// A mistyped option never falls back to content/: validate would call a folder
// valid that it never read, and generate:example would overwrite the kommun's files.
// Every command under scripts/ reads its options strictly, before it does anything.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ArgsError, parseArgs, single } from '../../src/cli/cli-args';
import { ROOT, runScript } from './support/run-script';

const work = mkdtempSync(join(tmpdir(), 'kvg-options-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('parseArgs', () => {
  const spec = { values: ['content'], flags: ['dry-run'] };

  it('reads --content in both spellings, flags and --help, or nothing', () => {
    expect(single(parseArgs(['--content', 'x'], spec), 'content')).toBe('x');
    expect(single(parseArgs(['--content=y'], spec), 'content')).toBe('y');
    expect(single(parseArgs([], spec), 'content')).toBeUndefined();
    expect(parseArgs(['--dry-run', '-h'], spec)).toMatchObject({ flags: new Set(['dry-run']), help: true });
  });

  it.each([
    [['--contnet', 'x'], 'Okänt val --contnet. Giltiga val: --content, --dry-run, --help.'],
    [['-x'], 'Okänt val -x.'],
    [['content'], 'Oväntat argument "content".'],
    [['--', 'x'], 'Oväntat argument "x".'],
    [['--content'], '--content behöver ett värde'],
    [['--content='], '--content behöver ett värde'],
    [['--content', '--dry-run'], '--content behöver ett värde'],
    [['--dry-run=yes'], '--dry-run tar inget värde.'],
    [['--help=no'], '--help tar inget värde'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseArgs(argv, spec)).toThrow(ArgsError);
    expect(() => parseArgs(argv, spec)).toThrow(message);
  });

  it('refuses an option given twice where one value is meant', () => {
    expect(() => single(parseArgs(['--content', 'a', '--content', 'b'], spec), 'content')).toThrow('--content får bara anges en gång.');
  });

  it('takes plain arguments only from a command that asks for them', () => {
    expect(parseArgs(['fil.csv', '--dry-run'], { ...spec, positionals: true }).positional).toEqual(['fil.csv']);
  });
});

describe('the commands with a typo', () => {
  it('validate exits 2 and says the option is unknown', () => {
    const r = runScript('validate', work, '--contnet', '/no/such/folder');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Okänt val --contnet');
    expect(r.stdout).not.toContain('giltigt');
  });

  it('generate:example exits 2 and leaves content/ as it was', () => {
    const cwd = join(work, 'kommun');
    mkdirSync(join(cwd, 'content'), { recursive: true });
    const site = join(cwd, 'content', 'site.yaml');
    writeFileSync(site, 'name: Riktiga kommunen\n');
    const r = runScript('generate-example-data', cwd, '--contnet', 'x');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Inget skrevs');
    expect(readFileSync(site, 'utf8')).toBe('name: Riktiga kommunen\n');
  });
});

describe('generate:example writes only over the example', () => {
  /** Every file under a folder with its bytes, to see that nothing changed. */
  const snapshot = (dir: string) =>
    Object.fromEntries(
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name)).toString('base64')]),
    );

  it.each([
    ['a site.yaml with isExample: false', { 'site.yaml': 'name: Riktiga kommunen\nisExample: false\n' }, 'site.yaml har inte isExample: true'],
    ['a site.yaml without isExample', { 'site.yaml': 'name: Riktiga kommunen\n' }, 'site.yaml har inte isExample: true'],
    [
      'a provider the generator did not write',
      { 'providers/riktig-omsorg.yaml': 'id: riktig-omsorg\nname: Riktig omsorg AB\n' },
      'providers/riktig-omsorg.yaml är inte skapade av npm run generate:example',
    ],
    [
      'a result file the generator does not write',
      { 'indicator-values/egna-siffror.csv': 'indicator;subjectType\n' },
      'indicator-values/egna-siffror.csv är inte skapade',
    ],
  ])('refuses a folder with %s (exit 2, nothing written)', (_what, files, reason) => {
    const dir = mkdtempSync(join(work, 'real-'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    const before = snapshot(dir);
    const r = runScript('generate-example-data', work, '--content', dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(reason);
    expect(r.stderr).toContain('Inget skrevs.');
    expect(snapshot(dir)).toEqual(before);
  });

  it('writes into an empty folder, and again over its own example', () => {
    const dir = join(work, 'example');
    const first = runScript('generate-example-data', work, '--content', dir);
    expect(first.status, first.stderr).toBe(0);
    const written = snapshot(dir);
    expect(Object.keys(written)).toContain('site.yaml');
    const second = runScript('generate-example-data', work, '--content', dir);
    expect(second.status, second.stderr).toBe(0);
    expect(snapshot(dir)).toEqual(written);
  });
});

// Every command in scripts/: the files there that are not helpers. A new
// command is covered as soon as it is added.
const HELPER_FOLDERS = /(^|\/)(lib|support|example-data)\//;
/** Passes everything on to Astro's own command line, which reads it. */
const NOT_OURS = new Set(['astro.mjs']);
/** Commands that take plain arguments as well as options: what they take. */
const TAKES_ARGUMENTS = new Map([
  ['import-sheet.ts', 'the file to read'],
  ['bench/run.ts', 'names of measurements'],
  ['test-e2e.ts', 'spec files for Playwright'],
  ['import-workbook.ts', 'the workbook to read'],
]);
/** One option that needs a value, per command that has any. */
const VALUE_OPTION = new Map([
  ['validate.ts', '--content'],
  ['generate-example-data.ts', '--content'],
  ['new-site.ts', '--kommun'],
  ['import-kolada.ts', '--year'],
  ['import-sheet.ts', '--kind'],
  ['run-tests.mjs', '--only'],
  ['serve-dist.mjs', '--port'],
  ['check-site/links.ts', '--dist'],
  ['check-site/html-validate.ts', '--dist'],
  ['check-site/inert-content.ts', '--dist'],
  ['check-site/no-external-requests.ts', '--dist'],
  ['check-site/axe-sweep.ts', '--workers'],
]);

const SCRIPTS_DIR = join(ROOT, 'scripts');
const commands = readdirSync(SCRIPTS_DIR, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /\.(ts|mjs)$/.test(e.name) && !e.name.endsWith('.bench.ts') && !e.name.endsWith('.d.ts'))
  .map((e) => relative(SCRIPTS_DIR, join(e.parentPath, e.name)).split('\\').join('/'))
  .filter((f) => !HELPER_FOLDERS.test(f) && !NOT_OURS.has(f))
  .sort();

const BIN = resolve(ROOT, 'node_modules/.bin');
/**
 * Starts a command as npm would, in an empty folder. --help comes first in
 * every call: a command that forgot to check its options prints its help and
 * stops, so a failing test never installs, builds or serves anything.
 */
function run(file: string, ...args: string[]) {
  const result = spawnSync(join(BIN, 'tsx'), [join(SCRIPTS_DIR, file), '--help', ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${BIN}${delimiter}${process.env.PATH ?? ''}`, KVG_CONTENT_DIR: join(work, 'no-content') },
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return result;
}

describe('every command under scripts/ refuses what it does not know (exit 2, help shown, nothing done)', () => {
  it('finds the commands', () => {
    expect(commands).toEqual(expect.arrayContaining(['validate.ts', 'setup.mjs', 'check-site/links.ts', 'bench/run.ts', 'new-site.ts']));
    for (const name of [...TAKES_ARGUMENTS.keys(), ...VALUE_OPTION.keys()]) expect(commands, `${name} finns inte längre`).toContain(name);
  });

  it.each(commands)('%s: an unknown option', (file) => {
    const r = run(file, '--no-such-option');
    expect(r.status, r.stdout + r.stderr).toBe(2);
    expect(r.stderr).toContain('Okänt val --no-such-option');
    expect(r.stderr).toContain('Användning:');
    expect(r.stdout).toBe('');
  });

  it.each(commands.filter((f) => !TAKES_ARGUMENTS.has(f)))('%s: a stray argument', (file) => {
    const r = run(file, 'stray-argument');
    expect(r.status, r.stdout + r.stderr).toBe(2);
    expect(r.stderr).toContain('Oväntat argument "stray-argument"');
    expect(r.stderr).toContain('Användning:');
  });

  it.each([...VALUE_OPTION])('%s: %s without its value', (file, option) => {
    const r = run(file, option);
    expect(r.status, r.stdout + r.stderr).toBe(2);
    expect(r.stderr).toContain(`${option} behöver ett värde`);
    expect(r.stderr).toContain('Användning:');
  });
});
