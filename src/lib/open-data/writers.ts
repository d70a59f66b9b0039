// Writes one dataset as CSV for Swedish Excel (UTF-8 with BOM, semicolon,
// CRLF) and as JSON with the same fields. Quoting is csv-stringify's, told to
// quote every cell a reader could split.
import { stringify } from 'csv-stringify/sync';
import { csvCell, jsonCell, type FieldDef, type Row } from './fields';

export function toCsv(fields: readonly FieldDef[], rows: readonly Row[]): string {
  const records = rows.map((row) => fields.map((f) => csvCell(f.type, row[f.name])));
  return stringify([fields.map((f) => f.name), ...records], {
    bom: true,
    delimiter: ';',
    record_delimiter: '\r\n',
    // csv-stringify quotes a cell that holds the record delimiter, but a bare line
    // feed or carriage return inside a paragraph is not "\r\n": Excel and most
    // parsers still end the record there. Quote every break, and edge spaces.
    quoted_match: /[\r\n]|^\s|\s$/,
  });
}

export interface JsonDocumentMeta {
  dataset: string;
  title: string;
  /** The date the data was published (site.yaml dataPublishedOn). */
  published: string;
  publisher: string;
  licence: { name: string; url: string };
  /** The CSV file with the same rows. */
  csv: string;
}

export function toJson(meta: JsonDocumentMeta, fields: readonly (FieldDef & { description?: string })[], rows: readonly Row[]): string {
  const document = {
    ...meta,
    fields: fields.map((f) => ({ name: f.name, type: f.type, ...(f.description ? { description: f.description } : {}) })),
    rows: rows.map((row) => Object.fromEntries(fields.map((f) => [f.name, jsonCell(row[f.name])]))),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
