// A kommun publishes the site under a path of its own web (/kundval/), inside
// its own header and footer (kommunFrame, with its logo in content/assets/).
// Every page links the logo and the kommun's links under the base path, and
// the build's nginx configuration and .htaccess, on a real nginx and a real
// Apache, serve the pages there with exactly the headers _headers lists, the
// right types and caching.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VALID_CONTENT } from '../unit/support/content-fixture';
import { readHeadersFile } from '../unit/support/server-config-files';
import { buildSite, filesIn } from './support/site-build';
import { apacheErrorLog, startApache, startNginx, type RunningServer } from './support/web-servers';

const BASE = '/kundval/';
const work = mkdtempSync(join(tmpdir(), 'kvg-publish-'));
const content = join(work, 'content');
const dist = join(work, 'dist');
const FRAME = join(import.meta.dirname, '../fixtures/kommun-frame');
const LOGO = readFileSync(join(FRAME, 'logotyp.svg'));

beforeAll(() => {
  cpSync(VALID_CONTENT, content, { recursive: true });
  mkdirSync(join(content, 'assets'));
  writeFileSync(join(content, 'assets/logotyp.svg'), LOGO);
  const site = readFileSync(join(content, 'site.yaml'), 'utf8').replace(/^basePath: \/$/m, `basePath: ${BASE}`);
  const frame = readFileSync(join(FRAME, 'site-frame.yaml'), 'utf8');
  writeFileSync(join(content, 'site.yaml'), `${site}headers:\n  frameAncestors:\n    - https://www.testkommun.example\n${frame}`);
  const build = buildSite(content, dist);
  expect(build.status, build.output.slice(-3000)).toBe(0);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The headers every response must carry: the /* rule of the build's own _headers. */
const expectedHeaders = () => readHeadersFile(readFileSync(join(dist, '_headers'), 'utf8')).get('/*')!;
const hashedCss = () => readdirSync(join(dist, '_astro')).find((f) => f.endsWith('.css'))!;

describe('the build writes the server files', () => {
  it('_headers and .htaccess in dist/, nginx.conf beside it (not published)', () => {
    expect(readdirSync(dist)).toEqual(expect.arrayContaining(['_headers', '.htaccess']));
    expect(readdirSync(`${dist}-server`)).toEqual(['nginx.conf']);
    const headers = Object.fromEntries(expectedHeaders());
    expect(headers['Content-Security-Policy']).toMatch(/; frame-ancestors 'self' https:\/\/www\.testkommun\.example$/);
    expect(headers['Strict-Transport-Security']).toBe('max-age=31536000');
    expect(readFileSync(join(`${dist}-server`, 'nginx.conf'), 'utf8')).toContain(`location ${BASE} {`);
    expect(readFileSync(join(dist, '.htaccess'), 'utf8')).toContain(`ErrorDocument 404 ${BASE}404.html`);
  });
});

describe("the kommun's frame on every page", () => {
  const pages = () => filesIn(dist).filter((f) => f.endsWith('.html'));
  const LOGO_TAG = `<img src="${BASE}kommun/logotyp.svg" alt="Testkommun, till kommunens startsida">`;

  it('copies the logo from content/assets/ to kommun/logotyp.svg, unchanged', () => {
    expect(readFileSync(join(dist, 'kommun/logotyp.svg')).equals(LOGO)).toBe(true);
  });

  it('every page shows the logo from under the base path, leading to the kommun', () => {
    expect(pages().length).toBeGreaterThan(15);
    for (const page of pages()) {
      const html = readFileSync(join(dist, page), 'utf8');
      expect(html, page).toContain(`<a href="https://www.testkommun.example/" class="kommun-logo">${LOGO_TAG}</a>`);
      expect(html.split(LOGO_TAG), page).toHaveLength(2);
    }
  });

  it("every page has the kommun's header menu and footer, and links nowhere else on the site's host but under the base path", () => {
    for (const page of pages()) {
      const html = readFileSync(join(dist, page), 'utf8');
      expect(html, page).toContain(
        '<nav aria-label="Kommunens webbplats" class="kommun-nav"><ul><li><a href="https://www.testkommun.example/omsorg/">Omsorg och stöd</a></li><li><a href="https://www.testkommun.example/kontakt/">Kontakta kommunen</a></li></ul></nav>',
      );
      expect(html, page).toContain('<p class="kommun-footer-address">Testkommun, Stadshuset, 999 99 Teststad</p>');
      expect(html, page).toContain('<a href="tel:0812345600">08-123 456 00</a>');
      expect(html, page).toContain('<a href="mailto:kommun@testkommun.example">E-post till kommunen</a>');
      const local = [...html.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]);
      expect(
        local.filter((l) => !l.startsWith(BASE)),
        page,
      ).toEqual([]);
    }
  });
});

type Server = 'nginx' | 'Apache';
const servers: Record<Server, () => Promise<RunningServer>> = {
  nginx: () => startNginx({ work, dist, base: BASE, snippet: join(`${dist}-server`, 'nginx.conf') }),
  Apache: () => startApache({ work, dist, base: BASE }),
};

describe.each(Object.keys(servers) as Server[])('%s with the generated configuration', (name) => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await servers[name]();
  });
  afterAll(async () => server?.stop());

  const get = async (path: string) => {
    const response = await fetch(`${server.origin}${path}`, { redirect: 'manual' });
    const body = await response.text();
    if (response.status >= 500) throw new Error(`${name}: ${response.status} för ${path}\n${name === 'Apache' ? apacheErrorLog(work) : ''}`);
    return { status: response.status, headers: response.headers, body };
  };
  const securityHeadersOf = (headers: Headers) => expectedHeaders().map(([field]) => [field, headers.get(field)]);

  it.each([
    ['the start page', BASE, 'text/html; charset=utf-8', 'public, max-age=300'],
    ['a provider page', `${BASE}anordnare/egen-regi/`, 'text/html; charset=utf-8', 'public, max-age=300'],
    ['open data as CSV', `${BASE}data/anordnare.csv`, 'text/csv; charset=utf-8', 'public, max-age=300'],
    ['open data as JSON', `${BASE}data/anordnare.json`, 'application/json; charset=utf-8', 'public, max-age=300'],
    ['the Atom feed', `${BASE}uppfoljningar/flode.xml`, 'application/atom+xml; charset=utf-8', 'public, max-age=300'],
    ['the sitemap', `${BASE}sitemap.xml`, 'application/xml; charset=utf-8', 'public, max-age=300'],
  ])('serves %s with its type, the headers of _headers and short caching', async (_what, path, type, cache) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(securityHeadersOf(response.headers)).toEqual(expectedHeaders());
    expect(response.headers.get('cache-control')).toBe(cache);
  });

  it('serves a page under the base path whose links stay under it', async () => {
    const { body } = await get(`${BASE}anordnare/egen-regi/`);
    expect(body).toContain('<html lang="sv"');
    const links = [...body.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(5);
    expect(links.filter((l) => !l.startsWith(BASE))).toEqual([]);
  });

  it("serves the kommun's logo from under the base path as an SVG image with the same headers", async () => {
    const response = await get(`${BASE}kommun/logotyp.svg`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    expect(response.body).toBe(LOGO.toString('utf8'));
    expect(securityHeadersOf(response.headers)).toEqual(expectedHeaders());
  });

  it('keeps hashed files a year', async () => {
    const response = await get(`${BASE}_astro/${hashedCss()}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(securityHeadersOf(response.headers)).toEqual(expectedHeaders());
  });

  it("answers an unknown address with the site's 404 page and the same headers", async () => {
    const response = await get(`${BASE}finns-inte/`);
    expect(response.status).toBe(404);
    expect(response.body).toBe(readFileSync(join(dist, '404.html'), 'utf8'));
    expect(securityHeadersOf(response.headers)).toEqual(expectedHeaders());
  });

  it('sends the base path without its slash, and a folder without its slash, on to the address with it', async () => {
    for (const [from, to] of [
      [BASE.slice(0, -1), BASE],
      [`${BASE}sok`, `${BASE}sok/`],
    ]) {
      const response = await get(from);
      expect(response.status, from).toBe(301);
      expect(new URL(response.headers.get('location')!, server.origin).pathname).toBe(to);
    }
  });

  it('never serves the server files themselves', async () => {
    for (const file of ['_headers', '.htaccess']) {
      const response = await get(`${BASE}${file}`);
      expect([403, 404], file).toContain(response.status);
      expect(response.body, file).not.toContain('Content-Security-Policy:');
    }
  });
});
