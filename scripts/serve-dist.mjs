// Serves the built site in dist/ on localhost for the browser tests, the way a
// plain static host would: no build step, no dependencies, nothing but files.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readOptions } from './lib/command-line.mjs';

const HELP = `Användning: node scripts/serve-dist.mjs [--port 4331] [--dir dist] [--base /] [--host 127.0.0.1]

Visar den byggda webbplatsen (dist/) på http://127.0.0.1:<port><base>, som en
vanlig statisk webbserver: en mapp ger dess index.html, en okänd adress ger
dist/404.html med status 404. Används av webbläsartesterna (playwright.config.ts).
Avsluta med Ctrl+C. Slutkod 2: fel i valen (servern startas inte).`;

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.rdf': 'application/rdf+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.pdf': 'application/pdf',
};

export function contentTypeOf(path) {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Decides what a request path gets: a file, a redirect (a folder without its
 * trailing slash, as static hosts do) or not found. Never leaves root.
 */
export function resolveRequest(root, base, urlPath) {
  let pathname;
  try {
    pathname = decodeURIComponent(urlPath);
  } catch {
    return { kind: 'not-found' };
  }
  if (pathname.includes('\0')) return { kind: 'not-found' };
  if (base !== '/' && pathname === base.slice(0, -1)) return { kind: 'redirect', location: base };
  if (!pathname.startsWith(base)) return { kind: 'not-found' };
  const path = resolve(root, `.${pathname.slice(base.length - 1)}`);
  if (path !== root && !path.startsWith(root + sep)) return { kind: 'not-found' };
  if (isDirectory(path)) {
    if (!pathname.endsWith('/')) return { kind: 'redirect', location: `${urlPath}/` };
    const index = join(path, 'index.html');
    return isFile(index) ? { kind: 'file', path: index } : { kind: 'not-found' };
  }
  return isFile(path) ? { kind: 'file', path } : { kind: 'not-found' };
}

export function createDistServer({ root, base = '/' }) {
  const notFoundPage = join(root, '404.html');
  return createServer((req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed\n');
      return;
    }
    // The request target as sent, not parsed as a URL: "//jamfor/" is a path
    // here, not a host. Repeated slashes are merged, as nginx does by default,
    // so a page opened at "//path" is served (and a redirect never leaves the site).
    const target = req.url ?? '/';
    const queryAt = target.search(/[?#]/);
    const pathname = (queryAt < 0 ? target : target.slice(0, queryAt)).replace(/\/{2,}/g, '/');
    const search = queryAt < 0 ? '' : target.slice(queryAt).replace(/#.*$/, '');
    const found = resolveRequest(root, base, pathname);
    if (found.kind === 'redirect') {
      res.writeHead(301, { Location: found.location + search }).end();
      return;
    }
    const [status, file] = found.kind === 'file' ? [200, found.path] : [404, isFile(notFoundPage) ? notFoundPage : undefined];
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404: sidan finns inte (och dist/404.html saknas)\n');
      return;
    }
    res.writeHead(status, { 'Content-Type': contentTypeOf(file), 'Content-Length': statSync(file).size });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  });
}

function main(argv) {
  const command = readOptions(argv, {
    help: HELP,
    options: {
      port: { type: 'string', default: process.env.KVG_E2E_PORT ?? '4331' },
      dir: { type: 'string', default: 'dist' },
      base: { type: 'string', default: '/' },
      host: { type: 'string', default: '127.0.0.1' },
    },
  });
  if ('exitCode' in command) {
    process.exitCode = command.exitCode;
    return;
  }
  const { values } = command;
  const port = Number(values.port);
  const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
  if (!Number.isInteger(port) || port <= 0 || !base.startsWith('/')) {
    console.error(`Ogiltig --port (${values.port}) eller --base (${values.base}). Se --help.`);
    process.exit(2);
  }
  const root = resolve(values.dir);
  // Start anyway without a build, so tests that need no pages can still run; page tests then see 404s.
  if (!existsSync(join(root, 'index.html'))) console.warn(`Varning: ${join(root, 'index.html')} saknas. Kör npm run build först.`);
  const server = createDistServer({ root, base });
  server.on('error', (error) => {
    console.error(`Kunde inte starta servern på ${values.host}:${port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, values.host, () => console.log(`Visar ${root} på http://${values.host}:${port}${base}`));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main(process.argv.slice(2));
