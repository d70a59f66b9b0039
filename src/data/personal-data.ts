// Walks any parsed content and finds personnummer-shaped strings, wherever they are.
import { findPersonalNumbers } from '../lib/identity-numbers';

export function findPersonalNumbersIn(value: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; match: string }[] {
  if (typeof value === 'string') return findPersonalNumbers(value).map((match) => ({ path, match }));
  // YAML reads an unquoted 1212121212 as a number; it is still what was written in the file.
  if (typeof value === 'number' && Number.isSafeInteger(value))
    return findPersonalNumbers(String(value)).map((match) => ({ path, match }));
  if (Array.isArray(value)) return value.flatMap((v, i) => findPersonalNumbersIn(v, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => findPersonalNumbersIn(v, [...path, k]));
  return [];
}
