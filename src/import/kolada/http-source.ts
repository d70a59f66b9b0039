// Kolada API v3 over HTTP: ids split at 25 per path segment, next_url paging,
// a timeout per request, retries with backoff on 429 and 5xx, and messages
// that say what to do when the network or the API fails.
import {
  koladaDataRowSchema,
  koladaKpiMetaSchema,
  koladaOuSchema,
  nextPage,
  parseEnvelope,
  parseItems,
} from '../../lib/kolada-response';
import { chunks, type KoladaEndpoint, type KoladaSource, type RecordedResponse, type SourceStats } from './source';

export const DEFAULT_KOLADA_API = 'https://api.kolada.se/v3';

export interface HttpSourceOptions {
  /** Base address, e.g. https://api.kolada.se/v3 or a mirror. */
  api: string;
  timeoutMs?: number;
  /** Retries after the first attempt on 429, 5xx and network errors. */
  retries?: number;
  /** First wait before a retry; doubles each time. */
  retryDelayMs?: number;
  progress?: (line: string) => void;
}

export class KoladaFetchError extends Error {}

const MAX_PAGES = 1000;
const OFFLINE_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'ECONNREFUSED', 'EHOSTUNREACH']);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function errorCode(e: unknown): string | undefined {
  const err = e as { code?: string; cause?: { code?: string; errors?: { code?: string }[] } };
  return err.cause?.code ?? err.cause?.errors?.[0]?.code ?? err.code;
}

export function createHttpSource(options: HttpSourceOptions): KoladaSource {
  const base = options.api.replace(/\/+$/, '');
  const baseUrl = new URL(`${base}/`);
  const timeoutMs = options.timeoutMs ?? 30_000;
  const retries = options.retries ?? 4;
  const retryDelayMs = options.retryDelayMs ?? 1000;
  const stats: SourceStats = { requests: 0, pages: 0, retries: 0 };
  const recorded: RecordedResponse[] = [];

  /** next_url points at Kolada's own host; keep following it on the configured base (a mirror or test server). */
  function rebase(next: string): string {
    const url = new URL(next, baseUrl);
    const marker = baseUrl.pathname;
    const idx = url.pathname.indexOf(marker);
    const rest = idx >= 0 ? url.pathname.slice(idx + marker.length) : url.pathname.replace(/^\/+/, '');
    return `${baseUrl.href}${rest}${url.search}`;
  }

  async function getText(url: string): Promise<string> {
    let lastProblem = '';
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0) {
        stats.retries++;
        options.progress?.(`  ${lastProblem}; försöker igen (${attempt} av ${retries})`);
      }
      let response: Response;
      try {
        response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
      } catch (e) {
        const code = errorCode(e);
        const timedOut = (e as Error).name === 'TimeoutError';
        lastProblem = timedOut ? `inget svar inom ${Math.round(timeoutMs / 1000)} s` : `nätverksfel (${code ?? (e as Error).message})`;
        if (attempt < retries) {
          await sleep(retryDelayMs * 2 ** attempt);
          continue;
        }
        if (timedOut) throw new KoladaFetchError(`Kolada svarade inte inom ${Math.round(timeoutMs / 1000)} sekunder på ${url}, inte heller efter ${retries} nya försök. Försök igen senare eller öka --timeout.`);
        if (code && OFFLINE_CODES.has(code))
          throw new KoladaFetchError(`Kommer inte åt ${baseUrl.host} (${code}). Är datorn ansluten till internet? Du kan köra utan nätverk med --from <mapp> och en sparad ögonblicksbild, t.ex. content/snapshots/kolada/<kommun>-<år>.`);
        throw new KoladaFetchError(`Kunde inte hämta ${url}: ${lastProblem}.`);
      }
      if (response.status === 429 || response.status >= 500) {
        await response.body?.cancel();
        lastProblem = `Kolada svarade ${response.status}`;
        if (attempt < retries) {
          const retryAfter = Number(response.headers.get('retry-after'));
          const wait = Number.isFinite(retryAfter) && retryAfter > 0 ? Math.min(retryAfter * 1000, 60_000) : retryDelayMs * 2 ** attempt;
          await sleep(wait);
          continue;
        }
        throw new KoladaFetchError(`Kolada svarade ${response.status} på ${url}, även efter ${retries} nya försök. Försök igen senare.`);
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new KoladaFetchError(`Kolada svarade ${response.status} ${response.statusText} på ${url}. Kontrollera kommunkod, år och KPI-id, och adressen i --api.`);
      }
      return response.text();
    }
    throw new KoladaFetchError(`Kunde inte hämta ${url}.`);
  }

  async function getAll(endpoint: KoladaEndpoint, path: string): Promise<unknown[]> {
    stats.requests++;
    let url: string | undefined = `${base}/${path}${path.includes('?') ? '&' : '?'}per_page=5000`;
    const items: unknown[] = [];
    const seen = new Set<string>();
    for (let page = 1; url; page++) {
      if (page > MAX_PAGES || seen.has(url)) throw new KoladaFetchError(`Kolada skickar sida efter sida utan slut för ${path}; avbryter.`);
      seen.add(url);
      const text = await getText(url);
      stats.pages++;
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        throw new KoladaFetchError(`Svaret från ${url} är inte JSON. Är --api rätt adress till Kolada API v3?`);
      }
      const envelope = parseEnvelope(body, url);
      recorded.push({ endpoint, request: `${path}${page > 1 ? ` (sida ${page})` : ''}`, body: text });
      items.push(...envelope.values);
      const next = nextPage(envelope);
      if (next) options.progress?.(`  ${endpoint}: sida ${page} klar (${items.length} poster), hämtar nästa`);
      url = next ? rebase(next) : undefined;
    }
    return items;
  }

  async function getChunked(endpoint: KoladaEndpoint, build: (ids: string[]) => string, ids: string[]): Promise<unknown[]> {
    const out: unknown[] = [];
    const parts = chunks(ids);
    for (const [i, part] of parts.entries()) {
      if (parts.length > 1) options.progress?.(`  ${endpoint}: fråga ${i + 1} av ${parts.length} (${part.length} id)`);
      out.push(...(await getAll(endpoint, build(part))));
    }
    return out;
  }

  return {
    description: `Kolada API ${base}`,
    stats,
    recorded: () => recorded,
    async kpis(ids) {
      if (!ids.length) return [];
      return parseItems(koladaKpiMetaSchema, await getChunked('kpi', (p) => `kpi/${p.join(',')}`, ids), 'KPI');
    },
    async ous(kommun) {
      return parseItems(koladaOuSchema, await getAll('ou', `ou?municipality=${encodeURIComponent(kommun)}`), 'organisatorisk enhet');
    },
    async data(kpis, municipalities, year) {
      const out: unknown[] = [];
      for (const k of chunks(kpis)) out.push(...(await getChunked('data', (m) => `data/kpi/${k.join(',')}/municipality/${m.join(',')}/year/${year}`, municipalities)));
      return parseItems(koladaDataRowSchema, out, 'rad');
    },
    async oudata(kpis, ous, year) {
      const out: unknown[] = [];
      for (const k of chunks(kpis)) out.push(...(await getChunked('oudata', (o) => `oudata/kpi/${k.join(',')}/ou/${o.join(',')}/year/${year}`, ous)));
      return parseItems(koladaDataRowSchema, out, 'rad');
    },
  };
}
