// A local stand-in for Kolada API v3 on 127.0.0.1, serving the saved responses
// in ../shared/data/kolada and test/fixtures/kolada-api. It pages, can fail a
// request once (503, 429) and records what was asked. No test calls the network.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
// A copy of shared/data/kolada, so the tests run on a clone without the shared folder.
export const SHARED_KOLADA = resolve(ROOT, 'test/fixtures/kolada-shared');
export const TEST_KOLADA = resolve(ROOT, 'test/fixtures/kolada-api');

type Item = Record<string, unknown>;

export interface KoladaServerOptions {
  /** Items per page for /ou; smaller than the list makes a second page. */
  ouPageSize?: number;
  /** Answer the first request whose path starts with the key with this status, once. */
  failOnce?: Record<string, number>;
  /** Never answer requests whose path starts with this (for timeouts). */
  hang?: string;
}

export interface KoladaServer {
  api: string;
  requests: string[];
  close: () => Promise<void>;
}

function load(dir: string, prefix: string): Item[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json') && (n === `${prefix}.json` || n.startsWith(`${prefix}-`)))
    .flatMap((n) => (JSON.parse(readFileSync(join(dir, n), 'utf8')) as { values: Item[] }).values);
}

export async function startKoladaServer(options: KoladaServerOptions = {}): Promise<KoladaServer> {
  const all = (p: string) => [...load(SHARED_KOLADA, p), ...load(TEST_KOLADA, p)];
  const kpis = all('kpi');
  const municipalities = all('municipality');
  const ous = all('ou');
  const data = all('data');
  const oudata = all('oudata');
  const failOnce = new Map(Object.entries(options.failOnce ?? {}));
  const requests: string[] = [];
  const hanging: import('node:http').ServerResponse[] = [];

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.replace(/^\/v3\//, '');
    requests.push(`${path}${url.search}`);
    if (options.hang && path.startsWith(options.hang)) {
      hanging.push(res);
      return;
    }
    for (const [prefix, status] of failOnce)
      if (path.startsWith(prefix)) {
        failOnce.delete(prefix);
        res.writeHead(status, { 'content-type': 'text/plain', ...(status === 429 ? { 'retry-after': '0' } : {}) });
        res.end('Tillfälligt fel');
        return;
      }
    const list = (s: string) => new Set(s.split(','));
    let values: Item[];
    let m: RegExpExecArray | null;
    if ((m = /^kpi\/([^/]+)$/.exec(path))) {
      const ids = list(m[1]);
      values = kpis.filter((k) => ids.has(String(k.id)));
    } else if ((m = /^municipality\/([^/]+)$/.exec(path))) {
      const ids = list(m[1]);
      values = municipalities.filter((k) => ids.has(String(k.id)));
    } else if (path === 'ou') {
      const munis = list(url.searchParams.get('municipality') ?? '');
      const matching = ous.filter((o) => munis.has(String(o.municipality)));
      const size = options.ouPageSize ?? 5000;
      const page = Number(url.searchParams.get('page') ?? 1);
      values = matching.slice((page - 1) * size, page * size);
      const more = page * size < matching.length;
      // next_url names Kolada's real host, as the API does: the client must rebase it.
      const next = more ? `https://api.kolada.se/v3/ou?municipality=${url.searchParams.get('municipality')}&page=${page + 1}&per_page=${size}` : null;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ values, count: values.length, next_url: next, previous_url: null }));
      return;
    } else if ((m = /^data\/kpi\/([^/]+)\/municipality\/([^/]+)\/year\/([^/]+)$/.exec(path))) {
      const [k, mu, y] = [list(m[1]), list(m[2]), list(m[3])];
      values = data.filter((r) => k.has(String(r.kpi)) && mu.has(String(r.municipality)) && y.has(String(r.period)));
    } else if ((m = /^oudata\/kpi\/([^/]+)\/ou\/([^/]+)\/year\/([^/]+)$/.exec(path))) {
      const [k, o, y] = [list(m[1]), list(m[2]), list(m[3])];
      values = oudata.filter((r) => k.has(String(r.kpi)) && o.has(String(r.ou)) && y.has(String(r.period)));
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ values, count: values.length, next_url: null, previous_url: null }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    api: `http://127.0.0.1:${port}/v3`,
    requests,
    close: () =>
      new Promise<void>((r) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
