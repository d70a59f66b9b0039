// Open datasets: the same rows a page shows, never a suppressed value, never a sole trader's number,
// and every field described in Swedish.
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sv } from '../../src/i18n/sv';
import { deriveChanges } from '../../src/lib/catalog/changes';
import { describeChange } from '../../src/i18n/describe-change';
import { datasets, indicatorValues, providers } from '../../src/lib/open-data/datasets';
import { buildCatalog, buildDatasets, pageUrlFor } from '../../src/lib/open-data/files';
import type { ContentModel } from '../../src/lib/catalog/model';
import { indicator, model, provider, value } from './support/model-builder';
import { oldFiguresFixture } from './support/old-figures-fixture';

function context(m: ContentModel) {
  return {
    model: m,
    pageUrl: pageUrlFor('https://kundval.testkommun.example', '/kundval/'),
    changes: deriveChanges(m),
    describeChange: (e: Parameters<typeof describeChange>[0]) => describeChange(e),
    nationName: 'Riket',
  };
}
const texts = { datasets: sv.openData.datasets, catalogTitle: 'Katalog', catalogDescription: 'Beskrivning' };

describe('every dataset', () => {
  it.each(datasets.map((d) => [d.id, d] as const))('%s has a title, a description and a description of every field', (id, d) => {
    const text = sv.openData.datasets[id as keyof typeof sv.openData.datasets];
    expect(text.title.length).toBeGreaterThan(0);
    expect(text.description.length).toBeGreaterThan(0);
    expect(d.fields.filter((f) => !(f.name in text.fields)).map((f) => f.name)).toEqual([]);
    expect(Object.keys(text.fields).filter((name) => !d.fields.some((f) => f.name === name))).toEqual([]);
  });

  it('has unique file names and field names', () => {
    expect(new Set(datasets.map((d) => d.id)).size).toBe(datasets.length);
    for (const d of datasets) expect(new Set(d.fields.map((f) => f.name)).size, d.id).toBe(d.fields.length);
  });

  it('writes only declared fields in each row', () => {
    const m = model();
    for (const d of datasets)
      for (const row of d.rows(context(m)))
        expect(
          Object.keys(row).filter((k) => !d.fields.some((f) => f.name === k)),
          d.id,
        ).toEqual([]);
  });
});

