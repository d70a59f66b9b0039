// Copies the valid test content and writes a hostile string into every
// free-text field of every content type (YAML and CSV alike), remembering
// what each field should read after validation.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { normaliseText } from '../../../src/lib/safe-text/text';
import { contentKinds, contentTypes, type ContentKind } from '../../../src/schemas/registry';
import { freeTextFields, type FreeTextField } from './free-text-fields';

export const VALID_CONTENT = join(import.meta.dirname, '../../fixtures/content-valid');
const KOMMUN_LOGO = join(import.meta.dirname, '../../fixtures/kommun-frame/logotyp.svg');

// The Kolada unit mapping is written by staff from Kolada's own unit list and
// is not in the valid fixture; every other kind of content gets hostile text.
type Kind = Exclude<ContentKind, 'koladaUnits'>;
const KINDS = contentKinds.filter((k): k is Kind => k !== 'koladaUnits');

/** Text fields that are really references to ids elsewhere (validated as such), so they cannot hold free text. */
const REFERENCE_FIELDS = new Set(['providers:profiles.*', 'units:profiles.*']);

export const fieldsOf = (kind: Kind) => freeTextFields(contentTypes[kind].schema).filter((f) => !REFERENCE_FIELDS.has(`${kind}:${f.path.join('.')}`));

export interface Injection {
  /** Where: kind and field path, e.g. providers:contact.name. */
  field: string;
  file: string;
  marker: string;
  /** The text the site should publish: the injected text as validation cleans it. */
  expected: string;
}

type Obj = Record<string, unknown>;

/** Adds optional parts the fixture leaves out, so every free-text field has a place to go. */
function enrich(kind: Kind, record: Obj): void {
  if (kind === 'services') {
    record.customers ??= { count: 120, asOf: 'x' };
    record.noChoiceAlternative ??= { description: 'x' };
  }
  // The source's own rule is published only for an indicator whose source suppresses small groups.
  if (kind === 'indicators' && record.sourceSuppressionRule === undefined) Object.assign(record, { sourceSuppresses: true, sourceSuppressionRule: 'x' });
  if (kind === 'site') for (const p of record.profiles as Obj[]) p.description ??= 'x';
  // The kommun's own header and footer, with the logo injectHostileContent copies in.
  if (kind === 'site')
    record.kommunFrame ??= {
      homeUrl: 'https://www.testkommun.example/',
      logo: { file: 'assets/logotyp.svg', alt: 'x' },
      headerLinks: [{ text: 'x', url: 'https://www.testkommun.example/omsorg/' }],
      footer: { address: 'x', links: [{ text: 'x', url: 'mailto:kommun@testkommun.example' }] },
    };
  if (kind === 'followUps' && (record.conditions as Obj[] | undefined)?.length === 0) delete record.conditions;
}

/** Code points, so a cut never splits an emoji into a lone surrogate. */
export const truncate = (text: string, max: number) => Array.from(text).slice(0, Math.max(0, max)).join('');
/** What a UTF-8 file can hold: a lone surrogate becomes U+FFFD. */
const asStored = (text: string) => new TextDecoder().decode(new TextEncoder().encode(text));

/** nextHostile gets the room (in characters) the field has for it. */
export function injectHostileContent(targetDir: string, nextHostile: (room: number) => string): Injection[] {
  cpSync(VALID_CONTENT, targetDir, { recursive: true });
  mkdirSync(join(targetDir, 'assets'), { recursive: true });
  cpSync(KOMMUN_LOGO, join(targetDir, 'assets/logotyp.svg'));
  const injections: Injection[] = [];

  const valueFor = (field: FreeTextField, where: string, file: string) => {
    const marker = `⟦k${injections.length}⟧`;
    const room = field.max - marker.length - 1;
    let hostile = truncate(nextHostile(room), room);
    // The limit holds for the cleaned text, and NFKC can lengthen it ("㎺" is "pW"): cut until it fits.
    const fits = (h: string) => normaliseText(asStored(`${h} ${marker}`)).length <= field.max;
    while (!fits(hostile)) hostile = truncate(hostile, Array.from(hostile).length - 1);
    const value = `${hostile} ${marker}`;
    injections.push({ field: where, file, marker, expected: normaliseText(asStored(value)) });
    return value;
  };

  const injectInto = (kind: Kind, record: Obj, file: string) => {
    enrich(kind, record);
    for (const field of fieldsOf(kind)) {
      const where = `${kind}:${field.path.join('.')}`;
      const walk = (node: unknown, rest: (string | '*')[]): void => {
        if (node === null || typeof node !== 'object') return;
        const [head, ...tail] = rest;
        if (head === '*') {
          const list = node as unknown[];
          for (const [i, item] of list.entries()) {
            if (tail.length) walk(item, tail);
            else list[i] = valueFor(field, where, file);
          }
        } else if (tail.length === 0) (node as Obj)[head] = valueFor(field, where, file);
        else walk((node as Obj)[head], tail);
      };
      walk(record, field.path);
    }
  };

  const yamlFile = (kind: Kind, path: string) => {
    const data = parseYaml(readFileSync(path, 'utf8'));
    const records = Array.isArray(data) ? (data as Obj[]) : [data as Obj];
    for (const r of records) injectInto(kind, r, path);
    writeFileSync(path, stringifyYaml(data, { lineWidth: 0 }));
  };
  const csvFile = (kind: Kind, path: string) => {
    const rows: Obj[] = parseCsv(readFileSync(path, 'utf8'), { delimiter: ';', columns: true });
    for (const row of rows) injectInto(kind, row, path);
    writeFileSync(path, stringifyCsv(rows, { header: true, delimiter: ';' }));
  };

  for (const kind of KINDS) {
    const { path, layout, format } = contentTypes[kind];
    const abs = join(targetDir, path);
    const files =
      layout === 'single' || layout === 'list'
        ? [abs]
        : readdirSync(abs)
            .sort()
            .map((f) => join(abs, f));
    for (const f of files) (format === 'csv' ? csvFile : yamlFile)(kind, f);
  }
  return injections;
}

/** Free-text fields of any content type that got no hostile text (a gap in the fixture). */
export function uncoveredFields(injections: Injection[]): string[] {
  const covered = new Set(injections.map((i) => i.field));
  return KINDS.flatMap((kind) => fieldsOf(kind).map((f) => `${kind}:${f.path.join('.')}`)).filter((f) => !covered.has(f));
}
