// The open-data files, change events and feed of this build, computed once
// from the validated content and shared by the pages and endpoints that serve them.
import { describeChange } from '../i18n/describe-change';
import { t } from '../i18n';
import { deriveChanges, type ChangeEvent } from '../lib/catalog/changes';
import { buildCatalog, buildDatasets, pageUrlFor, type BuiltDataset, type OpenDataFile } from '../lib/open-data/files';
import { getCatalog } from './catalog-source';

interface OpenDataBuild {
  changes: ChangeEvent[];
  datasets: BuiltDataset[];
  catalog: OpenDataFile;
  files: Map<string, OpenDataFile>;
  pageUrl: (path: string) => string;
}

let cached: OpenDataBuild | undefined;

export function getOpenData(): OpenDataBuild {
  if (cached) return cached;
  const { model, site } = getCatalog();
  const pageUrl = pageUrlFor(site.siteUrl, site.basePath);
  const changes = deriveChanges(model);
  const ctx = { model, pageUrl, changes, describeChange: (e: ChangeEvent) => describeChange(e), nationName: t.figure.nationAverage };
  const texts = {
    datasets: t.openData.datasets,
    catalogTitle: t.openData.page.catalogTitle(site.name),
    catalogDescription: t.openData.page.catalogDescription(site.name),
  };
  const datasets = buildDatasets(ctx, texts);
  const catalog = buildCatalog(ctx, texts, datasets);
  const files = new Map([...datasets.flatMap((d) => [d.csv, d.json]), catalog].map((f) => [f.path, f]));
  cached = { changes, datasets, catalog, files, pageUrl };
  return cached;
}
