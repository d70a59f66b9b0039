// Looks at a site built from hostile content and lists every way the hostile
// text escaped being plain text: new elements or attributes compared with the
// same content written plainly, handlers, scripts, unsafe links, broken data files.
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLValidator } from 'fast-xml-parser';
import { DomUtils } from 'htmlparser2';
import { elements, parseHtml } from '../../../scripts/check-site/lib/dist';
import { inspectJson, inspectPage } from '../../../scripts/check-site/lib/inert';
import { filesIn, readText } from './site-build';
import type { Injection } from './hostile-content';

const allowedHashes = (dir: string) =>
  new Set((/Content-Security-Policy: (.*)/.exec(readText(dir, '_headers'))?.[1] ?? '').split(/[ ;]+/).filter((s) => s.startsWith("'sha256-")));

/** Tag names and attribute names on a page, counted; text-made paragraphs and line breaks left out. */
function shape(html: string): string[] {
  return elements(parseHtml(html))
    .filter((el) => el.name !== 'p' && el.name !== 'br')
    .flatMap((el) => [el.name, ...Object.keys(el.attribs).map((a) => `${el.name}@${a}`)])
    .sort();
}

const squash = (s: string) => s.replace(/\s+/g, '');

export interface Inspection {
  problems: string[];
  /** Injected fields whose text reached neither a page nor an open-data file. */
  unpublished: string[];
  pages: number;
}

export function inspectHostileBuild(dir: string, baselineDir: string, injections: Injection[]): Inspection {
  const problems: string[] = [];
  const files = filesIn(dir);
  const baselineFiles = filesIn(baselineDir);
  const html = files.filter((f) => f.endsWith('.html'));
  if (JSON.stringify(files.filter((f) => !f.startsWith('_astro/'))) !== JSON.stringify(baselineFiles.filter((f) => !f.startsWith('_astro/'))))
    problems.push(
      `bygget skrev andra filer än med vanlig text: ${files.filter((f) => !baselineFiles.includes(f)).join(', ')} / saknas: ${baselineFiles.filter((f) => !files.includes(f)).join(', ')}`,
    );

  const allowed = allowedHashes(baselineDir);
  for (const h of allowedHashes(dir)) if (!allowed.has(h)) problems.push(`_headers tillåter ett inline-block som inte finns med vanlig text: ${h}`);

  let pageText = '';
  for (const file of html) {
    const page = readText(dir, file);
    for (const p of inspectPage(page, { allowedScriptHashes: allowed, allowedStyleHashes: allowed })) problems.push(`${file}: ${p}`);
    if (baselineFiles.includes(file) && JSON.stringify(shape(page)) !== JSON.stringify(shape(readText(baselineDir, file)))) {
      const [a, b] = [shape(page), shape(readText(baselineDir, file))];
      const extra = a.filter((x) => !b.includes(x));
      problems.push(
        `${file}: andra element eller attribut än med vanlig text${extra.length ? `: ${[...new Set(extra)].slice(0, 5).join(', ')}` : ' (antal skiljer)'}`,
      );
    }
    const dom = parseHtml(page);
    // An image's text alternative is read aloud as text: the kommun logo's alt comes from content.
    const alts = elements(dom)
      .filter((el) => el.name === 'img' && el.attribs.alt)
      .map((el) => el.attribs.alt);
    pageText += squash(DomUtils.textContent(dom) + alts.join(''));
  }

  const dataStrings = new Set<string>();
  for (const file of files.filter((f) => f.endsWith('.json') || f.endsWith('.jsonld'))) {
    try {
      problems.push(...inspectJson(JSON.parse(readText(dir, file)), dataStrings).problems.map((p) => `${file}: ${p}`));
    } catch (e) {
      problems.push(`${file} är inte giltig JSON: ${(e as Error).message}`);
    }
  }

  for (const file of files.filter((f) => f.startsWith('data/') && f.endsWith('.csv'))) {
    const text = readText(dir, file);
    if (!text.startsWith('\uFEFF')) problems.push(`${file} saknar BOM`);
    let records: string[][] = [];
    try {
      records = parseCsv(text.slice(1), { delimiter: ';' });
    } catch (e) {
      problems.push(`${file} går inte att läsa som CSV: ${(e as Error).message}`);
      continue;
    }
    const json = JSON.parse(readText(dir, file.replace(/\.csv$/, '.json')));
    if (JSON.stringify(records[0]) !== JSON.stringify(json.fields.map((f: { name: string }) => f.name)))
      problems.push(`${file}: kolumnerna är inte JSON-filens fält`);
    if (records.length - 1 !== json.rows.length) problems.push(`${file}: ${records.length - 1} rader, JSON-filen har ${json.rows.length}`);
    for (const [i, r] of records.entries())
      if (r.length !== records[0].length) problems.push(`${file}: rad ${i + 1} har ${r.length} kolumner, inte ${records[0].length}`);
  }

  for (const file of files.filter((f) => f.endsWith('.xml'))) {
    const xml = readText(dir, file);
    const valid = XMLValidator.validate(xml);
    if (valid !== true) problems.push(`${file} är inte välformad XML: ${JSON.stringify(valid)}`);
    if (/<script|<img|<svg|<iframe/i.test(xml)) problems.push(`${file} innehåller markup från innehållet`);
  }

  // Every hostile text is published somewhere as the same text: exactly in open data, or as page text.
  const unpublished = injections
    .filter((i) => !dataStrings.has(i.expected) && ![...dataStrings].some((s) => s.includes(i.expected)) && !pageText.includes(squash(i.expected)))
    .map((i) => i.field);
  return { problems, unpublished: [...new Set(unpublished)], pages: html.length };
}
