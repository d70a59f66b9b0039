// The server files the build writes: _headers (Netlify, Cloudflare Pages),
// nginx.conf and Apache's .htaccess. One list of headers, three files: each
// file read back the way its server reads it must give the same headers and
// values, under the right base path, and no value can break out of its quotes.
import { describe, expect, it } from 'vitest';
import { contentTypeOf } from '../../scripts/serve-dist.mjs';
import { apacheConfig, apacheHeaderString } from '../../src/lib/site-files/apache-config';
import { contentSecurityPolicy } from '../../src/lib/site-files/csp';
import { headersFile } from '../../src/lib/site-files/headers-file';
import { CACHE_CONTROL, contentTypeFor, MEDIA_TYPES } from '../../src/lib/site-files/media-types';
import { nginxConfig, nginxString } from '../../src/lib/site-files/nginx-config';
import { headerValueProblem, securityHeaders, type HeaderField, type Hsts } from '../../src/lib/site-files/security-headers';
import { serverSetup, type ServerSetup } from '../../src/lib/site-files/server-setup';
import { apacheHeaderValue, apacheWalk, nginxWalk, readApache, readHeadersFile, readNginx, type Field } from './support/server-config-files';

const YEAR: Hsts = { maxAge: 31_536_000, includeSubDomains: false };

function setupFor({
  base = '/kundval/',
  siteUrl = 'https://www.kommun.example',
  frameAncestors = [] as string[],
  hsts = YEAR,
  policy,
}: Partial<{ base: string; siteUrl: string; frameAncestors: string[]; hsts: Hsts; policy: string }> = {}): ServerSetup {
  const csp = policy ?? contentSecurityPolicy({ scriptHashes: ["'sha256-AbC+/9='"], frameAncestors });
  return serverSetup(base, siteUrl, securityHeaders({ policy: csp, siteUrl, hsts }));
}

/** The security headers each file sends with every response, read back as its server reads them. */
function headersOf(setup: ServerSetup) {
  const headersRules = readHeadersFile(headersFile(setup));
  const nginx = nginxWalk(readNginx(nginxConfig(setup)));
  const apache = apacheWalk(readApache(apacheConfig(setup)));
  const nginxByLocation = new Map<string, Field[]>();
  for (const { directive, location } of nginx)
    if (directive.name === 'add_header' && directive.args[0] !== 'Cache-Control') {
      expect(directive.args, `${directive.args[0]} i ${location} ska skickas också med felsidor`).toHaveLength(3);
      expect(directive.args[2]).toBe('always');
      nginxByLocation.set(location, [...(nginxByLocation.get(location) ?? []), [directive.args[0], directive.args[1]]]);
    }
  const apacheHeaders = apache
    .filter(({ node }) => node.name === 'Header' && node.args[0] === 'always')
    .map(({ node, within }) => {
      expect(within.map((w) => `${w.name} ${w.args.join(' ')}`)).toEqual(['IfModule mod_headers.c']);
      expect(node.args).toHaveLength(4);
      expect(node.args[1]).toBe('set');
      return [node.args[2], apacheHeaderValue(node.args[3])] as Field;
    });
  return { headersFile: headersRules.get('/*'), nginxByLocation, apache: apacheHeaders };
}

const asFields = (fields: readonly HeaderField[]) => fields.map(([n, v]) => [n, v]);

