// The text gate and the content-reading holes through the real commands: a
// personnummer hidden with invisible or control characters, YAML alias tricks,
// folders named like files, links out of content/ and deceptive web addresses
// each make npm run validate and the build fail with a content error naming the
// file; nothing is built, and neither the number nor a linked file's text
// appears in any output.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VALID_CONTENT } from './support/hostile-content';
import { buildSite, filesIn, validateContent } from './support/site-build';

const work = mkdtempSync(join(tmpdir(), 'kvg-text-gate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Break = (content: string) => void;
const edit =
  (file: string, from: string, to: string): Break =>
  (content) => {
    const path = join(content, file);
    const before = readFileSync(path, 'utf8');
    if (before.split(from).length !== 2) throw new Error(`"${from}" ska stå en gång i ${file}`);
    writeFileSync(path, before.replace(from, to));
  };

/** Builds a copy of the valid content broken one way; returns both outputs and what dist/ holds. */
function runBroken(breakIt: Break) {
  const dir = mkdtempSync(join(work, 'case-'));
  const content = join(dir, 'content');
  const out = join(dir, 'dist');
  cpSync(VALID_CONTENT, content, { recursive: true });
  breakIt(content);
  const validate = validateContent(content);
  const build = buildSite(content, out);
  const written = filesIn(out);
  const dist = written.map((f) => readFileSync(join(out, f), 'utf8')).join('\n');
  return { validate, build, written, dist, dir };
}

// A test personnummer (12 December 1912), hidden in different ways.
const DIGITS = '1212121212';
const hidden: [string, Break][] = [
  ['a zero-width space inside the number', edit('follow-ups/2025.yaml', 'findings: Verksamheten', 'findings: Kunden 1212\u200B12-1212 klagade. Verksamheten')],
  // YAML holds a control character only escaped in double quotes, as an export would write it.
  [
    'a control character inside the number',
    edit('providers/egen-regi.yaml', 'description: Kommunens egen hemtjänst och boenden.', 'description: "Kontakt 121212\\a-1212."'),
  ],
  [
    'an en dash, no-break spaces and Arabic-Indic digits in a CSV cell',
    edit('indicator-values/values.csv', 'not-applicable;;;;Utförarens kvalitetsredovisning;', 'not-applicable;;;;Rapport ١٢\u00A012\u00A012\u20131212;'),
  ],
];

describe('a hidden personnummer', () => {
  it.each(hidden)('%s: validate and the build refuse it, and no output holds the digits', (_what, breakIt) => {
    const { validate, build, written, dist, dir } = runBroken(breakIt);
    expect(validate.status, validate.output).toBe(1);
    expect(validate.output).toContain('Innehållet har 1 fel.');
    expect(validate.output).toMatch(/värdet är "[^"]*XXXX"\. Förväntat: inga personnummer i innehållet/);
    expect(build.status, 'bygget ska misslyckas').not.toBe(0);
    expect(written, 'bygget ska inte skriva någon fil').toEqual([]);
    // The ten digits with up to three other characters between any two: what a reader could still pick out.
    const number = new RegExp(DIGITS.split('').join('\\D{0,3}'));
    for (const text of [validate.output, build.output, dist]) expect(text).not.toMatch(number);
    rmSync(dir, { recursive: true, force: true });
  });
});

const SECRET = 'HEMLIG-MARKOR-91c2';
const BOMB = [
  'a: &a [x,x,x,x,x,x,x,x,x]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
].join('\n');

const holes: [string, Break, string, RegExp][] = [
  [
    'en alias-bomb i YAML',
    (c) => writeFileSync(join(c, 'providers/egen-regi.yaml'), `${BOMB}\n`),
    'providers/egen-regi.yaml',
    /Förväntat: en fil utan så många hänvisningar/,
  ],
  [
    'en hänvisning före sitt ankare',
    edit('units/solgarden.yaml', 'places: 24', 'places: *antal\nextra: &antal 24'),
    'units/solgarden.yaml',
    /rad 10\. Förväntat: ett ankare \(&antal\) före hänvisningen \*antal/,
  ],
  ['en mapp som heter som en fil', (c) => mkdirSync(join(c, 'providers/ny.yaml')), 'providers/ny.yaml', /Förväntat: en fil, men det här är en mapp/],
  [
    'en länk till en fil utanför content/',
    (c) => {
      const outside = join(c, '..', 'utanfor.yaml');
      writeFileSync(outside, `id: egen-regi\nname: ${SECRET}\n${SECRET}: ${SECRET}\n`);
      unlinkSync(join(c, 'providers/egen-regi.yaml'));
      symlinkSync(outside, join(c, 'providers/egen-regi.yaml'));
    },
    'providers/egen-regi.yaml',
    /Förväntat: en fil i innehållsmappen\. Det här är en genväg \(symbolisk länk\) till något utanför innehållsmappen, och den följs inte/,
  ],
  [
    'en länk som pekar på något som inte finns',
    (c) => symlinkSync(join(c, 'borta.yaml'), join(c, 'units/borta.yaml')),
    'units/borta.yaml',
    /Förväntat: en fil som finns\. Det här är en genväg/,
  ],
  [
    'en webbadress med något före @',
    edit('providers/egen-regi.yaml', 'web: https://testkommun.example/egen-regi', 'web: https://testkommun.example@annan.example/'),
    'providers/egen-regi.yaml',
    /fält contact\.web: .*Förväntat: en webbadress utan något före @/,
  ],
  [
    'en webbadress med en kyrillisk bokstav',
    edit('providers/egen-regi.yaml', 'web: https://testkommun.example/egen-regi', 'web: https://t\u0435stkommun.example/'),
    'providers/egen-regi.yaml',
    /fält contact\.web: .*Förväntat: en webbadress vars värdnamn inte blandar skriftsystem/,
  ],
];

describe('innehåll som inte går att lita på', () => {
  it.each(holes)('%s: ett fel med filens namn och ingen utdata', (_what, breakIt, file, message) => {
    const { validate, build, written, dist, dir } = runBroken(breakIt);
    expect(validate.status, validate.output).toBe(1);
    expect(validate.output).toContain('Innehållet har 1 fel.');
    const errors = validate.output.split('\n').filter((l) => l.startsWith('- '));
    expect(errors, validate.output).toHaveLength(1);
    expect(errors[0]).toContain(`content/${file}`);
    expect(errors[0]).toMatch(message);
    expect(validate.output).not.toMatch(/\n\s+at |Error:/);
    expect(build.status, 'bygget ska misslyckas').not.toBe(0);
    expect(build.output).toContain('Innehållet har 1 fel.');
    expect(written, 'bygget ska inte skriva någon fil').toEqual([]);
    for (const text of [validate.output, build.output, dist]) expect(text).not.toContain(SECRET);
    rmSync(dir, { recursive: true, force: true });
  });
});
