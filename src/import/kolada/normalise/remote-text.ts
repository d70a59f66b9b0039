// The text gate for everything Kolada answered: every text in every response
// (KPI titles and descriptions, unit names, anything else) is normalised and
// scanned for personnummer before anything is stored, since the snapshot keeps
// the answers in content/ and the values file keeps text drawn from them.
import type { ContentError } from '../../../data/content-error';
import { formatPath } from '../../../data/content-error';
import { findPersonalNumbers, maskPersonalNumber } from '../../../lib/safe-text/identity-numbers';
import { normaliseText } from '../../../lib/safe-text/text';
import type { RecordedResponse } from '../read/source';

function textsIn(value: unknown, path: PropertyKey[], out: { path: PropertyKey[]; text: string }[]): void {
  if (typeof value === 'string') out.push({ path, text: value });
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) textsIn(v, [...path, i], out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      out.push({ path: [...path, k], text: k });
      textsIn(v, [...path, k], out);
    }
}

/**
 * Every personnummer in the responses, as content errors naming the response
 * (endpoint and question), the field and the number masked. Numbers (values,
 * counts) are figures, not text, and are not scanned.
 */
export function personalNumbersInResponses(responses: RecordedResponse[]): ContentError[] {
  const errors: ContentError[] = [];
  for (const r of responses) {
    const texts: { path: PropertyKey[]; text: string }[] = [];
    try {
      textsIn(JSON.parse(r.body), [], texts);
    } catch {
      texts.push({ path: [], text: r.body });
    }
    for (const { path, text } of texts)
      for (const found of findPersonalNumbers(normaliseText(text)))
        errors.push({
          file: `Koladas svar på ${normaliseText(r.request).slice(0, 160)}`,
          field: formatPath(path) || undefined,
          value: maskPersonalNumber(found),
          expected: 'inga personnummer i det som hämtas. Inget sparades. Kontakta RKA (Kolada) om texten, eller hämta bara andra nyckeltal med --kpi',
        });
  }
  return errors;
}
