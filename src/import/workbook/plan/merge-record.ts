// A row laid over the record it stands for: every column on the sheet sets its
// field (an empty cell removes it), and everything else is kept as the file has
// it: fields without a column, columns the sheet lacks, cells that could not be
// read, list items beyond the numbered columns. Also says which cell each field
// came from, so a problem the schema finds can be reported at its cell.
import { isDeepStrictEqual } from 'node:util';
import type { z } from 'zod';
import { formatPath } from '../../../data/content-error';
import { contentTypes } from '../../../schemas/registry';
import type { FieldCell, RowPatch } from '../normalise/rows';
import type { WorkbookKind } from '../sheets';
import { fieldSchema, mayBeAbsent } from './schema-shape';

export interface MergedRecord {
  raw: Record<string, unknown>;
  /** Field path as errors write it ("contact.phone", "statusHistory[1].date") -> header of its cell, in column order. */
  origins: Map<string, string>;
}

type Path = (string | number)[];
type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);

function get(value: unknown, path: Path): unknown {
  let cur = value;
  for (const key of path) {
    if (!cur || typeof cur !== 'object') return undefined;
    cur = (cur as Obj)[key as string];
  }
  return cur;
}

function set(target: Obj, path: Path, value: unknown): void {
  let cur: Obj = target;
  path.slice(0, -1).forEach((key) => {
    if (!isObject(cur[key])) cur[key] = {};
    cur = cur[key] as Obj;
  });
  cur[path[path.length - 1]] = value;
}

function remove(target: Obj, path: Path): void {
  const parent = get(target, path.slice(0, -1));
  if (isObject(parent)) delete parent[path[path.length - 1]];
}

const has = (value: unknown, path: Path) => isObject(get(value, path.slice(0, -1))) && path[path.length - 1] in (get(value, path.slice(0, -1)) as Obj);
const isList = (cell: FieldCell) => cell.column.kind === 'id-list' || cell.column.kind === 'text-list';

/** One cell's value into the record: set it, or for an empty cell remove the field (a list becomes [] if the file had it). */
function apply(target: Obj, before: unknown, path: Path, cell: FieldCell): void {
  const empty = cell.value === undefined || (isList(cell) && (cell.value as unknown[]).length === 0);
  if (!empty) set(target, path, cell.value);
  else if (isList(cell) && has(before, path)) set(target, path, []);
  else remove(target, path);
}

/** An item of a numbered list from its cells, or undefined when every cell is empty (the item is gone). */
function groupItem(cells: FieldCell[], before: unknown): { item: unknown } | undefined {
  if (cells.some((c) => c.failed)) return before === undefined ? undefined : { item: before };
  if (cells.length === 1 && cells[0].column.path.length === 0) return cells[0].value === undefined ? undefined : { item: cells[0].value };
  if (cells.every((c) => c.value === undefined)) return undefined;
  const item: Obj = isObject(before) ? structuredClone(before) : {};
  for (const cell of cells) apply(item, before, cell.column.path as Path, cell);
  return { item };
}

export function mergeRecord(kind: WorkbookKind, existing: Obj | undefined, patch: RowPatch): MergedRecord {
  const schema = contentTypes[kind].schema as z.ZodType;
  const raw: Obj = existing ? structuredClone(existing) : {};
  const origins = new Map<string, string>();
  const objects = new Set<string>();

  for (const cell of patch.plain) {
    if (cell.column.kind === 'file') continue;
    const path = cell.column.path as Path;
    origins.set(formatPath(path), cell.header);
    for (let depth = 1; depth < path.length; depth++) objects.add(JSON.stringify(path.slice(0, depth)));
    if (!cell.failed) apply(raw, existing, path, cell);
  }

  for (const { group, items } of patch.groups) {
    const listPath = group.path as Path;
    const before = get(existing, listPath);
    const beforeItems = Array.isArray(before) ? before : [];
    const highest = Math.max(0, ...items.map((i) => i.n));
    const list: unknown[] = [];
    for (let n = 1; n <= Math.max(highest, beforeItems.length); n++) {
      const cells = items.find((i) => i.n === n)?.cells;
      // A number with no columns on the sheet (or beyond them): the file's item stays.
      const kept = cells ? groupItem(cells, beforeItems[n - 1]) : n - 1 < beforeItems.length ? { item: beforeItems[n - 1] } : undefined;
      if (!kept) continue;
      const at = [...listPath, list.length];
      list.push(kept.item);
      for (const cell of cells ?? []) origins.set(formatPath([...at, ...(cell.column.path as Path)]), cell.header);
    }
    if (list.length > 0) set(raw, listPath, list);
    else if (has(existing, listPath)) set(raw, listPath, []);
    else remove(raw, listPath);
    // A list left empty is reported at its first column.
    const first = items[0]?.cells[0];
    if (first && !origins.has(formatPath(listPath))) origins.set(formatPath(listPath), first.header);
  }

  // An object whose every column is empty goes, when the schema lets it (capacity, address); a required one stays {}.
  const deepestFirst = [...objects].map((p) => JSON.parse(p) as Path).sort((a, b) => b.length - a.length);
  for (const path of deepestFirst) {
    const value = get(raw, path);
    if (!isObject(value) || Object.keys(value).length > 0) continue;
    if (isDeepStrictEqual(value, get(existing, path))) continue;
    if (mayBeAbsent(schema, path)) remove(raw, path);
  }
  // A required object whose fields are all optional (a provider's contact, a report's aspects) exists even with every cell empty.
  for (const path of [...deepestFirst].reverse()) {
    const parent = path.length === 1 ? raw : get(raw, path.slice(0, -1));
    if (isObject(parent) && get(raw, path) === undefined && !mayBeAbsent(schema, path) && fieldSchema(schema, path)?.safeParse({}).success) set(raw, path, {});
  }
  return { raw, origins };
}
