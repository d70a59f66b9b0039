// Import time for the national case: 290 kommuner x 10 KPIs of synthetic
// Kolada responses, each kommun imported on its own (as each kommun builds on
// its own), once from saved responses and once over HTTP from a local server.
import { formatNumber } from '../../src/lib/locale/format';
import { seededRandom } from '../lib/seeded-random';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createFolderSource } from '../../src/import/kolada/read/folder-source';
import { createHttpSource } from '../../src/import/kolada/read/http-source';
import { runKoladaImport } from '../../src/import/kolada/run-import';
import type { ContentModel } from '../../src/lib/catalog/model';
import type { Indicator } from '../../src/schemas/indicator';
import type { BenchSection } from './run';

const YEAR = '2024';
const UNITS_PER_SERVICE = 5;
const SERVICES = [
  { id: 'hemtjanst', prefix: 'V21E', kpis: ['U21468', 'U21466', 'U21467', 'U21463', 'U21462'], answers: 'U23592' },
  { id: 'sarskilt-boende', prefix: 'V23E', kpis: ['U23471', 'U23463', 'U23464', 'U23467', 'U23461'], answers: 'U23594' },
];

function kommunCodes(): string[] {
  try {
    const text = readFileSync(resolve(import.meta.dirname, '../../test/fixtures/kommuner.csv'), 'utf8');
    const codes = text
      .split(/\r?\n/)
      .slice(1)
      .map((l) => l.split(/[;,]/)[0]?.replace(/"/g, ''))
      .filter((c) => /^\d{4}$/.test(c ?? ''));
    if (codes.length >= 290) return codes.slice(0, 290);
  } catch {
    // Fall through to made-up codes.
  }
  return Array.from({ length: 290 }, (_, i) => String(100 + i).padStart(4, '0'));
}

const envelope = (values: unknown[]) => JSON.stringify({ values, count: values.length, next_url: null, previous_url: null });
const row = (kpi: string, key: 'municipality' | 'ou', who: string, value: number | null) => ({
  kpi,
  period: Number(YEAR),
  [key]: who,
  values: [{ gender: 'T', count: value === null ? 0 : 1, status: '', value }],
});

function synthetic(kommun: string, rnd: () => number) {
  const ous: { id: string; municipality: string; title: string }[] = [];
  const data: unknown[] = [];
  const oudata: unknown[] = [];
  for (const s of SERVICES) {
    for (const kpi of s.kpis) data.push(row(kpi, 'municipality', kommun, Math.round(60 + rnd() * 35)), row(kpi, 'municipality', '0000', 80));
    data.push(row(s.answers, 'municipality', kommun, 300), row(s.answers, 'municipality', '0000', 60000));
    for (let u = 1; u <= UNITS_PER_SERVICE; u++) {
      const id = `${s.prefix}${kommun}${String(u).padStart(5, '0')}`;
      ous.push({ id, municipality: kommun, title: `${s.id} ${u}, kommun ${kommun}` });
      const n = Math.floor(rnd() * 60);
      oudata.push(row(s.answers, 'ou', id, n));
      for (const kpi of s.kpis) oudata.push(row(kpi, 'ou', id, rnd() < 0.1 ? null : Math.round(50 + rnd() * 50)));
    }
  }
  const kpis = SERVICES.flatMap((s) => [...s.kpis, s.answers]).map((id) => ({
    id,
    title: id,
    description: 'Källa: Syntetisk, Socialstyrelsen.',
    has_ou_data: true,
  }));
  return { ous, data, oudata, kpis };
}

function modelFor(kommun: string): ContentModel {
  const indicators: Indicator[] = SERVICES.flatMap((s) =>
    s.kpis.map((kpi) => ({
      id: `i-${kpi.toLowerCase()}`,
      name: kpi,
      question: 'q',
      explanation: 'e',
      unit: 'percent' as const,
      betterDirection: 'higher' as const,
      countsWhat: 'answers' as const,
      source: { kind: 'socialstyrelsen' as const, name: 'Socialstyrelsen' },
      koladaKpi: kpi,
      koladaAnswersKpi: s.answers,
      minAnswers: 7,
      minAnswersRule: 'r',
      services: [s.id],
    })),
  );
  const base = {
    address: { street: 'Gatan 1', postalCode: '123 45', city: 'Staden' },
    description: 'x',
    languages: [],
    profiles: [],
    contact: {},
    updatedOn: '2026-01-01',
  };
  return {
    site: { municipalityCode: kommun } as ContentModel['site'],
    services: [],
    conditions: [],
    qualityReports: [],
    followUps: [],
    indicatorValues: [],
    indicators,
    providers: Array.from({ length: UNITS_PER_SERVICE }, (_, i) => ({
      ...base,
      id: `p${i + 1}`,
      name: `Hemtjänst ${i + 1}`,
      soleTrader: false,
      ownership: 'private' as const,
      services: ['hemtjanst'],
      authorisedSince: '2020-01-01',
      statusHistory: [{ status: 'active' as const, date: '2020-01-01' }],
      areas: [],
    })),
    units: Array.from({ length: UNITS_PER_SERVICE }, (_, i) => ({
      ...base,
      id: `u${i + 1}`,
      providerId: 'p1',
      serviceId: 'sarskilt-boende',
      name: `Boende ${i + 1}`,
      area: 'a',
    })),
    koladaUnits: SERVICES.flatMap((s) =>
      Array.from({ length: UNITS_PER_SERVICE }, (_, i) => ({
        ou: `${s.prefix}${kommun}${String(i + 1).padStart(5, '0')}`,
        subjectType: s.id === 'hemtjanst' ? ('provider' as const) : ('unit' as const),
        subject: s.id === 'hemtjanst' ? `p${i + 1}` : `u${i + 1}`,
      })),
    ),
  };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

const section: BenchSection = {
  title: 'Kolada-import: 290 kommuner x 10 nyckeltal (syntetiska svar)',
  async run(log) {
    const work = mkdtempSync(join(tmpdir(), 'kvg-bench-import-'));
    try {
      const codes = kommunCodes();
      // Seeded, so every run imports the same figures.
      const rnd = seededRandom(42);
      const all = new Map(codes.map((k) => [k, synthetic(k, rnd)]));
      for (const [kommun, s] of all) {
        const dir = join(work, 'from', kommun);
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, 'kpi.json'), envelope(s.kpis));
        writeFileSync(join(dir, 'ou.json'), envelope(s.ous));
        writeFileSync(join(dir, 'data.json'), envelope(s.data));
        writeFileSync(join(dir, 'oudata.json'), envelope(s.oudata));
      }

      const measure = async (label: string, sourceFor: (kommun: string) => Parameters<typeof runKoladaImport>[0]['source']) => {
        const times: number[] = [];
        let values = 0;
        let suppressed = 0;
        const started = performance.now();
        for (const kommun of codes) {
          const contentDir = join(work, label, kommun, 'content');
          mkdirSync(contentDir, { recursive: true });
          const t = performance.now();
          const report = await runKoladaImport({
            contentDir,
            kommun,
            year: YEAR,
            source: sourceFor(kommun),
            dryRun: false,
            today: '2026-11-30',
            model: modelFor(kommun),
          });
          times.push(performance.now() - t);
          values += report.counts.written;
          suppressed += report.suppressed;
        }
        const total = (performance.now() - started) / 1000;
        log(
          `${label}: ${formatNumber(total, 1)} s för ${codes.length} kommuner, median ${formatNumber(median(times), 0)} ms per kommun, största ${formatNumber(Math.max(...times), 0)} ms`,
        );
        log(`  ${values} värden skrivna (${suppressed} för få svar), ${Math.round(values / total)} värden/s`);
      };

      await measure('från sparade svar (--from)', (kommun) => createFolderSource(join(work, 'from', kommun)));

      const server = createServer((req, res) => {
        const url = new URL(req.url ?? '/', 'http://x');
        const path = url.pathname.replace(/^\/v3\//, '');
        let m: RegExpExecArray | null;
        let values: unknown[] = [];
        const first = all.values().next().value!;
        if ((m = /^kpi\/(.+)$/.exec(path))) values = first.kpis.filter((k) => m![1].split(',').includes(k.id));
        else if (path === 'ou') values = all.get(url.searchParams.get('municipality') ?? '')?.ous ?? [];
        else if ((m = /^data\/kpi\/([^/]+)\/municipality\/([^/]+)\/year/.exec(path))) {
          const [k, mu] = [new Set(m[1].split(',')), m[2].split(',')];
          values = (all.get(mu[0])?.data ?? []).filter((r) => k.has((r as { kpi: string }).kpi));
        } else if ((m = /^oudata\/kpi\/([^/]+)\/ou\/([^/]+)\/year/.exec(path))) {
          const [k, o] = [new Set(m[1].split(',')), new Set(m[2].split(','))];
          const kommun = [...o][0].slice(4, 8);
          values = (all.get(kommun)?.oudata ?? []).filter((r) => k.has((r as { kpi: string }).kpi) && o.has((r as { ou: string }).ou));
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(envelope(values));
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      const api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v3`;
      try {
        await measure('över HTTP från en lokal server', () => createHttpSource({ api }));
      } finally {
        server.closeAllConnections();
        server.close();
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
};

export default section;
