// Malformed content files (bad YAML, duplicate keys, wrong encoding, a 50 MB
// file, a truncated CSV, runaway text) each give exactly one clear error, and
// the build writes nothing at all: nothing half-valid is published.
import { cpSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { VALID_CONTENT } from './support/hostile-content';
import { buildSite, filesIn, validateContent } from './support/site-build';

const work = mkdtempSync(join(tmpdir(), 'kvg-broken-files-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Break = (content: string) => void;
const edit =
  (file: string, change: (text: string) => string): Break =>
  (content) => {
    const path = join(content, file);
    const before = readFileSync(path, 'utf8');
    const after = change(before);
    if (after === before) throw new Error(`Ändringen av ${file} ändrade ingenting`);
    writeFileSync(path, after);
  };

const cases: [string, Break, string, RegExp][] = [
  [
    'trasig YAML',
    edit('providers/egen-regi.yaml', (t) => t.replace('name: Testkommunens egen regi', 'name: [Testkommunens egen regi')),
    'providers/egen-regi.yaml',
    /rad \d+\. Förväntat: giltig YAML .*Kontrollera indrag, kolon och citattecken/,
  ],
  [
    'samma fält två gånger',
    edit('providers/egen-regi.yaml', (t) => `${t}name: Ett annat namn\n`),
    'providers/egen-regi.yaml',
    /Förväntat: varje fält bara en gång .*fältet name står två gånger/,
  ],
  [
    'fel teckenkodning (Windows-1252)',
    (content) =>
      writeFileSync(join(content, 'providers/egen-regi.yaml'), iconv.encode(readFileSync(join(content, 'providers/egen-regi.yaml'), 'utf8'), 'win1252')),
    'providers/egen-regi.yaml',
    /Förväntat: en fil sparad som UTF-8/,
  ],
  [
    'en fil på 50 MB',
    (content) => {
      writeFileSync(join(content, 'indicator-values/stor.csv'), '');
      truncateSync(join(content, 'indicator-values/stor.csv'), 50 * 1024 * 1024);
    },
    'indicator-values/stor.csv',
    /Förväntat: en fil på högst 5 MB \(filen är 50,0 MB\)/,
  ],
  [
    'en avklippt CSV-rad',
    edit('indicator-values/values.csv', (t) => t.slice(0, t.indexOf('\npersonalkontinuitet;unit;solgarden') + 30)),
    'indicator-values/values.csv',
    /Förväntat: 11 kolumner på raden \(fick \d+\)\. Är raden avklippt/,
  ],
  [
    'en CSV avklippt mitt i ett citerat fält',
    edit('indicator-values/values.csv', (t) => `${t.trimEnd()}\nnojdhet-helhet;unit;tallbacken;2023;value;80;20;;"Socialstyrelsen`),
    'indicator-values/values.csv',
    /Förväntat: en CSV-fil med semikolon mellan kolumnerna/,
  ],
  [
    'en text på 10 000 tecken',
    edit('providers/egen-regi.yaml', (t) => t.replace('description: Kommunens egen hemtjänst och boenden.', `description: ${'a'.repeat(10_000)}`)),
    'providers/egen-regi.yaml',
    /fält description: värdet är "a{100}.*Förväntat: en text på högst 4000 tecken/,
  ],
];

describe('trasiga innehållsfiler', () => {
  it.each(cases)('%s: ett tydligt fel och ingen utdata', (_what, breakIt, file, message) => {
    const dir = mkdtempSync(join(work, 'case-'));
    const content = join(dir, 'content');
    const out = join(dir, 'dist');
    cpSync(VALID_CONTENT, content, { recursive: true });
    breakIt(content);

    const validate = validateContent(content);
    expect(validate.status, validate.output).toBe(1);
    expect(validate.output).toContain('Innehållet har 1 fel.');
    const errors = validate.output.split('\n').filter((l) => l.startsWith('- '));
    expect(errors, validate.output).toHaveLength(1);
    expect(errors[0]).toContain(file);
    expect(errors[0]).toMatch(message);

    const build = buildSite(content, out);
    expect(build.status, 'bygget ska misslyckas').not.toBe(0);
    expect(build.output).toContain('Innehållet har 1 fel.');
    expect(filesIn(out), 'bygget ska inte skriva någon fil').toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });
});
