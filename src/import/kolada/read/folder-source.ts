// Kolada responses saved in a folder (a snapshot, or test fixtures): every
// <endpoint>*.json file is a response in the API's own format, and a question
// is answered by filtering their rows, so any mix of saved pages works offline.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  koladaDataRowSchema,
  koladaKpiMetaSchema,
  koladaMunicipalitySchema,
  koladaOuSchema,
  parseEnvelope,
  parseItems,
  type KoladaDataRow,
} from '../normalise/response';
import { terminalValue } from '../../../cli/terminal-text';
import { formatByteSize } from '../../../lib/locale/format';
import { KOLADA_LIMITS, KoladaFetchError } from './http-source';
import type { KoladaEndpoint, KoladaSource, RecordedResponse, SourceStats } from './source';

/** "oudata-03.json" -> oudata, "kpi.json" -> kpi; other files are not responses. */
export function endpointOfFile(name: string): KoladaEndpoint | undefined {
  const m = /^(oudata|data|ou|kpi|municipality)(?:[-.][^/]*)?\.json$/.exec(name);
  return m ? (m[1] as KoladaEndpoint) : undefined;
}

export function createFolderSource(folder: string, progress?: (line: string) => void, maxFileBytes = KOLADA_LIMITS.maxResponseBytes): KoladaSource {
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    throw new KoladaFetchError(`Mappen ${folder} finns inte. Ange en mapp med sparade svar från Kolada, t.ex. content/snapshots/kolada/0182-2024.`);
  const files = readdirSync(folder)
    .filter((n) => endpointOfFile(n))
    .sort();
  if (files.length === 0)
    throw new KoladaFetchError(`Mappen ${folder} har inga sparade svar från Kolada (filer som kpi.json, ou.json, data.json, oudata.json).`);
  // A snapshot's index says what each file answered and where it first came from.
  let index: { source?: string; files?: { file: string; request: string }[] } = {};
  try {
    if (existsSync(join(folder, 'index.json'))) index = JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8'));
  } catch {
    index = {};
  }
  const requestOf = new Map((index.files ?? []).map((f) => [f.file, f.request]));
  const stats: SourceStats = { requests: 0, pages: 0, retries: 0 };
  const recorded: RecordedResponse[] = [];
  const items = new Map<KoladaEndpoint, unknown[]>();
  for (const name of files) {
    const endpoint = endpointOfFile(name)!;
    const path = join(folder, name);
    let text: string;
    try {
      if (statSync(path).size > maxFileBytes)
        throw new KoladaFetchError(
          `${path} är större än ${formatByteSize(maxFileBytes)}, långt mer än Kolada skickar i ett svar. Kontrollera att det är rätt mapp.`,
        );
      text = readFileSync(path, 'utf8');
    } catch (e) {
      if (e instanceof KoladaFetchError) throw e;
      throw new KoladaFetchError(`${path} går inte att läsa (är det en fil, och finns behörighet att läsa den?).`);
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new KoladaFetchError(`${join(folder, name)} är inte giltig JSON.`);
    }
    const envelope = parseEnvelope(body, join(folder, name));
    items.set(endpoint, [...(items.get(endpoint) ?? []), ...envelope.values]);
    recorded.push({ endpoint, request: requestOf.get(name) ?? `fil ${name}`, body: text });
    stats.pages++;
  }
  progress?.(`  läste ${files.length} sparade svar från ${folder}`);
  const of = (e: KoladaEndpoint) => items.get(e) ?? [];
  const rows = (e: KoladaEndpoint) => parseItems(koladaDataRowSchema, of(e), 'rad');
  const count = <T>(list: T[]) => {
    stats.requests++;
    return list;
  };

  return {
    // The index is a file anyone could have edited: its text is printed and written again.
    description: typeof index.source === 'string' ? terminalValue(index.source).slice(0, 200) : `mappen ${folder}`,
    stats,
    recorded: () => recorded,
    async kpis(ids) {
      const wanted = new Set(ids);
      return count(parseItems(koladaKpiMetaSchema, of('kpi'), 'KPI').filter((k) => wanted.has(k.id)));
    },
    async ous(kommun) {
      return count(parseItems(koladaOuSchema, of('ou'), 'organisatorisk enhet').filter((o) => o.municipality === kommun));
    },
    async municipalities(ids) {
      const wanted = new Set(ids);
      return count(parseItems(koladaMunicipalitySchema, of('municipality'), 'kommun').filter((m) => wanted.has(m.id)));
    },
    async data(kpis, municipalities, year) {
      const k = new Set(kpis);
      const m = new Set(municipalities);
      return count(rows('data').filter((r: KoladaDataRow) => k.has(r.kpi) && r.municipality !== undefined && m.has(r.municipality) && r.period === year));
    },
    async oudata(kpis, ous, year) {
      const k = new Set(kpis);
      const o = new Set(ous);
      return count(rows('oudata').filter((r: KoladaDataRow) => k.has(r.kpi) && r.ou !== undefined && o.has(r.ou) && r.period === year));
    },
  };
}
