// The text gate applied to whole parsed records: every string passes
// normaliseText, and the personnummer scan walks every value (and key) of the
// normalised record, wherever it is nested.
import { findPersonalNumbers, maskPersonalNumbers } from '../lib/safe-text/identity-numbers';
import { normaliseText } from '../lib/safe-text/text';
import type { ContentError } from './content-error';

/** What a personnummer in content must become, and the way out for phone numbers. */
export const NO_PERSONAL_NUMBERS_EXPECTED =
  'inga personnummer i innehållet (ta bort numret: webbplatsen får bara innehålla uppgifter om organisationer). Är det ett telefonnummer? Skriv det med +46, t.ex. +46 70-123 45 67';

/** Every string in a parsed record through the gate; keys, numbers, dates and the shape stay. */
export function normaliseContent(value: unknown): unknown {
  if (typeof value === 'string') return normaliseText(value);
  if (Array.isArray(value)) return value.map(normaliseContent);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normaliseContent(v)]));
  return value;
}

export function findPersonalNumbersIn(value: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; match: string }[] {
  if (typeof value === 'string') return findPersonalNumbers(normaliseText(value)).map((match) => ({ path, match }));
  // YAML reads an unquoted 1212121212 as a number; it is still what was written in the file.
  if (typeof value === 'number' && Number.isSafeInteger(value)) return findPersonalNumbers(String(value)).map((match) => ({ path, match }));
  if (Array.isArray(value)) return value.flatMap((v, i) => findPersonalNumbersIn(v, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [
      // A key is text in the file too, and is printed in "unknown field" errors.
      ...findPersonalNumbers(normaliseText(k)).map((match) => ({ path: [...path, k], match })),
      ...findPersonalNumbersIn(v, [...path, k]),
    ]);
  return [];
}

/** A text for error output with any personnummer in it masked, so CI logs do not publish it again. */
export function maskedForOutput(text: string): string {
  const gated = normaliseText(text);
  return findPersonalNumbers(gated).length ? maskPersonalNumbers(gated) : text;
}

function maskValue(value: unknown): unknown {
  if (typeof value === 'string') return maskedForOutput(value);
  if (typeof value === 'number' && Number.isSafeInteger(value)) return findPersonalNumbers(String(value)).length ? maskPersonalNumbers(String(value)) : value;
  if (Array.isArray(value) || (value && typeof value === 'object' && !(value instanceof Date))) {
    // Shown as JSON in the error: mask it as text.
    const text = JSON.stringify(value);
    return text && findPersonalNumbers(normaliseText(text)).length ? maskPersonalNumbers(normaliseText(text)) : value;
  }
  return value;
}

/** The error with any personnummer in its value, field or expectation masked. */
export function maskError(e: ContentError): ContentError {
  return {
    ...e,
    ...(e.field !== undefined ? { field: maskedForOutput(e.field) } : {}),
    ...(e.value !== undefined ? { value: maskValue(e.value) } : {}),
    expected: maskedForOutput(e.expected),
  };
}
