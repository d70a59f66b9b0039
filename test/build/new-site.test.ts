// A real build of what npm run new-site writes for a real kommun: it builds
// with no providers, units, indicators or follow-ups, each service page says
// in words that nobody is authorised yet, and the built site passes the same
// site checks as any other (links, HTML, nothing inline or unsafe).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, filesIn, PROJECT_ROOT, readText, validateContent } from './support/site-build';

const work = mkdtempSync(join(tmpdir(), 'kvg-new-site-build-'));
const content = join(work, 'content');
const out = join(work, 'dist');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const BIN = join(PROJECT_ROOT, 'node_modules/.bin');
const env = { ...process.env, PATH: `${BIN}${delimiter}${process.env.PATH ?? ''}`, KVG_CONTENT_DIR: content, NO_COLOR: '1' };
const tsx = (script: string, ...args: string[]) =>
  spawnSync(join(BIN, 'tsx'), [join(PROJECT_ROOT, script), ...args], { cwd: work, env, encoding: 'utf8', timeout: 300_000 });

// A kommun from SCB's list, not the example's code.
const kommuner: { kommunkod: string; kommun: string }[] = parseCsv(readFileSync(join(PROJECT_ROOT, 'test/fixtures/kommuner.csv'), 'utf8'), { columns: true });
const KOMMUN = kommuner.find((k) => k.kommunkod !== '0182' && k.kommunkod.startsWith('2'))!;

/** The visible text of a page's <main>, spaces collapsed. */
const mainText = (file: string) => {
  const doc = parseDocument(readText(out, file));
  const main = DomUtils.findOne((el) => el.name === 'main', doc.children, true);
  return DomUtils.textContent(main ?? doc).replace(/\s+/g, ' ');
};

let build = { status: null as number | null, output: '' };
beforeAll(() => {
  const made = tsx('scripts/new-site.ts', '--kommun', KOMMUN.kommunkod, '--services', 'hemtjanst,sarskilt-boende', '--content', content);
  expect(made.status, made.stderr).toBe(0);
  build = buildSite(content, out);
});

describe(`a new site for ${KOMMUN.kommun} (${KOMMUN.kommunkod}), built`, () => {
  it('validates, with the placeholders listed', () => {
    const v = validateContent(content);
    expect(v.status, v.output).toBe(0);
    expect(v.output).toContain('Innehållet är giltigt: 2 tjänster, 0 anordnare, 0 enheter, 0 indikatorer');
    expect(v.output).toContain('är platshållare');
  });

  it('builds', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    const pages = filesIn(out).filter((f) => f.endsWith('.html'));
    expect(pages).toEqual(
      expect.arrayContaining([
        'index.html',
        'tjanster/hemtjanst/index.html',
        'tjanster/sarskilt-boende/tabell/index.html',
        'sok/index.html',
        'uppfoljningar/index.html',
      ]),
    );
    expect(pages.some((f) => f.startsWith('anordnare/') || f.startsWith('enheter/'))).toBe(false);
  });

  it('says on each service page, in words, that nobody is authorised yet', () => {
    const hemtjanst = mainText('tjanster/hemtjanst/index.html');
    expect(hemtjanst).toContain('Inga anordnare är godkända för den här tjänsten ännu.');
    expect(hemtjanst).not.toMatch(/\(0\)/);
    expect(readText(out, 'tjanster/hemtjanst/index.html')).not.toContain('id="choices"');
    expect(mainText('tjanster/sarskilt-boende/index.html')).toContain('Inga boenden eller verksamheter är godkända för den här tjänsten ännu.');
    const table = readText(out, 'tjanster/hemtjanst/tabell/index.html');
    expect(table).not.toContain('<table');
    expect(mainText('tjanster/hemtjanst/tabell/index.html')).toContain('Inga anordnare är godkända för den här tjänsten ännu.');
  });

  it('shows the kommun\'s name, and no "0 att välja mellan" or search box with nothing to find', () => {
    const home = readText(out, 'index.html');
    expect(home).toContain(`${KOMMUN.kommun}</span>`);
    expect(mainText('index.html')).toContain('Ingen att välja mellan ännu');
    expect(mainText('index.html')).not.toContain('0 att välja mellan');
    expect(home).not.toContain('id="home-q"');
    expect(mainText('sok/index.html')).toContain('Det finns inga utförare att söka bland ännu.');
    expect(mainText('uppfoljningar/index.html')).toContain('Det finns inga uppföljningar ännu.');
    expect(mainText('indikatorer/index.html')).toContain('Kommunen har inte publicerat några resultat ännu.');
  });

  it('writes open data with no rows, but every file', () => {
    const providers = JSON.parse(readText(out, 'data/anordnare.json'));
    expect(providers.rows).toEqual([]);
    expect(JSON.parse(readText(out, 'data/tjanster.json')).rows.map((r: { id: string }) => r.id)).toEqual(['hemtjanst', 'sarskilt-boende']);
  });

  it.each(['links', 'html-validate', 'inert-content'])('passes the site check %s', (check) => {
    const r = tsx(`scripts/check-site/${check}.ts`, '--dist', out);
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
  });
});
