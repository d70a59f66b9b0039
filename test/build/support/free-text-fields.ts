// Finds every free-text field of a content schema: the strings built with
// textSchema (they clean their text with normaliseText). Read from the schemas
// themselves, so a field added tomorrow is fed hostile text too.
import type { z } from 'zod';
import { normaliseText } from '../../../src/lib/safe-text/text';

export interface FreeTextField {
  /** Path in a record; '*' stands for every element of a list. */
  path: (string | '*')[];
  max: number;
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  out?: z.ZodType;
  in?: z.ZodType;
  checks?: { _zod: { def: { check: string; tx?: unknown; maximum?: number } } }[];
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

export function freeTextFields(schema: z.ZodType, path: (string | '*')[] = []): FreeTextField[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
      return freeTextFields(def.innerType!, path);
    case 'pipe':
      return freeTextFields(def.out!, path);
    case 'array':
      return freeTextFields(def.element!, [...path, '*']);
    case 'object':
      return Object.entries(def.shape!).flatMap(([key, child]) => freeTextFields(child, [...path, key]));
    case 'string': {
      const checks = (def.checks ?? []).map((c) => c._zod.def);
      if (!checks.some((c) => c.check === 'overwrite' && c.tx === normaliseText)) return [];
      const max = checks.find((c) => c.check === 'max_length')?.maximum ?? 4000;
      return [{ path, max }];
    }
    default:
      return [];
  }
}
