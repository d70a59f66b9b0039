// A problem validation found, moved from the file to the workbook: which
// sheet, which row (as Excel numbers it) and which column the person must
// change, and the expectation in the workbook's words (sheets and headers, not
// files and field names). A problem in a file the workbook does not hold (an
// indicator whose service was removed) keeps its file, line and field.
import { join } from 'node:path';
import type { z } from 'zod';
import { contentTypes } from '../../../schemas/registry';
import { mayBeAbsent } from '../plan/schema-shape';
import type { PlannedRecord } from '../plan/plan-rows';
import type { WorkbookError } from '../report';
import { expectedFor } from '../normalise/cells';
import { CHOICES, columnByHeader, type WorkbookKind } from '../sheets';
import type { LocatedError } from './would-be-content';

const SHEET_WORDS: [RegExp, string][] = [
  [/ i content\/services\/?/g, ' på bladet Tjänster'],
  [/ i content\/providers\/?/g, ' på bladet Anordnare'],
  [/ i content\/units\/?/g, ' på bladet Enheter'],
  [/ i content\/conditions\.yaml/g, ' på bladet Villkor'],
  [/ i (?:content\/)?providers\/([a-z0-9-]+)\.ya?ml/g, ' för anordnaren $1 på bladet Anordnare'],
  [/ i (?:content\/)?services\/([a-z0-9-]+)\.ya?ml/g, ' för tjänsten $1 på bladet Tjänster'],
  [/ i (?:content\/)?units\/([a-z0-9-]+)\.ya?ml/g, ' för enheten $1 på bladet Enheter'],
  [/lägg till tjänsten under services/g, 'lägg till tjänsten bland tjänsterna'],
  [/ta bort orgNumber och skriv soleTrader: true/g, 'töm Organisationsnummer och välj ja i Enskild firma'],
  [/soleTrader: true/g, 'Enskild firma: ja'],
  [/soleTrader är true/g, 'Enskild firma är ja'],
  [/\(choiceLevel: unit\)/g, '(Kunden väljer: enhet)'],
  [/Skriv state suppressed och lämna value tomt/g, 'Välj "för få svar" i Uppgift och lämna Värde tomt'],
  [/\(fältet är obligatoriskt\)/g, '(cellen får inte vara tom)'],
];

const stateLabel = (state: string) => CHOICES.valueState.options.find((o) => o.value === state)?.label ?? state;

/** The loader's expectation in the words of the workbook. */
export function inWorkbookWords(expected: string): string {
  let text = expected;
  for (const [pattern, words] of SHEET_WORDS) text = text.replace(pattern, words);
  return text.replace(/när state är ([a-z-]+)/g, (_m, state: string) => `när Uppgift är ${stateLabel(state)}`);
}

/**
 * The headers of the cells a field came from: the field's own, its closest
 * parent's, or for a whole object that is missing (an address) each of its
 * parts that must be filled in.
 */
function columnsFor(record: PlannedRecord, field: string | undefined): { header: string; part: boolean }[] {
  if (!field) return [];
  const { origins } = record.merged;
  const exact = origins.get(field);
  if (exact) return [{ header: exact, part: false }];
  const parents = [...origins.keys()].filter((k) => field.startsWith(k) && /^[.[]/.test(field.slice(k.length)));
  if (parents.length) return [{ header: origins.get(parents.sort((a, b) => b.length - a.length)[0])!, part: false }];
  const parts = [...origins.keys()].filter((k) => k.startsWith(field) && /^[.[]/.test(k.slice(field.length)));
  const schema = contentTypes[record.kind].schema as z.ZodType;
  const needed = parts.filter((k) => !/\[/.test(k) && !mayBeAbsent(schema, k.split('.')));
  return (needed.length ? needed : parts.slice(0, 1)).map((k) => ({ header: origins.get(k)!, part: true }));
}

export function placeErrors(located: LocatedError[], records: PlannedRecord[], contentDir: string, shown: (abs: string) => string): WorkbookError[] {
  // A figure is found by its four cells as the CSV file has them, even when one is empty (its row is then new).
  const keyIn = (r: PlannedRecord) =>
    r.kind === 'indicatorValues' ? ['indicator', 'subjectType', 'subject', 'period'].map((f) => String(r.merged.raw[f] ?? '')).join('|') : r.key;
  const byKey = new Map(records.map((r) => [`${r.kind}|${keyIn(r)}`, r]));
  return located.flatMap(({ error, kind, key, field }): WorkbookError[] => {
    const record = kind && key !== undefined ? byKey.get(`${kind as WorkbookKind}|${key}`) : undefined;
    if (!record)
      return [
        {
          file: shown(join(contentDir, error.file)),
          line: error.line,
          field: error.field,
          value: error.value,
          hasValue: error.field !== undefined || error.value !== undefined,
          expected: inWorkbookWords(error.expected),
        },
      ];
    const found = columnsFor(record, field);
    if (found.length === 0)
      return [{ sheet: record.sheet, row: record.row, value: error.value, hasValue: error.value !== undefined, expected: inWorkbookWords(error.expected) }];
    return found.map(({ header, part }) => {
      const def = columnByHeader(record.sheet, header);
      // An empty drop-down or date cell, or an empty cell of a missing whole (an address):
      // what to write in the workbook, not how the file writes it.
      const blank = error.value === undefined || (Array.isArray(error.value) && error.value.length === 0);
      const expected =
        def && blank && (def.choices || def.kind === 'date' || part) ? `${expectedFor(def)} (cellen får inte vara tom)` : inWorkbookWords(error.expected);
      // A figure's cells are text in the CSV file; shown as the number the person typed.
      const value =
        (def?.kind === 'number' || def?.kind === 'integer') && typeof error.value === 'string' && /^-?\d+(,\d+)?$/.test(error.value)
          ? Number(error.value.replace(',', '.'))
          : error.value;
      return { sheet: record.sheet, row: record.row, column: header, value: part ? undefined : value, hasValue: true, expected };
    });
  });
}