describe('one list of headers, three files', () => {
  it.each([
    ['/kundval/ over https, with a kommun that frames the site', { frameAncestors: ['https://www.kommun.example', 'https://intranat.kommun.example'] }],
    ['/ over https', { base: '/' }],
    ['a deeper base path', { base: '/omsorg/kundval/' }],
    ['http (no HSTS)', { siteUrl: 'http://kundval.kommun.example' }],
    ['HSTS turned off', { hsts: { maxAge: 0, includeSubDomains: false } }],
    ['HSTS with subdomains', { hsts: { maxAge: 63_072_000, includeSubDomains: true } }],
  ])('%s', (_what, options) => {
    const setup = setupFor(options);
    const found = headersOf(setup);
    const expected = asFields(setup.headers);
    expect(found.headersFile).toEqual(expected);
    expect(found.apache).toEqual(expected);
    // nginx drops a surrounding block's add_header in any block with its own, so every location carries the whole list.
    expect([...found.nginxByLocation.keys()]).toHaveLength(3);
    for (const [location, fields] of found.nginxByLocation) expect(fields, location).toEqual(expected);
  });

  it('has the security headers the site promises, frame-ancestors and HSTS included', () => {
    const names = setupFor({ frameAncestors: ['https://www.kommun.example'] }).headers.map(([n]) => n);
    expect(names).toEqual([
      'Content-Security-Policy',
      'Referrer-Policy',
      'X-Content-Type-Options',
      'Permissions-Policy',
      'Cross-Origin-Opener-Policy',
      'Strict-Transport-Security',
    ]);
    const values = Object.fromEntries(setupFor({ frameAncestors: ['https://www.kommun.example'] }).headers);
    expect(values['Content-Security-Policy']).toMatch(/; frame-ancestors 'self' https:\/\/www\.kommun\.example$/);
    expect(values['Strict-Transport-Security']).toBe('max-age=31536000');
    expect(values['X-Content-Type-Options']).toBe('nosniff');
    expect(values['Referrer-Policy']).toBe('no-referrer');
  });

  it('sends HSTS only when the site is https and the max-age is above 0', () => {
    const hsts = (o: Parameters<typeof setupFor>[0]) => Object.fromEntries(setupFor(o).headers)['Strict-Transport-Security'];
    expect(hsts({})).toBe('max-age=31536000');
    expect(hsts({ hsts: { maxAge: 600, includeSubDomains: true } })).toBe('max-age=600; includeSubDomains');
    expect(hsts({ siteUrl: 'http://kundval.kommun.example' })).toBeUndefined();
    expect(hsts({ hsts: { maxAge: 0, includeSubDomains: true } })).toBeUndefined();
  });
});

describe('the base path', () => {
  it('/kundval/: every address in the three files is under it', () => {
    const setup = setupFor();
    expect([...readHeadersFile(headersFile(setup)).keys()]).toEqual(['/*', '/kundval/_astro/*']);

    const nginx = nginxWalk(readNginx(nginxConfig(setup)));
    const locations = nginx.filter(({ directive }) => directive.name === 'location').map(({ directive }) => directive.args.join(' '));
    expect(locations).toEqual([
      '= /kundval',
      '/kundval/',
      '/kundval/_astro/',
      '= /kundval/uppfoljningar/flode.xml',
      '= /kundval/.htaccess',
      '= /kundval/_headers',
    ]);
    const top = readNginx(nginxConfig(setup));
    expect(top.map((d) => d.name)).toEqual(['location', 'location']);
    expect(top[0].block).toEqual([
      { name: 'absolute_redirect', args: ['off'] },
      { name: 'return', args: ['301', '/kundval/'] },
    ]);
    expect(nginx.find(({ directive }) => directive.name === 'error_page')?.directive.args).toEqual(['404', '/kundval/404.html']);

    const apache = apacheWalk(readApache(apacheConfig(setup)));
    const arg = (name: string) => apache.filter(({ node }) => node.name === name).map(({ node }) => node.args);
    expect(arg('ErrorDocument')).toEqual([['404', '/kundval/404.html']]);
    expect(arg('If')).toEqual([['%{REQUEST_URI} =~ m#^/kundval/_astro/#']]);
    expect(arg('RedirectMatch')).toEqual([['404', '^/kundval/_headers$']]);
  });

  it('/: no redirect block, and the paths start at the root', () => {
    const setup = setupFor({ base: '/' });
    const top = readNginx(nginxConfig(setup));
    expect(top.map((d) => `${d.name} ${d.args.join(' ')}`)).toEqual(['location /']);
    expect(nginxConfig(setup)).toContain('location /_astro/ {');
    expect(apacheConfig(setup)).toContain('ErrorDocument 404 /404.html');
    expect(headersFile(setup)).toContain('\n/_astro/*\n');
  });

  it('refuses a base path that is not one the site schema allows', () => {
    expect(() => serverSetup('/kundval', 'https://x.example', [])).toThrow(/basPath/);
    expect(() => serverSetup('/kund val/', 'https://x.example', [])).toThrow(/basPath/);
    expect(() => serverSetup('/a/;}/', 'https://x.example', [])).toThrow(/basPath/);
  });
});

