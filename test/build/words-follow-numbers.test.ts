// Words, age and status as the built site shows them (issue 11, finding 4):
// the comparison words follow the rounded numbers on the page, an old figure
// says "Äldre uppgift" and sorts after current ones everywhere it appears,
// withdrawn providers are marked in rankings, and n is named for what it counts.
// Built from a small copy of the valid fixture, never from content/.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { DomUtils } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { elements, parseHtml, textOf } from '../../scripts/check-site/lib/dist';
import { VALID_CONTENT } from '../unit/support/content-fixture';
import { buildSite, readText } from './support/site-build';

const work = mkdtempSync(join(tmpdir(), 'kvg-words-'));
const content = join(work, 'content');
const out = join(work, 'dist');
afterAll(() => rmSync(work, { recursive: true, force: true }));

// dataPublishedOn in the fixture is 2025-06-01 with freshnessMonths 24: 2022 is old, 2024 current.
const VALUES = `indicator;subjectType;subject;period;state;value;n;responseRate;source;kpi;publishedOn
nojdhet-helhet;unit;tallbacken;2024;value;80,6;24;68;Socialstyrelsen;U21468;2025-01-15
nojdhet-helhet;unit;solgarden;2022;value;97;30;;Socialstyrelsen;U21468;2023-01-15
nojdhet-helhet;provider;egen-regi;2024;value;90;50;;Socialstyrelsen;U21468;2025-01-15
nojdhet-helhet;provider;aterkallad-omsorg;2024;value;70;20;;Socialstyrelsen;U21468;2025-01-15
nojdhet-helhet;provider;lindas-hemtjanst;2024;not-measured;;;;Socialstyrelsen;;2025-01-15
nojdhet-helhet;municipality;0999;2024;value;83,7;412;64;Socialstyrelsen;U21468;2025-01-15
personalkontinuitet;unit;solgarden;2024;value;9;18;;Utförarens kvalitetsredovisning;;2025-03-15
`;

const WITHDRAWN = `id: aterkallad-omsorg
name: Återkallade Omsorgen AB
orgNumber: 556677-1241
ownership: private
services:
  - hemtjanst
authorisedSince: 2019-01-01
statusHistory:
  - status: active
    date: 2019-01-01
  - status: withdrawn
    date: 2025-03-01
    note: Godkännandet återkallades efter granskning.
contact:
  phone: 08-555 010 99
description: Utförare vars godkännande har återkallats.
languages:
  - svenska
areas:
  - norr
updatedOn: 2025-03-01
`;

const page = (file: string) => readText(out, file);
const text = (file: string) => DomUtils.textContent(parseHtml(page(file))).replace(/\s+/g, ' ');
const json = (file: string) => JSON.parse(page(file));
/** Table rows of a page that pass `id`, with their attributes and text. */
function tableRows(file: string, id: (row: ReturnType<typeof elements>[number]) => boolean = () => true) {
  return elements(parseHtml(page(file)), (el) => el.name === 'tr' && id(el)).map((tr) => ({ attribs: tr.attribs, text: textOf(tr).replace(/\s+/g, ' ') }));
}

beforeAll(() => {
  cpSync(VALID_CONTENT, content, { recursive: true });
  writeFileSync(join(content, 'indicator-values/values.csv'), VALUES);
  writeFileSync(join(content, 'providers/aterkallad-omsorg.yaml'), WITHDRAWN);
  const indicatorFile = join(content, 'indicators/personalkontinuitet.yaml');
  writeFileSync(indicatorFile, readFileSync(indicatorFile, 'utf8').replace('betterDirection: lower\n', 'betterDirection: lower\ncountsWhat: customers\n'));
  const build = buildSite(content, out);
  if (build.status !== 0) throw new Error(`Bygget misslyckades:\n${build.output.slice(-4000)}`);
});

describe('the comparison words follow the numbers as shown', () => {
  it('says "i nivå" for 81 % against an average shown as 84 %, on the page and in the comparison file', () => {
    const unit = text('enheter/tallbacken/index.html');
    expect(unit).toContain('81 %');
    expect(unit).toContain('84 %');
    expect(unit).toContain('I nivå med kommunens snitt');
    expect(unit).not.toContain('Lägre än kommunens snitt');
    expect(json('jamfor/sarskilt-boende/tallbacken.json').figures.find((f: { indicator: string }) => f.indicator === 'nojdhet-helhet')).toMatchObject({
      value: 80.6,
      difference: 'same',
      judgement: 'neutral',
    });
  });

  it('states the rule beside every results table, with a link to where it is explained', () => {
    for (const file of ['enheter/tallbacken/index.html', 'tjanster/sarskilt-boende/tabell/index.html', 'indikatorer/nojdhet-helhet/index.html']) {
      expect(text(file), file).toContain('bestäms på de avrundade siffror som visas');
      expect(page(file), file).toMatch(/href="[^"]*indikatorer\/#sa-jamfor-vi"/);
    }
    expect(page('indikatorer/index.html')).toContain('id="sa-jamfor-vi"');
  });
});

