// The files a workbook import writes, each whole, so the shared writer can
// switch them in all together. Only files with a new, changed or removed record
// are written; in them, unchanged records keep their bytes: YAML records are
// changed in place (yaml-edit.ts), CSV files a record at a time (csv-text.ts).
import { join } from 'node:path';
import { Document, isMap, isSeq, parse, type Node, type YAMLSeq } from 'yaml';
import type { z } from 'zod';
import type { IndicatorValue } from '../../../schemas/indicator-value';
import { contentTypes } from '../../../schemas/registry';
import { compareValues } from '../../shared/plan/value-outcomes';
import { CONTENT_YAML_OPTIONS, contentYamlText } from '../../shared/write/content-yaml';
import type { FileChange } from '../../shared/write/atomic-write';
import type { StoredContent, StoredRecord } from '../read/stored-content';
import type { WorkbookKind } from '../sheets';
import { csvRecord, newCsvText, type CsvSegment } from './csv-text';
import type { PlannedRecord, RowsPlan } from './plan-rows';
import { fieldOrder, inSchemaOrder } from './schema-shape';
import { sameContent, syncNode, type FieldOrder } from './yaml-edit';

const schemaOf = (kind: WorkbookKind) => contentTypes[kind].schema as z.ZodType;
const orderOf =
  (kind: WorkbookKind): FieldOrder =>
  (path) =>
    fieldOrder(schemaOf(kind), path);

/** The written text must read back as the data meant; anything else is a bug, and nothing is written. */
function checked(file: string, text: string, meant: unknown): string {
  if (!sameContent(parse(text), meant)) throw new Error(`${file}: den skrivna YAML-texten läses inte tillbaka som samma uppgifter`);
  return text;
}

interface FilePlan {
  changed: PlannedRecord[];
  added: PlannedRecord[];
  removed: StoredRecord[];
}

/** Which files change, and what in each. */
function byFile(plan: RowsPlan, allowRemove: boolean): Map<string, FilePlan> {
  const files = new Map<string, FilePlan>();
  const of = (file: string) => {
    let f = files.get(file);
    if (!f) files.set(file, (f = { changed: [], added: [], removed: [] }));
    return f;
  };
  for (const r of plan.records) {
    if (r.outcome === 'new') of(r.file).added.push(r);
    else if (r.outcome === 'changed' && r.existing!.file === r.file) of(r.file).changed.push(r);
    else if (r.outcome === 'changed') {
      // A figure moved to another file (its Fil cell changed): out of one, into the other.
      of(r.existing!.file).removed.push(r.existing!);
      of(r.file).added.push(r);
    }
  }
  if (allowRemove) for (const records of plan.missing.values()) for (const r of records) of(r.file).removed.push(r);
  return files;
}

function onePerFile(stored: StoredContent, kind: WorkbookKind, file: string, f: FilePlan): string | null {
  if (f.removed.length) return null;
  const record = f.changed[0] ?? f.added[0];
  const raw = record.merged.raw;
  if (record.outcome === 'new') return checked(file, contentYamlText(inSchemaOrder(schemaOf(kind), raw)), raw);
  const { doc } = stored.yaml.get(file)!;
  doc.contents = syncNode(doc, doc.contents as Node | null, raw, orderOf(kind)) as typeof doc.contents;
  return checked(file, doc.toString(CONTENT_YAML_OPTIONS), raw);
}

/** Where a new follow-up goes in its year's file: after the last one on or before its date. */
function positionFor(kind: WorkbookKind, seq: YAMLSeq, raw: Record<string, unknown>): number {
  if (kind !== 'followUps') return seq.items.length;
  const dates = seq.items.map((item) => (isMap(item) ? String(item.get('date') ?? '') : ''));
  const date = String(raw.date ?? '');
  for (let i = dates.length - 1; i >= 0; i--) if (dates[i] <= date) return i + 1;
  return 0;
}

