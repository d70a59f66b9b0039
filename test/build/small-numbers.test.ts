// Small numbers in a real build: a kommun figure from too few answers, unit and
// provider figures with unknown n, suppressed rows that still have an n in the file,
// and a lone suppressed unit whose value the kommun figure would give away. No file
// in dist/ (HTML, JSON, CSV, search and compare files, JSON-LD, feed) holds the hidden
// values or their n, and nothing published lets anyone work the hidden value out.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VALID_CONTENT } from './support/hostile-content';
import { buildSite, filesIn, readText } from './support/site-build';

const work = mkdtempSync(join(tmpdir(), 'kvg-small-numbers-'));
const content = join(work, 'content');
const out = join(work, 'dist');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ID = 'planterad-trygghet';
const MIN = 20;
const KOMMUN = '0999';

const indicatorYaml = `id: ${ID}
name: Känner sig trygg (planterad)
question: Hur trygg känner du dig?
explanation: Andelen som känner sig trygga.
unit: percent
betterDirection: higher
source:
  kind: kommun
  name: Kommunens egen enkät
minAnswers: ${MIN}
minAnswersRule: Kommunens regel, minst ${MIN} svar.
services:
  - hemtjanst
  - sarskilt-boende
`;

// The hidden unit in 2023 really had 58,9 % from 12 answers: the kommun figure 76,7 % from 55
// answers includes it, so with solgarden shown (81,7 % from 43) anyone could compute
// (76,7 × 55 − 81,7 × 43) / 12 ≈ 58,8.
const HIDDEN_2023 = 58.9;
const rows = [
  // 2022, the control: all shown, so the same search must find these.
  `${ID};municipality;${KOMMUN};2022;value;72,3;110;;Kommunens enkät;;2023-01-15`,
  `${ID};unit;solgarden;2022;value;66,1;50;;Kommunens enkät;;2023-01-15`,
  `${ID};unit;tallbacken;2022;value;77,2;60;;Kommunens enkät;;2023-01-15`,
  // 2023: a lone suppressed unit (the file keeps its n) beside a shown unit and the kommun figure.
  `${ID};municipality;${KOMMUN};2023;value;76,7;55;;Kommunens enkät;;2024-01-15`,
  `${ID};unit;solgarden;2023;value;81,7;43;57;Kommunens enkät;;2024-01-15`,
  `${ID};unit;tallbacken;2023;suppressed;;12;31;Kommunens enkät;;2024-01-15`,
  // 2024: a kommun figure from 13 answers, a unit and a provider with no n, a suppressed row with n.
  `${ID};municipality;${KOMMUN};2024;value;71,3;13;;Kommunens enkät;;2025-01-15`,
  `${ID};unit;solgarden;2024;value;36,3;;;Kommunens enkät;;2025-01-15`,
  `${ID};provider;lindas-hemtjanst;2024;value;41,9;;;Kommunens enkät;;2025-01-15`,
  `${ID};unit;tallbacken;2024;suppressed;;17;29;Kommunens enkät;;2025-01-15`,
];

/** Every way a number could be written: decimal comma, decimal point, and a rounded percent. */
const valueForms = (v: number) => {
  const [whole, decimal] = v.toFixed(1).split('.');
  return [new RegExp(`\\b${whole}[,.]${decimal}\\b`), new RegExp(`\\b${Math.round(v)}[\\s\\u00a0\\u202f]?%`)];
};
/** An n as pages write it ("12 svar") and as JSON writes it ("n":12); CSV rows are checked field by field. */
const nForms = (n: number) => [new RegExp(`\\b${n}[\\s\\u00a0]svar\\b`), new RegExp(`"n":\\s*${n}\\b`)];

const HIDDEN_VALUES = [81.7, 71.3, 36.3, 41.9, HIDDEN_2023];
const HIDDEN_NS = [43, 12, 13, 17];

let textFiles: { file: string; text: string }[] = [];
let published: Record<string, unknown>[] = [];

