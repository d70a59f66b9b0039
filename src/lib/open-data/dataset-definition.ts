// What an open dataset is: its columns and a function from the content to
// its rows, typed per dataset so a column can only name a field its rows have.
import type { ChangeEvent } from '../catalog/changes';
import type { ContentModel } from '../catalog/model';
import type { FieldDef, FieldType, Row } from './fields';

export interface DatasetContext {
  model: ContentModel;
  /** Absolute address of a site path from `paths`. */
  pageUrl: (path: string) => string;
  /** Every change event, newest first (lib/catalog/changes.ts). */
  changes: ChangeEvent[];
  /** The change in words, as the "Nytt och ändrat" page says it. */
  describeChange: (e: ChangeEvent) => string;
  /** What the nation's figures are called ("Riket"). */
  nationName: string;
}

/** A dataset whose rows are R; any dataset is a Dataset<Row> (methods, so a typed one fits in the list below). */
export interface Dataset<R extends Row = Row> {
  /** Also the file name: data/<id>.csv and data/<id>.json. */
  id: string;
  fields: readonly FieldDef[];
  rows(ctx: DatasetContext): R[];
  /** The dates a row covers, for the catalogue's temporal coverage. */
  coverage?(row: R): (string | undefined)[];
}

/** The type of one row of a dataset: RowOf<typeof providers>. */
export type RowOf<D> = D extends Dataset<infer R> ? R : never;

/** A dataset typed by what its rows function returns; its fields (each a field of that row) and coverage are checked against it. */
export function dataset<R extends Row>(d: {
  id: string;
  fields: readonly FieldDef<NoInfer<keyof R & string>>[];
  rows: (ctx: DatasetContext) => R[];
  coverage?: (row: NoInfer<R>) => (string | undefined)[];
}): Dataset<R> {
  return d;
}

export const f = <K extends string>(name: K, type: FieldType): FieldDef<K> => ({ name, type });

/** One row field per key, as Object.fromEntries does, keeping the keys in the row's type. */
export function fieldsFor<K extends string, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> {
  return Object.fromEntries(keys.map((k) => [k, value(k)])) as Record<K, V>;
}
