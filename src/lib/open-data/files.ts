// Every file under data/: each dataset as CSV and JSON, and the DCAT-AP-SE
// catalogue that describes them (with their sizes, so it is built last).
import { latestDate } from '../locale/dates';
import { paths, withBase } from '../pages/paths';
import { buildDcatCatalog, type DcatText } from './dcat';
import type { Dataset, DatasetContext } from './dataset-definition';
import { datasets } from './datasets';
import type { FieldDef, Row } from './fields';
import { toCsv, toJson } from './writers';

export interface DatasetTexts extends DcatText {
  fields: Readonly<Record<string, string>>;
}

export interface OpenDataTexts {
  datasets: Readonly<Record<string, DatasetTexts>>;
  catalogTitle: string;
  catalogDescription: string;
}

export interface OpenDataFile {
  /** Relative to the site's base path, e.g. data/anordnare.csv. */
  path: string;
  body: string;
  mediaType: string;
}

export interface BuiltDataset {
  dataset: Dataset;
  text: DatasetTexts;
  fields: (FieldDef & { description: string })[];
  rows: Row[];
  csv: OpenDataFile;
  json: OpenDataFile;
  temporal?: { start: string; end: string };
}

export const CATALOG_PATH = 'data/catalog.jsonld';
export const dataPath = (id: string, format: 'csv' | 'json') => `data/${id}.${format}`;

const byteLength = (text: string) => new TextEncoder().encode(text).length;

function temporalCoverage(dataset: Dataset, rows: Row[]): { start: string; end: string } | undefined {
  if (!dataset.coverage) return undefined;
  const dates = rows.flatMap((r) => dataset.coverage!(r)).filter((d): d is string => !!d);
  const end = latestDate(dates);
  if (!end) return undefined;
  const start = dates.reduce((min, d) => (d < min ? d : min), end);
  return { start, end };
}

/** Each dataset's rows and files; throws when a text or a field description is missing. */
export function buildDatasets(ctx: DatasetContext, texts: OpenDataTexts): BuiltDataset[] {
  const { site } = ctx.model;
  return datasets.map((dataset) => {
    const text = texts.datasets[dataset.id];
    if (!text) throw new Error(`Texter saknas för datasetet ${dataset.id} (src/i18n/sv-open-data.ts)`);
    const fields = dataset.fields.map((f) => {
      const description = text.fields[f.name];
      if (!description) throw new Error(`Beskrivning saknas för fältet ${f.name} i datasetet ${dataset.id} (src/i18n/sv-open-data.ts)`);
      return { ...f, description };
    });
    const rows = dataset.rows(ctx);
    const csvPath = dataPath(dataset.id, 'csv');
    const json = toJson(
      {
        dataset: dataset.id,
        title: text.title,
        published: site.dataPublishedOn,
        publisher: site.publisher,
        licence: { name: site.licence.name, url: site.licence.url },
        csv: ctx.pageUrl(csvPath),
      },
      fields,
      rows,
    );
    return {
      dataset,
      text,
      fields,
      rows,
      csv: { path: csvPath, body: toCsv(fields, rows), mediaType: 'text/csv; charset=utf-8' },
      json: { path: dataPath(dataset.id, 'json'), body: json, mediaType: 'application/json; charset=utf-8' },
      temporal: temporalCoverage(dataset, rows),
    };
  });
}

export function buildCatalog(ctx: DatasetContext, texts: OpenDataTexts, built: BuiltDataset[]): OpenDataFile {
  const { site } = ctx.model;
  const catalog = buildDcatCatalog({
    catalogUrl: ctx.pageUrl(CATALOG_PATH),
    landingPage: ctx.pageUrl(paths.openData()),
    homepage: ctx.pageUrl(paths.home()),
    text: { title: texts.catalogTitle, description: texts.catalogDescription, keywords: [] },
    publisher: { name: site.publisher, url: ctx.pageUrl(paths.home()) },
    contact: { name: site.contact.name ?? site.publisher, email: site.contact.email, phone: site.contact.phone },
    licenceUrl: site.licence.url,
    modified: site.dataPublishedOn,
    datasets: built.map((b) => ({
      id: b.dataset.id,
      text: b.text,
      temporal: b.temporal,
      distributions: [
        { format: 'CSV' as const, url: ctx.pageUrl(b.csv.path), byteSize: byteLength(b.csv.body) },
        { format: 'JSON' as const, url: ctx.pageUrl(b.json.path), byteSize: byteLength(b.json.body) },
      ],
    })),
  });
  return { path: CATALOG_PATH, body: `${JSON.stringify(catalog, null, 2)}\n`, mediaType: 'application/ld+json; charset=utf-8' };
}

/** Absolute address of a site path, from the site's address and base path. */
export function pageUrlFor(siteUrl: string, basePath: string): (path: string) => string {
  return (path) => new URL(withBase(basePath, path), siteUrl).href;
}
