// Kolada API v3 over HTTP: ids split at 25 per path segment, next_url paging,
// a timeout per request, retries with backoff on 429 and 5xx, and messages
// that say what to do when the network or the API fails.
import { koladaDataRowSchema, koladaKpiMetaSchema, koladaMunicipalitySchema, koladaOuSchema, nextPage, parseEnvelope, parseItems } from '../normalise/response';
import { formatByteSize, formatNumber } from '../../../lib/locale/format';
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
  /** Caps on what one question may bring; defaults in KOLADA_LIMITS. */
  limits?: Partial<KoladaLimits>;
}

export class KoladaFetchError extends Error {}

/** Caps far above what Kolada sends for any kommun (a page of 5,000 rows is about 2 MB), so a wrong or hostile server stops early. */
export interface KoladaLimits {
  /** Bytes of one response body. */
  maxResponseBytes: number;
  /** Pages followed through next_url for one question. */
  maxPages: number;
  /** Rows (items) for one question, over all its pages. */
  maxItems: number;
}

export const KOLADA_LIMITS: KoladaLimits = { maxResponseBytes: 64 * 1024 * 1024, maxPages: 1000, maxItems: 2_000_000 };

const OFFLINE_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'ECONNREFUSED', 'EHOSTUNREACH']);

/** What a network error code means, in words (the code itself says nothing to kommun staff). */
const CODE_WORDS: Record<string, string> = {
  ENOTFOUND: 'adressen finns inte (namnet går inte att slå upp)',
  EAI_AGAIN: 'namnet går inte att slå upp just nu',
  ENETUNREACH: 'nätverket når inte fram',
  EHOSTUNREACH: 'servern går inte att nå',
  ECONNREFUSED: 'anslutningen nekades, ingen server svarar på adressen',
  ECONNRESET: 'anslutningen bröts',
  EPIPE: 'anslutningen bröts',
  ETIMEDOUT: 'anslutningen tog för lång tid',
  UND_ERR_CONNECT_TIMEOUT: 'anslutningen tog för lång tid',
  UND_ERR_SOCKET: 'anslutningen bröts mitt i svaret',
  UND_ERR_HEADERS_TIMEOUT: 'servern svarade inte i tid',
  UND_ERR_BODY_TIMEOUT: 'svaret kom inte fram i tid',
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function errorCode(e: unknown): string | undefined {
  const err = e as { code?: string; cause?: { code?: string; errors?: { code?: string }[] } };
  return err.cause?.code ?? err.cause?.errors?.[0]?.code ?? err.code;
}

function isTimeout(e: unknown): boolean {
  const name = (e as Error)?.name;
  return name === 'TimeoutError' || (name === 'AbortError' && /timeout/i.test(String((e as Error).message)));
}

/** A network problem in Swedish words, never Node's own text ("fetch failed", "terminated"). */
export function networkProblem(e: unknown): string {
  const code = errorCode(e);
  if (code && CODE_WORDS[code]) return CODE_WORDS[code];
  if (code && /CERT|TLS|SSL/i.test(code)) return 'serverns certifikat kunde inte kontrolleras (är --api rätt adress?)';
  if (/terminated|other side closed|socket/i.test(String((e as Error)?.message))) return 'anslutningen bröts mitt i svaret';
  return 'nätverksfel';
}

/** An answer that is too large, said before it fills the memory. */
class TooLargeError extends KoladaFetchError {}

async function readCapped(response: Response, maxBytes: number, url: string): Promise<string> {
  const tooLarge = () =>
    new TooLargeError(
      `Svaret från ${url} är större än ${formatByteSize(maxBytes)}, långt mer än Kolada skickar för en kommun. Importen stoppades och inget skrevs. Kontrollera adressen i --api.`,
    );
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const STATUS_WORDS: Record<number, string> = {
  400: 'frågan förstods inte',
  401: 'inloggning krävs',
  403: 'åtkomst nekad',
  404: 'finns inte',
  410: 'finns inte längre',
};

export function createHttpSource(options: HttpSourceOptions): KoladaSource {
  const base = options.api.replace(/\/+$/, '');
  let baseUrl: URL;
  try {
    baseUrl = new URL(`${base}/`);
  } catch {
    throw new KoladaFetchError(`--api ska vara en webbadress som ${DEFAULT_KOLADA_API} (fick "${options.api}").`);
  }
  if (baseUrl.protocol !== 'https:' && baseUrl.protocol !== 'http:') throw new KoladaFetchError(`--api ska börja med https:// (fick "${options.api}").`);
  const timeoutMs = options.timeoutMs ?? 30_000;
  const retries = options.retries ?? 4;
  const retryDelayMs = options.retryDelayMs ?? 1000;
  const limits: KoladaLimits = { ...KOLADA_LIMITS, ...options.limits };
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
    const seconds = Math.round(timeoutMs / 1000);
    const giveUp = (e: unknown): never => {
      if (isTimeout(e))
        throw new KoladaFetchError(
          `Kolada svarade inte inom ${seconds} sekunder på ${url}, inte heller efter ${retries} nya försök. Försök igen senare eller öka --timeout.`,
        );
      const code = errorCode(e);
      if (code && OFFLINE_CODES.has(code))
        throw new KoladaFetchError(
          `Kommer inte åt ${baseUrl.host} (${networkProblem(e)}). Är datorn ansluten till internet? Du kan köra utan nätverk med --from <mapp> och en sparad ögonblicksbild, t.ex. content/snapshots/kolada/<kommun>-<år>.`,
        );
      throw new KoladaFetchError(`Kunde inte hämta ${url}: ${lastProblem}, även efter ${retries} nya försök. Försök igen senare.`);
    };
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0) {
        stats.retries++;
        options.progress?.(`  ${lastProblem}; försöker igen (${attempt} av ${retries})`);
      }
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
        if (response.status === 429 || response.status >= 500) {
          await response.body?.cancel().catch(() => {});
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
          await response.body?.cancel().catch(() => {});
          const words = STATUS_WORDS[response.status];
          throw new KoladaFetchError(
            `Kolada svarade ${response.status}${words ? ` (${words})` : ''} på ${url}. Kontrollera kommunkod, år och KPI-id, och adressen i --api.`,
          );
        }
        return await readCapped(response, limits.maxResponseBytes, url);
      } catch (e) {
        if (e instanceof KoladaFetchError) throw e;
        // A cut connection or a timeout, before or during the body: try again, then say it in words.
        lastProblem = isTimeout(e) ? `inget svar inom ${seconds} s` : networkProblem(e);
        if (attempt < retries) {
          await sleep(retryDelayMs * 2 ** attempt);
          continue;
        }
        giveUp(e);
      }
    }
    throw new KoladaFetchError(`Kunde inte hämta ${url}.`);
  }

  async function getAll(endpoint: KoladaEndpoint, path: string): Promise<unknown[]> {
    stats.requests++;
    let url: string | undefined = `${base}/${path}${path.includes('?') ? '&' : '?'}per_page=5000`;
    const items: unknown[] = [];
    const seen = new Set<string>();
    for (let page = 1; url; page++) {
      if (page > limits.maxPages || seen.has(url))
        throw new KoladaFetchError(
          `Kolada skickar sida efter sida utan slut för ${path} (fler än ${limits.maxPages} sidor, eller samma sida igen). Importen stoppades och inget skrevs.`,
        );
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
      if (items.length + envelope.values.length > limits.maxItems)
        throw new KoladaFetchError(
          `Kolada skickar fler än ${formatNumber(limits.maxItems, 0)} rader för ${path}, långt fler än en kommun har. Importen stoppades och inget skrevs. Kontrollera kommunkod och --kpi.`,
        );
      for (const item of envelope.values) items.push(item);
      const next = nextPage(envelope);
      if (next) options.progress?.(`  ${endpoint}: sida ${page} klar (${items.length} poster), hämtar nästa`);
      try {
        url = next ? rebase(next) : undefined;
      } catch {
        throw new KoladaFetchError(
          `Kolada skickade en adress till nästa sida som inte går att använda (${JSON.stringify(next).slice(0, 120)}). Importen stoppades och inget skrevs.`,
        );
      }
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
    async municipalities(ids) {
      if (!ids.length) return [];
      return parseItems(koladaMunicipalitySchema, await getChunked('municipality', (p) => `municipality/${p.join(',')}`, ids), 'kommun');
    },
    async data(kpis, municipalities, year) {
      const out: unknown[] = [];
      for (const k of chunks(kpis))
        out.push(...(await getChunked('data', (m) => `data/kpi/${k.join(',')}/municipality/${m.join(',')}/year/${year}`, municipalities)));
      return parseItems(koladaDataRowSchema, out, 'rad');
    },
    async oudata(kpis, ous, year) {
      const out: unknown[] = [];
      for (const k of chunks(kpis)) out.push(...(await getChunked('oudata', (o) => `oudata/kpi/${k.join(',')}/ou/${o.join(',')}/year/${year}`, ous)));
      return parseItems(koladaDataRowSchema, out, 'rad');
    },
  };
}
