// Search: size of the search file per record, start-up and query time at
// kommun size (1 000) and country size (30 000), and whether a provider named
// with one letter wrong comes first. Synthetic records, generated here.
import { formatNumber } from '../../src/lib/locale/format';
import { gzipSync } from 'node:zlib';
import { createCatalog } from '../../src/lib/catalog/catalog';
import { createVocabulary, readQuery } from '../../src/lib/search/query-terms';
import { createRecordSearch } from '../../src/lib/search/record-search';
import { buildSearchFile } from '../../src/lib/search/search-data';
import { searchVocabulary } from '../../src/lib/search/search-vocabulary';
import type { BenchSection } from './run';
import { benchQueries } from './support/search-queries';
import { syntheticContent } from './support/synthetic-content';

const SIZES = [1_000, 30_000];
const WARM_UP_ROUNDS = 3;
const MEASURED_ROUNDS = 25;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const ms = (v: number) => `${formatNumber(v, 2)} ms`;

const section: BenchSection = {
  title: 'Sökning och filter (syntetiska utförare)',
  async run(log) {
    log(`Mål: sökfil högst 150 byte per utförare (gzip); p95 högst 5 ms vid 1 000 och högst 30 ms vid 30 000; utföraren med stavfel i namnet först.`);
    for (const size of SIZES) {
      const model = syntheticContent({ providers: size });
      let started = performance.now();
      const file = buildSearchFile(createCatalog(model), 'hemtjanst');
      const buildMs = performance.now() - started;
      const json = JSON.stringify(file);
      const gzip = gzipSync(json, { level: 9 }).length;

      started = performance.now();
      const records = createRecordSearch(file);
      const vocabulary = createVocabulary(searchVocabulary([{ file, name: 'Hemtjänst' }]));
      const startupMs = performance.now() - started;
      // As the service page does on each keystroke: read the query, then search.
      const search = { search: (q: string) => records.search(readQuery(q, vocabulary)) };

      const queries = benchQueries(file);
      for (let round = 0; round < WARM_UP_ROUNDS; round++) for (const q of queries) search.search(q.text);
      const samples: number[] = [];
      const perQuery = queries.map((q) => {
        const times: number[] = [];
        let result: number[] | undefined;
        for (let round = 0; round < MEASURED_ROUNDS; round++) {
          const t0 = performance.now();
          result = search.search(q.text);
          times.push(performance.now() - t0);
        }
        samples.push(...times);
        times.sort((a, b) => a - b);
        const rank = q.expectFirst === undefined ? undefined : (result ?? []).indexOf(q.expectFirst) + 1;
        return { q, p95: percentile(times, 95), hits: result?.length ?? 0, rank };
      });
      samples.sort((a, b) => a - b);

      log('');
      log(`${formatNumber(size, 0)} utförare, ${queries.length} sökningar × ${MEASURED_ROUNDS} varv:`);
      log(
        `  sökfil: ${formatNumber(json.length / size, 1)} byte per utförare, ${formatNumber(gzip / size, 1)} byte per utförare med gzip (mål högst 150); ${formatNumber(gzip / 1024, 0)} kB gzip totalt, ${file.words.length} olika ord`,
      );
      log(`  bygga sökfilen: ${ms(buildMs)}; start i webbläsaren (ordlistor): ${ms(startupMs)}`);
      log(
        `  svarstid: p50 ${ms(percentile(samples, 50))}, p95 ${ms(percentile(samples, 95))} (mål p95 högst ${size <= 1_000 ? 5 : 30} ms), max ${ms(samples[samples.length - 1])}`,
      );
      const slowest = [...perQuery].sort((a, b) => b.p95 - a.p95)[0];
      log(`  långsammast: "${slowest.q.text}" p95 ${ms(slowest.p95)} (${slowest.hits} träffar)`);
      const named = perQuery.filter((r) => r.rank !== undefined);
      const first = named.filter((r) => r.rank === 1).length;
      log(`  namngiven utförare först: ${first} av ${named.length}${first === named.length ? '' : ' (MISSAR MÅLET)'}`);
      for (const r of perQuery)
        log(
          `    ${r.q.kind.padEnd(17)} ${`"${r.q.text}"`.padEnd(40)} ${String(r.hits).padStart(6)} träffar  p95 ${ms(r.p95).padStart(9)}${r.rank !== undefined ? `  plats ${r.rank || 'saknas'}` : ''}`,
        );
    }
  },
};

export default section;