describe('caching and media types', () => {
  it('keeps hashed /_astro/ files a year and everything else five minutes, in each file', () => {
    const setup = setupFor();
    expect(readHeadersFile(headersFile(setup)).get('/kundval/_astro/*')).toEqual([['Cache-Control', CACHE_CONTROL.hashedAssets]]);
    const nginx = nginxWalk(readNginx(nginxConfig(setup)));
    const cacheIn = (location: string) =>
      nginx
        .filter((d) => d.location === location && d.directive.name === 'add_header' && d.directive.args[0] === 'Cache-Control')
        .map((d) => d.directive.args[1]);
    expect(cacheIn('/kundval/')).toEqual([CACHE_CONTROL.other]);
    expect(cacheIn('/kundval/_astro/')).toEqual([CACHE_CONTROL.hashedAssets]);
    expect(cacheIn('= /kundval/uppfoljningar/flode.xml')).toEqual([CACHE_CONTROL.other]);
    const apache = apacheWalk(readApache(apacheConfig(setup)));
    expect(
      apache
        .filter(({ node }) => node.name === 'Header' && node.args[0] === 'set')
        .map(({ node, within }) => [within.at(-1)!.name, node.args[1], node.args[2]]),
    ).toEqual([
      ['IfModule', 'Cache-Control', CACHE_CONTROL.other],
      ['If', 'Cache-Control', CACHE_CONTROL.hashedAssets],
    ]);
  });

  it('names the right type for json, xml, atom and csv, in UTF-8, in both servers', () => {
    const setup = setupFor();
    const nginx = nginxWalk(readNginx(nginxConfig(setup)));
    const types = nginx.find(({ directive, location }) => directive.name === 'types' && location === '/kundval/')!.directive.block!;
    const nginxType = (ext: string) => types.find((t) => t.args.includes(ext))?.name;
    const charsetTypes = nginx.find(({ directive }) => directive.name === 'charset_types')!.directive.args;
    const apache = apacheWalk(readApache(apacheConfig(setup)));
    const apacheType = (ext: string) => apache.find(({ node }) => node.name === 'AddType' && node.args[1] === `.${ext}`)?.node.args[0];
    const apacheCharset = apache.find(({ node }) => node.name === 'AddCharset')!.node.args;
    for (const [ext, type] of [
      ['json', 'application/json'],
      ['xml', 'application/xml'],
      ['atom', 'application/atom+xml'],
      ['csv', 'text/csv'],
      ['jsonld', 'application/ld+json'],
    ]) {
      expect(nginxType(ext), ext).toBe(type);
      expect(apacheType(ext), ext).toBe(type);
      expect(charsetTypes, ext).toContain(type);
      expect(apacheCharset, ext).toContain(`.${ext}`);
      expect(contentTypeFor(`a.${ext}`)).toBe(`${type}; charset=utf-8`);
    }
    // The feed is named flode.xml: it gets the Atom type by its path.
    const feed = nginx.filter(({ location }) => location === '= /kundval/uppfoljningar/flode.xml').map(({ directive }) => directive);
    expect(feed.find((d) => d.name === 'default_type')?.args).toEqual(['application/atom+xml']);
    expect(feed.find((d) => d.name === 'types')?.block).toEqual([]);
    expect(apache.find(({ node }) => node.name === 'Files')?.node.args).toEqual(['flode.xml']);
    expect(apache.find(({ node }) => node.name === 'ForceType')?.node.args).toEqual(['application/atom+xml; charset=utf-8']);
  });

  it('agrees with the test server (scripts/serve-dist.mjs) on every type', () => {
    for (const ext of Object.keys(MEDIA_TYPES)) expect(contentTypeFor(`fil.${ext}`), ext).toBe(contentTypeOf(`fil.${ext}`));
  });
});