beforeAll(() => {
  cpSync(VALID_CONTENT, content, { recursive: true });
  writeFileSync(join(content, 'indicators', `${ID}.yaml`), indicatorYaml);
  const values = join(content, 'indicator-values', 'values.csv');
  writeFileSync(values, `${readFileSync(values, 'utf8').trimEnd()}\n${rows.join('\n')}\n`);
  const build = buildSite(content, out);
  if (build.status !== 0) throw new Error(`bygget misslyckades:\n${build.output}`);
  textFiles = filesIn(out)
    .filter((f) => /\.(html|json|jsonld|csv|xml|txt)$/.test(f))
    .map((file) => ({ file, text: readText(out, file) }));
  published = (JSON.parse(readText(out, 'data/indikatorvarden.json')).rows as Record<string, unknown>[]).filter((r) => r.indicator === ID);
});

const filesMatching = (re: RegExp) => textFiles.filter((f) => re.test(f.text)).map((f) => f.file);

describe('small numbers in the built site', () => {
  it('the search is meaningful: the shown 2022 figures are found in every form', () => {
    const [comma, percent] = valueForms(66.1);
    expect(filesMatching(comma).filter((f) => f.endsWith('.csv'))).toContain('data/indikatorvarden.csv');
    expect(filesMatching(/"value":\s*66\.1\b/)).toContain('data/indikatorvarden.json');
    expect(filesMatching(percent).filter((f) => f.endsWith('.html')).length).toBeGreaterThan(0);
    expect(filesMatching(nForms(50)[0]).filter((f) => f.endsWith('.html')).length).toBeGreaterThan(0);
  });

  it.each(HIDDEN_VALUES)('no file holds the hidden value %d in any form', (v) => {
    for (const re of valueForms(v)) expect(filesMatching(re), `${re}`).toEqual([]);
  });

  it.each(HIDDEN_NS)('no file holds the n %d of a hidden figure', (n) => {
    for (const re of nForms(n)) expect(filesMatching(re), `${re}`).toEqual([]);
  });

  it('open data lists the hidden figures as suppressed, with no value, n or response rate', () => {
    const state = (type: string, subject: string, period: string) =>
      published.find((r) => r.subjectType === type && r.subject === subject && r.period === period);
    for (const [type, subject, period] of [
      ['unit', 'tallbacken', '2023'],
      ['unit', 'solgarden', '2023'],
      ['municipality', KOMMUN, '2024'],
      ['unit', 'solgarden', '2024'],
      ['provider', 'lindas-hemtjanst', '2024'],
      ['unit', 'tallbacken', '2024'],
    ])
      expect([type, subject, period, state(type, subject, period)]).toMatchObject([
        type,
        subject,
        period,
        { state: 'suppressed', value: null, n: null, responseRate: null },
      ]);
    const csv = parseCsv(readText(out, 'data/indikatorvarden.csv').slice(1), { delimiter: ';', columns: true }) as Record<string, string>[];
    for (const r of csv.filter((x) => x.indicator === ID && x.state === 'suppressed')) expect([r.value, r.n, r.responseRate]).toEqual(['', '', '']);
  });

  it('nothing published lets anyone work out the lone hidden unit of 2023', () => {
    const year = published.filter((r) => r.period === '2023');
    const kommun = year.find((r) => r.subjectType === 'municipality' && typeof r.value === 'number');
    const shown = year.filter((r) => r.subjectType !== 'municipality' && typeof r.value === 'number');
    const shownN = shown.reduce((s, r) => s + (r.n as number), 0);
    const shownSum = shown.reduce((s, r) => s + (r.value as number) * (r.n as number), 0);
    // The true kommun n is 55, whether published or not.
    if (kommun && 55 - shownN > 0) expect(Math.abs(((kommun.value as number) * 55 - shownSum) / (55 - shownN) - HIDDEN_2023)).toBeGreaterThan(1);
    // And at least two figures are hidden together.
    expect(year.filter((r) => r.subjectType === 'unit' && r.state === 'suppressed').length).toBeGreaterThanOrEqual(2);
  });

  it('the pages say why, with the indicator’s minimum instead of the n', () => {
    const page = readText(out, `indikatorer/${ID}/index.html`);
    expect(page).toContain(`färre än ${MIN} svar`);
    expect(page).toContain('Skydd mot uträkning');
    expect(page).toContain('Visas inte: antalet svar är inte känt');
  });
});