describe('indikatorvarden', () => {
  it('leaves out a value from fewer answers than the indicator allows, whatever the file said', () => {
    const m = model({
      indicators: [indicator({ minAnswers: 7 })],
      indicatorValues: [
        value({ subject: 'p1', period: '2024', value: 91.5, n: 6 }),
        value({ subject: 'p1', period: '2025', value: 80, n: 7 }),
        value({ subject: 'p1', period: '2023', state: 'suppressed', value: undefined, n: 3 }),
      ],
    });
    const rows = indicatorValues.rows(context(m));
    expect(rows.map((r) => [r.period, r.state, r.value])).toEqual([
      ['2023', 'suppressed', undefined],
      ['2024', 'suppressed', undefined],
      ['2025', 'value', 80],
    ]);
    const built = buildDatasets(context(m), texts).find((d) => d.dataset.id === 'indikatorvarden')!;
    expect(built.csv.body).not.toContain('91,5');
    expect(built.json.body).not.toContain('91.5');
  });

  it('never carries a value from fewer or unknown answers, nor the n of a suppressed one (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 30 }),
        fc.boolean(),
        fc.array(fc.record({ n: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }), value: fc.double({ min: 0, max: 100, noNaN: true }) }), {
          minLength: 1,
          maxLength: 8,
        }),
        (minAnswers, sourceSuppresses, figures) => {
          const m = model({
            indicators: [indicator({ minAnswers, sourceSuppresses, sourceSuppressionRule: sourceSuppresses ? 'Källans regel.' : undefined })],
            indicatorValues: figures.map((f, i) => value({ subject: 'p1', period: String(2000 + i), value: f.value, n: f.n })),
          });
          const rows = indicatorValues.rows(context(m));
          rows.forEach((row, i) => {
            const source = figures[i];
            // Fails closed: an unknown n is shown only when the source leaves out small groups itself.
            const shown = source.n === undefined ? sourceSuppresses : source.n >= minAnswers;
            expect(row.value).toBe(shown ? source.value : undefined);
            expect(row.n).toBe(shown ? source.n : undefined);
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('anordnare', () => {
  it("does not publish a sole trader's number", () => {
    const m = model({ providers: [provider({ id: 'a', soleTrader: true, orgNumber: undefined }), provider({ id: 'b', orgNumber: '212000-0142' })] });
    expect(providers.rows(context(m)).map((r) => [r.id, r.orgNumber, r.soleTrader])).toEqual([
      ['a', undefined, true],
      ['b', '212000-0142', false],
    ]);
  });
  it('gives absolute page addresses under the base path', () => {
    expect(providers.rows(context(model()))[0].page).toBe('https://kundval.testkommun.example/kundval/anordnare/p1/');
  });
});

describe('buildCatalog (DCAT-AP-SE)', () => {
  const m = model({ indicatorValues: [value({ period: '2024-H1' }), value({ period: '2025' })] });
  const ctx = context(m);
  const built = buildDatasets(ctx, texts);
  const catalog = JSON.parse(buildCatalog(ctx, texts, built).body);

  it('describes the catalogue with the mandatory properties', () => {
    expect(catalog['@type']).toBe('dcat:Catalog');
    for (const key of ['dct:title', 'dct:description', 'dct:publisher', 'dct:license', 'dcat:dataset']) expect(catalog, key).toHaveProperty([key]);
    expect(catalog['@context']).toMatchObject({
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
    });
  });

  it('describes each dataset with title, description, publisher, licence, modified and a CSV and a JSON distribution', () => {
    expect(catalog['dcat:dataset']).toHaveLength(datasets.length);
    for (const d of catalog['dcat:dataset']) {
      for (const key of ['dct:title', 'dct:description', 'dct:publisher', 'dcat:contactPoint', 'dct:license', 'dct:modified', 'dcat:distribution'])
        expect(d, `${d['@id']} ${key}`).toHaveProperty([key]);
      expect(d['dcat:distribution'].map((x: Record<string, { '@id': string }>) => x['dct:format']['@id'].split('/').pop())).toEqual(['CSV', 'JSON']);
      for (const dist of d['dcat:distribution']) expect(dist['dcat:accessURL']['@id']).toMatch(/^https:\/\/kundval\.testkommun\.example\/kundval\/data\//);
    }
  });

  it('gives the temporal coverage of the results from their periods, and the real file sizes', () => {
    const values = catalog['dcat:dataset'].find((d: { '@id': string }) => d['@id'].endsWith('#indikatorvarden'));
    expect(values['dct:temporal']).toMatchObject({ 'dcat:startDate': { '@value': '2024-01-01' }, 'dcat:endDate': { '@value': '2025-12-31' } });
    const csv = built.find((b) => b.dataset.id === 'indikatorvarden')!.csv.body;
    expect(values['dcat:distribution'][0]['dcat:byteSize']['@value']).toBe(String(new TextEncoder().encode(csv).length));
  });
});

describe('old figures and what n counts, in CSV and JSON alike', () => {
  const built = buildDatasets(context(oldFiguresFixture().model), texts);
  const csvRows = (id: string) =>
    parse(built.find((d) => d.dataset.id === id)!.csv.body, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
  const jsonRows = (id: string) => JSON.parse(built.find((d) => d.dataset.id === id)!.json.body).rows as Record<string, unknown>[];

  it('marks each value older than the freshness limit with isOld', () => {
    const byKey = (rows: Record<string, unknown>[]) =>
      Object.fromEntries(rows.filter((r) => r.indicator === 'nojdhet').map((r) => [`${r.subject}|${r.period}`, r.isOld]));
    const json = byKey(jsonRows('indikatorvarden'));
    expect(json).toMatchObject({ 'ny-hog|2025': false, 'gammal-hog|2023': true, 'gammal-lag|2023': true, 'slutat|2023': true, 'aterkallad|2025': false });
    const csv = byKey(csvRows('indikatorvarden'));
    expect(Object.keys(csv)).toEqual(Object.keys(json));
    // The CSV says the same in its own boolean words: one word for every old row, another for every current one.
    const oldWords = new Set(
      Object.entries(csv)
        .filter(([k]) => json[k] === true)
        .map(([, v]) => v),
    );
    const currentWords = new Set(
      Object.entries(csv)
        .filter(([k]) => json[k] === false)
        .map(([, v]) => v),
    );
    expect([oldWords.size, currentWords.size]).toEqual([1, 1]);
    expect([...oldWords][0]).not.toBe([...currentWords][0]);
  });

  it('says what n counts for each indicator', () => {
    expect(jsonRows('indikatorer').map((r) => [r.id, r.countsWhat])).toEqual([
      ['kontinuitet', 'customers'],
      ['nojdhet', 'answers'],
    ]);
    expect(csvRows('indikatorer').map((r) => r.countsWhat)).toEqual(['customers', 'answers']);
  });
});
