// What the import needs to know about a content schema's shape, read from the
// schema itself so it never drifts: the order of an object's fields (written
// records keep the schema's order) and whether a field may be left out.
import type { z } from 'zod';

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { def: Def }).def;

/** The schema under optional, default and the like; a preprocess gives the schema it feeds. */
function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let i = 0; i < 10; i++) {
    const def = defOf(s);
    if (def.innerType && ['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch', 'nonoptional'].includes(def.type)) s = def.innerType;
    else if (def.type === 'pipe' && def.out) s = defOf(def.in!).type === 'transform' ? def.out : def.in!;
    else break;
  }
  return s;
}

/** The schema of the field at `path` (numbers step into list items), as declared (not unwrapped). */
export function fieldSchema(schema: z.ZodType, path: readonly (string | number)[]): z.ZodType | undefined {
  let s: z.ZodType | undefined = schema;
  for (const key of path) {
    if (!s) return undefined;
    const def = defOf(unwrap(s));
    if (def.type === 'array' && /^\d+$/.test(String(key))) s = def.element;
    else if (def.type === 'object' && def.shape) s = def.shape[String(key)];
    else return undefined;
  }
  return s;
}

/** Whether the record is valid without this field (it is optional or has a default). */
export function mayBeAbsent(schema: z.ZodType, path: readonly (string | number)[]): boolean {
  const s = fieldSchema(schema, path);
  return !s || s.safeParse(undefined).success;
}

/** The fields of the object at `path` in the schema's order; empty when it is not an object. */
export function fieldOrder(schema: z.ZodType, path: readonly (string | number)[]): string[] {
  const s = fieldSchema(schema, path);
  const def = s ? defOf(unwrap(s)) : undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** A copy of the value with every object's fields in the schema's order (unknown fields last, as they were). */
export function inSchemaOrder(schema: z.ZodType, value: unknown, path: (string | number)[] = []): unknown {
  if (Array.isArray(value)) return value.map((v, i) => inSchemaOrder(schema, v, [...path, i]));
  if (!value || typeof value !== 'object' || value instanceof Date) return value;
  const order = fieldOrder(schema, path);
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  return Object.fromEntries(
    Object.entries(value)
      .map(([k, v], i) => ({ k, v, i }))
      .sort((a, b) => rank(a.k) - rank(b.k) || a.i - b.i)
      .map(({ k, v }) => [k, inSchemaOrder(schema, v, [...path, k])]),
  );
}
