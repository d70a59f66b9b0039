// Where Kolada's answers come from: the API over HTTP, or responses saved in a
// folder (a snapshot or test fixtures). Both answer the same questions and
// keep the raw responses they read, so an import can be re-run offline.
import type { KoladaDataRow, KoladaKpiMeta, KoladaMunicipality, KoladaOu } from '../normalise/response';

export const KOLADA_ENDPOINTS = ['kpi', 'municipality', 'ou', 'data', 'oudata'] as const;
export type KoladaEndpoint = (typeof KOLADA_ENDPOINTS)[number];

/** One response as read: which endpoint, what was asked, and the body exactly as it came. */
export interface RecordedResponse {
  endpoint: KoladaEndpoint;
  request: string;
  body: string;
}

export interface SourceStats {
  requests: number;
  pages: number;
  retries: number;
}

export interface KoladaSource {
  /** Where the answers come from, for the summary and the snapshot's index. */
  readonly description: string;
  kpis(ids: string[]): Promise<KoladaKpiMeta[]>;
  ous(kommun: string): Promise<KoladaOu[]>;
  /** Kommuner by id, for their names ("0182" -> Nacka). */
  municipalities(ids: string[]): Promise<KoladaMunicipality[]>;
  data(kpis: string[], municipalities: string[], year: string): Promise<KoladaDataRow[]>;
  oudata(kpis: string[], ous: string[], year: string): Promise<KoladaDataRow[]>;
  recorded(): RecordedResponse[];
  readonly stats: SourceStats;
}

/** Kolada takes at most 25 ids per path segment. */
export function chunks<T>(items: T[], size = 25): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
