// Every kind of content file, said once: where it lives in the content folder,
// how it is laid out and which schema checks it. The loader, the example-data
// generator, the importers and the tests read this table instead of keeping
// their own.
import type { z } from 'zod';
import { conditionSchema } from './condition';
import { followUpSchema } from './follow-up';
import { indicatorSchema } from './indicator';
import { indicatorValueColumns, indicatorValueSchema } from './indicator-value';
import { koladaUnitSchema } from './kolada-unit';
import { providerSchema } from './provider';
import { qualityReportSchema } from './quality-report';
import { serviceSchema } from './service';
import { siteSchema } from './site';
import { unitSchema } from './unit';

/**
 * single: one YAML file holding one record (site.yaml).
 * one-per-file: a folder of YAML files, one record each, named by its id.
 * list: one YAML file holding a list of records.
 * lists: a folder of YAML files, each a list of records.
 * rows: a folder of CSV files with semicolons, one record a row.
 */
export type ContentLayout = 'single' | 'one-per-file' | 'list' | 'lists' | 'rows';

export interface ContentType<S extends z.ZodType = z.ZodType> {
  /** File or folder, relative to the content folder. */
  path: string;
  layout: ContentLayout;
  format: 'yaml' | 'csv';
  schema: S;
  /** CSV column order (rows only). */
  columns?: readonly string[];
}

const type = <S extends z.ZodType>(t: ContentType<S>) => t;

export const contentTypes = {
  site: type({ path: 'site.yaml', layout: 'single', format: 'yaml', schema: siteSchema }),
  services: type({ path: 'services', layout: 'one-per-file', format: 'yaml', schema: serviceSchema }),
  providers: type({ path: 'providers', layout: 'one-per-file', format: 'yaml', schema: providerSchema }),
  units: type({ path: 'units', layout: 'one-per-file', format: 'yaml', schema: unitSchema }),
  indicators: type({ path: 'indicators', layout: 'one-per-file', format: 'yaml', schema: indicatorSchema }),
  conditions: type({ path: 'conditions.yaml', layout: 'list', format: 'yaml', schema: conditionSchema }),
  qualityReports: type({ path: 'quality-reports', layout: 'lists', format: 'yaml', schema: qualityReportSchema }),
  followUps: type({ path: 'follow-ups', layout: 'lists', format: 'yaml', schema: followUpSchema }),
  indicatorValues: type({ path: 'indicator-values', layout: 'rows', format: 'csv', schema: indicatorValueSchema, columns: indicatorValueColumns }),
  koladaUnits: type({ path: 'kolada-units.yaml', layout: 'list', format: 'yaml', schema: koladaUnitSchema }),
};

export type ContentKind = keyof typeof contentTypes;

export const contentKinds = Object.keys(contentTypes) as ContentKind[];
