// Journey: a kommun publishes content with mistakes (a copy of the small valid
// fixture, never content/, so it runs the same for every kommun). `npm run build` must stop, name every file and field to fix, and
// publish nothing (DESIGN: validation before publication). No browser: a build test.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
/** A small valid content folder that the test breaks a copy of. */
const sourceDir = resolve(projectRoot, 'test/fixtures/content-valid');

const ORG_NUMBER_LINE = /^orgNumber:[ \t]*(['"]?)(\d{6}-?\d{3})(\d)\1[ \t]*$/m;
const OWNERSHIP_LINE = /^ownership:.*$/m;

/** Rewrites one line of a content file; fails the test if the line is not there. */
function rewrite(file: string, line: RegExp, replace: (match: RegExpExecArray) => string): string {
  const text = readFileSync(file, 'utf8');
  const match = line.exec(text);
  if (!match) throw new Error(`${file} har ingen rad som matchar ${line}`);
  const replaced = replace(match);
  writeFileSync(file, text.slice(0, match.index) + replaced + text.slice(match.index + match[0].length));
  return replaced;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

describe('innehåll med fel', () => {
  it('bygget stoppar, pekar ut varje fil och fält och publicerar ingenting', () => {
    const work = mkdtempSync(join(tmpdir(), 'kvg-broken-content-'));
    try {
      const contentDir = join(work, 'content');
      const outDir = join(work, 'dist');
      cpSync(sourceDir, contentDir, { recursive: true });

      const providersDir = join(contentDir, 'providers');
      const providerFiles = readdirSync(providersDir)
        .filter((name) => /\.ya?ml$/.test(name))
        .sort();
      const withOrgNumber = providerFiles.find((name) => ORG_NUMBER_LINE.test(readFileSync(join(providersDir, name), 'utf8')));
      const other = providerFiles.find((name) => name !== withOrgNumber && OWNERSHIP_LINE.test(readFileSync(join(providersDir, name), 'utf8')));
      expect(withOrgNumber, 'en anordnare med orgNumber i innehållet').toBeDefined();
      expect(other, 'en andra anordnare med ownership i innehållet').toBeDefined();

      // A wrong last digit: changing any one digit breaks the Luhn check.
      const brokenOrgNumber = rewrite(
        join(providersDir, withOrgNumber!),
        ORG_NUMBER_LINE,
        ([, , start, last]) => `orgNumber: ${start}${(Number(last) + 1) % 10}`,
      );
      rewrite(join(providersDir, other!), OWNERSHIP_LINE, () => 'ownership: kanske');

      const build = spawnSync('npm', ['run', 'build', '--', '--outDir', outDir], {
        cwd: projectRoot,
        env: { ...process.env, KVG_CONTENT_DIR: contentDir, NO_COLOR: '1' },
        encoding: 'utf8',
        timeout: 170_000,
      });
      const output = `${build.stdout}\n${build.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
      const lines = output.split('\n');
      const lineNaming = (file: string, ...parts: string[]) => lines.find((l) => l.includes(`providers/${file}`) && parts.every((p) => l.includes(p)));

      expect(build.error, 'bygget ska hinna klart').toBeUndefined();
      expect(build.status, `bygget ska misslyckas; utdata:\n${output}`).not.toBe(0);
      expect(
        lineNaming(withOrgNumber!, 'fält orgNumber', brokenOrgNumber.replace('orgNumber: ', '')),
        `felet i ${withOrgNumber} ska nämnas; utdata:\n${output}`,
      ).toBeDefined();
      expect(lineNaming(other!, 'fält ownership', '"kanske"'), `felet i ${other} ska nämnas; utdata:\n${output}`).toBeDefined();
      expect(
        filesUnder(outDir).filter((f) => f.endsWith('.html')),
        'ingen sida ska ha skrivits',
      ).toEqual([]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