describe('Äldre uppgift wherever an old figure appears', () => {
  it('marks the card, the table page and the indicator ranking', () => {
    const card = elements(parseHtml(page('tjanster/sarskilt-boende/index.html')), (el) => el.attribs['data-choice-id'] === 'solgarden')
      .map(textOf)
      .join(' ');
    expect(card).toContain('Äldre uppgift');
    const currentCard = elements(parseHtml(page('tjanster/sarskilt-boende/index.html')), (el) => el.attribs['data-choice-id'] === 'tallbacken')
      .map(textOf)
      .join(' ');
    expect(currentCard).not.toContain('Äldre uppgift');

    const table = tableRows('tjanster/sarskilt-boende/tabell/index.html', (tr) => tr.attribs['data-id'] !== undefined);
    expect(table.find((r) => r.attribs['data-id'] === 'solgarden')?.text).toContain('Äldre uppgift');
    expect(table.find((r) => r.attribs['data-id'] === 'tallbacken')?.text).not.toContain('Äldre uppgift');

    const ranking = tableRows('indikatorer/nojdhet-helhet/index.html', (tr) => tr.attribs['data-id'] !== undefined);
    expect(ranking.find((r) => r.attribs['data-id'] === 'unit:solgarden')?.text).toContain('Äldre uppgift');
  });

  it('ranks the old figure after every current one on the indicator page, though its value is highest', () => {
    const ids = tableRows('indikatorer/nojdhet-helhet/index.html', (tr) => tr.attribs['data-id'] !== undefined).map((r) => r.attribs['data-id']);
    expect(ids).toEqual(['provider:egen-regi', 'unit:tallbacken', 'provider:aterkallad-omsorg', 'unit:solgarden', 'provider:lindas-hemtjanst']);
  });

  it('draws the old figure as its own shape in the strip plot', () => {
    const dots = elements(
      parseHtml(page('indikatorer/nojdhet-helhet/index.html')),
      (el) => el.attribs['data-id'] !== undefined && (el.name === 'circle' || el.name === 'path'),
    );
    const dot = (id: string) => dots.find((d) => d.attribs['data-id'] === id)!;
    expect(dot('unit:solgarden').attribs['data-old']).toBe('true');
    expect(dot('unit:tallbacken').attribs['data-old']).toBeUndefined();
    expect(text('indikatorer/nojdhet-helhet/index.html')).toContain('Ring: äldre uppgift');
  });

  it('carries the old flag in the search file, the comparison file and open data', () => {
    const search = json('sok/sarskilt-boende.json');
    const column = search.indicators.findIndex((i: { id: string }) => i.id === 'nojdhet-helhet');
    const row = (id: string) => search.records.find((r: { id: string }) => r.id === id);
    expect(row('solgarden').g).toContain(column);
    expect(row('tallbacken').g ?? []).not.toContain(column);

    expect(json('jamfor/sarskilt-boende/solgarden.json').figures.find((f: { indicator: string }) => f.indicator === 'nojdhet-helhet')).toMatchObject({
      isOld: true,
      period: '2022',
    });

    const openJson = json('data/indikatorvarden.json').rows.find((r: { subject: string; period: string }) => r.subject === 'solgarden' && r.period === '2022');
    expect(openJson.isOld).toBe(true);
    const csv = parseCsv(page('data/indikatorvarden.csv'), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    const oldCsv = csv.find((r) => r.subject === 'solgarden' && r.period === '2022')!;
    const currentCsv = csv.find((r) => r.subject === 'tallbacken' && r.period === '2024')!;
    expect(oldCsv.isOld).not.toBe(currentCsv.isOld);
  });
});

describe('withdrawn providers and what n counts', () => {
  it('marks a withdrawn provider in the indicator ranking and the strip plot', () => {
    const ranking = tableRows('indikatorer/nojdhet-helhet/index.html', (tr) => tr.attribs['data-id'] !== undefined);
    expect(ranking.find((r) => r.attribs['data-id'] === 'provider:aterkallad-omsorg')?.text).toContain('Godkännandet återkallat');
    expect(ranking.find((r) => r.attribs['data-id'] === 'provider:egen-regi')?.text).not.toContain('Godkännandet återkallat');
    const cross = elements(
      parseHtml(page('indikatorer/nojdhet-helhet/index.html')),
      (el) => el.name !== 'tr' && el.attribs['data-id'] === 'provider:aterkallad-omsorg',
    );
    expect(cross.map((el) => [el.name, el.attribs.class])).toEqual([['path', 'inactive']]);
  });

  it('names n for what it counts, with the response rate where known', () => {
    const solgarden = text('enheter/solgarden/index.html');
    expect(solgarden).toContain('18 kunder');
    expect(solgarden).not.toContain('18 svar');
    expect(text('enheter/tallbacken/index.html')).toContain('24 svar (svarsfrekvens 68 %)');
    expect(text('indikatorer/personalkontinuitet/index.html')).toContain('Antal kunder');
  });
});