describe('a value cannot break out of its file', () => {
  it('escapes a quote so each server reads back the value as it was', () => {
    const policy = `default-src 'self'; report "x" 100% ok`;
    const setup = setupFor({ policy });
    const found = headersOf(setup);
    expect(found.headersFile?.[0]).toEqual(['Content-Security-Policy', policy]);
    expect(found.apache[0]).toEqual(['Content-Security-Policy', policy]);
    for (const fields of found.nginxByLocation.values()) expect(fields[0]).toEqual(['Content-Security-Policy', policy]);
    expect(nginxString('a "b"')).toBe('"a \\"b\\""');
    expect(apacheHeaderString('a "b" 5%')).toBe('"a \\"b\\" 5%%"');
  });

  it.each([
    ['a line break', "default-src 'self'\nadd_header X y", 'en radbrytning'],
    ['a carriage return', "default-src 'self'\rX: y", 'en radbrytning'],
    ['an nginx variable', "default-src 'self' $host", 'något av tecknen $ \\ `'],
    ['a backslash', "default-src 'self' \\", 'något av tecknen $ \\ `'],
    ['a control character', "default-src 'self'\u0007", 'ett styrtecken'],
    ['a non-ASCII character', "default-src 'self' https://www.håbo.se", 'ett tecken utanför ASCII'],
  ])('refuses %s before any file is written', (_what, policy, problem) => {
    expect(headerValueProblem(policy)).toBe(problem);
    expect(() => securityHeaders({ policy, siteUrl: 'https://x.example', hsts: YEAR })).toThrow(
      `HTTP-rubriken Content-Security-Policy kan inte skrivas i serverns inställningar: värdet innehåller ${problem}`,
    );
  });

  it('the writers refuse, on their own, what they have no escape for', () => {
    for (const value of ['a\nb', 'a$b', 'a\\b']) {
      expect(() => nginxString(value), JSON.stringify(value)).toThrow('Kan inte skrivas i nginx-inställningarna');
      expect(() => apacheHeaderString(value), JSON.stringify(value)).toThrow('Kan inte skrivas i Apache-inställningarna');
    }
  });

  it('keeps the site address in the comment on one line', () => {
    const setup = { ...setupFor(), address: 'https://x.example/\nlocation / { return 200; }' };
    expect(readNginx(nginxConfig(setup)).map((d) => d.args.join(' '))).toEqual(['= /kundval', '/kundval/']);
    expect(apacheConfig(setup).split('\n')[0]).toBe('# Kundvalsguiden: Apache-inställningar för https://x.example/ location / { return 200; }');
  });
});

describe('Apache .htaccess, syntax', () => {
  // Directives an .htaccess may hold with AllowOverride FileInfo (the class the
  // header says is enough); anything else is a 500 error on a server that allows only that.
  const FILE_INFO = new Set(['AddDefaultCharset', 'AddType', 'AddCharset', 'ForceType', 'ErrorDocument', 'Header', 'RedirectMatch']);
  const SECTIONS = new Set(['IfModule', 'Files', 'If']);

  it.each([['/'], ['/kundval/'], ['/omsorg/kundval/']])('base %s: sections close in order, arguments are quoted right, only FileInfo directives', (base) => {
    const text = apacheConfig(setupFor({ base, frameAncestors: ['https://www.kommun.example'] }));
    const nodes = apacheWalk(readApache(text));
    for (const { node } of nodes) {
      if (node.children) expect(SECTIONS, `rad ${node.line}: <${node.name}>`).toContain(node.name);
      else expect(FILE_INFO, `rad ${node.line}: ${node.name}`).toContain(node.name);
    }
    for (const { node } of nodes.filter(({ node }) => node.name === 'IfModule')) expect(node.args[0]).toMatch(/^mod_[a-z]+\.c$/);
    for (const { node } of nodes.filter(({ node }) => node.name === 'Header')) expect(['always', 'set']).toContain(node.args[0]);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('a file with an unclosed section or quote is not read (the reader itself is strict)', () => {
    expect(() => readApache('<IfModule mod_headers.c>\nHeader set X "y"\n')).toThrow('stängs aldrig');
    expect(() => readApache('Header set X "y\n')).toThrow('aldrig');
    expect(() => readApache('<IfModule a>\n</Files>\n')).toThrow('stänger');
    expect(() => readNginx('location / { add_header X "y" always;')).toThrow();
    expect(() => readNginx('location / { add_header X "y" always }')).toThrow();
  });
});
