// Turns zod issues into ContentErrors with Swedish expectations. Schemas carry
// their own Swedish messages; this covers the generic cases (missing and unknown fields).
import type { z } from 'zod';
import type { ContentError } from './content-error';
import { formatPath } from './content-error';

const TYPE_NAMES: Record<string, string> = {
  string: 'en text',
  number: 'ett tal',
  boolean: 'true eller false',
  array: 'en lista',
  object: 'ett objekt med fält',
  date: 'ett datum',
};

function getAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function isEnglishDefault(message: string): boolean {
  return /^(Invalid|Too|Expected|Unrecognized|Required)/.test(message);
}

export function issueToErrors(
  issue: z.core.$ZodIssue,
  data: unknown,
  where: { file: string; basePath?: PropertyKey[]; lineOf?: (path: PropertyKey[]) => number | undefined },
): ContentError[] {
  const fullPath = [...(where.basePath ?? []), ...issue.path];
  const value = getAt(data, issue.path);
  const line = where.lineOf?.(fullPath);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      file: where.file,
      line: where.lineOf?.([...fullPath, key]) ?? line,
      field: formatPath([...fullPath, key]),
      value: getAt(data, [...issue.path, key]),
      expected: 'inget sådant fält. Kontrollera stavningen mot content/README.md',
    }));
  }
  let expected = issue.message;
  if (issue.code === 'invalid_type' && isEnglishDefault(expected)) expected = TYPE_NAMES[issue.expected] ?? `ett värde av typen ${issue.expected}`;
  else if (isEnglishDefault(expected)) expected = `ett giltigt värde (${issue.message})`;
  if (value === undefined && issue.code === 'invalid_type') expected = `${expected} (fältet är obligatoriskt)`;
  return [{ file: where.file, line, field: formatPath(fullPath) || undefined, value, expected }];
}