function listFile(stored: StoredContent, kind: WorkbookKind, file: string, f: FilePlan): string {
  const doc = stored.yaml.get(file)?.doc ?? new Document([]);
  if (!isSeq(doc.contents)) doc.contents = doc.createNode([]) as typeof doc.contents;
  const seq = doc.contents as YAMLSeq;
  for (const r of f.changed) seq.items[r.existing!.index] = syncNode(doc, seq.items[r.existing!.index] as Node, r.merged.raw, orderOf(kind));
  const gone = new Set(f.removed.map((r) => r.index));
  seq.items = seq.items.filter((_, i) => !gone.has(i));
  for (const r of [...f.added].sort((a, b) => a.row - b.row)) {
    const node = syncNode(doc, null, inSchemaOrder(schemaOf(kind), r.merged.raw), orderOf(kind));
    seq.items.splice(positionFor(kind, seq, r.merged.raw), 0, node);
  }
  const text = doc.toString(CONTENT_YAML_OPTIONS);
  const items = parse(text) as unknown[];
  for (const r of [...f.changed, ...f.added]) {
    const written = items.find((i) => (i as { id?: unknown })?.id === r.key);
    if (!sameContent(written, r.merged.raw)) throw new Error(`${file}: ${r.key} läses inte tillbaka som samma uppgifter`);
  }
  return text;
}

/** A record's text for the CSV file: the valid figure as read, or the row as typed when it is not valid. */
const figureOf = (r: PlannedRecord) => (r.parsed as IndicatorValue | undefined) ?? r.merged.raw;

function csvFile(stored: StoredContent, file: string, f: FilePlan): string {
  const existing = stored.csv.get(file);
  const layout = existing?.layout ?? newCsvText();
  const inFile = stored.records.indicatorValues.filter((r) => r.file === file);
  const changed = new Map(f.changed.map((r) => [r.existing!.index, r]));
  const gone = new Set(f.removed.filter((r) => r.file === file).map((r) => r.index));
  const recordAt = new Map(layout.records.map((segment, i) => [segment, i]));
  const out: { segment: CsvSegment; value?: IndicatorValue }[] = [];
  for (const segment of layout.all) {
    const i = recordAt.get(segment);
    if (i === undefined) out.push({ segment });
    else if (gone.has(i)) continue;
    else if (changed.has(i))
      out.push({ segment: { text: csvRecord(figureOf(changed.get(i)!), layout), line: 0 }, value: figureOf(changed.get(i)!) as IndicatorValue });
    else out.push({ segment, value: inFile[i].parsed as IndicatorValue });
  }
  const added = f.added.map((r) => ({ r, value: figureOf(r) as IndicatorValue })).sort((a, b) => compareValues(a.value, b.value) || a.r.row - b.r.row);
  for (const { value } of added) {
    let at = out.length;
    const lastBefore = out.findLastIndex((e) => e.value && compareValues(e.value, value) <= 0);
    if (lastBefore >= 0) at = lastBefore + 1;
    else if (out.some((e) => e.value)) at = out.findIndex((e) => e.value);
    out.splice(at, 0, { segment: { text: csvRecord(value, layout), line: 0 }, value });
  }
  // A record put after the file's last line needs that line ended first.
  return out.map((e, i) => (i < out.length - 1 && !e.segment.text.endsWith('\n') ? `${e.segment.text}${layout.lineEnding}` : e.segment.text)).join('');
}

/** Every file the import writes (absolute paths); null content removes a file. */
export function planFiles(stored: StoredContent, plan: RowsPlan, allowRemove: boolean): FileChange[] {
  const changes: FileChange[] = [];
  for (const [file, f] of [...byFile(plan, allowRemove)].sort(([a], [b]) => a.localeCompare(b))) {
    const record = f.changed[0] ?? f.added[0] ?? f.removed[0];
    const kind = 'kind' in record ? record.kind : kindOfFile(file);
    const layout = contentTypes[kind].layout;
    const content =
      layout === 'one-per-file' ? onePerFile(stored, kind, file, f) : layout === 'rows' ? csvFile(stored, file, f) : listFile(stored, kind, file, f);
    changes.push({ path: join(stored.contentDir, file), content });
  }
  return changes;
}

/** The kind a content file holds, from its place in the content folder. */
export function kindOfFile(file: string): WorkbookKind {
  const kinds: WorkbookKind[] = ['services', 'providers', 'units', 'conditions', 'followUps', 'qualityReports', 'indicatorValues'];
  const kind = kinds.find((k) => file === contentTypes[k].path || file.startsWith(`${contentTypes[k].path}/`));
  if (!kind) throw new Error(`${file} is not a workbook file`);
  return kind;
}
