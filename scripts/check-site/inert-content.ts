// Site check: every page is safe to publish whatever content holds. No event
// handler or style attribute, no inline script at all (the islands start from
// bundled files) and no inline style the CSP does not allow by hash, links only
// to http(s), mailto and tel; _headers carries the same policy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_OPTION, distArg, elements, htmlFiles, listFiles, openDist, parseHtml, reportProblems, runCheck } from './lib/dist';
import { inspectJson, inspectPage } from './lib/inert';

const HELP = `Användning: tsx scripts/check-site/inert-content.ts [--dist dist]

Kontrollerar varje HTML-sida i dist/: inga händelseattribut (onclick ...), inga
style-attribut, inga inline-skript alls (bara JSON-LD), inga inline-stilar utom
de som sidans och _headers Content-Security-Policy tillåter med hash, och bara länkar till
http(s), mailto och tel. Varje JSON-fil (öppna data, katalog, sökindex) ska gå
att läsa och bara ha sådana adresser. Slutkod 0: allt i ordning. 1: något fel. 2: kunde inte köras.`;

/**
 * Stricter than the CSP, which would allow an inline script by its hash: the
 * site has none, because every island starts from a bundled file
 * (src/islands/mount.ts) with its props in data-props. A script element
 * without src is only allowed as JSON-LD, which never runs.
 */
function inlineScripts(html: string): string[] {
  return elements(
    parseHtml(html),
    (el) => el.name === 'script' && el.attribs.src === undefined && !/^application\/ld\+json$/i.test((el.attribs.type ?? '').trim()),
  ).map(
    (el) => `<script${el.attribs.type ? ` type="${el.attribs.type}"` : ''}> utan src: sidorna har inga inline-skript (öarna startar från paketerade filer)`,
  );
}

await runCheck(HELP, DIST_OPTION, (args) => {
  const dist = openDist(distArg(args));
  const headers = readFileSync(join(dist.dir, '_headers'), 'utf8');
  const policy = /Content-Security-Policy: (.*)/.exec(headers)?.[1] ?? '';
  const allowed = new Set(policy.split(/[ ;]+/).filter((s) => s.startsWith("'sha256-")));
  const problems: string[] = [];
  if (!policy) problems.push('_headers saknar Content-Security-Policy');
  for (const header of ['Referrer-Policy: no-referrer', 'X-Content-Type-Options: nosniff'])
    if (!headers.includes(header)) problems.push(`_headers saknar ${header}`);
  const files = htmlFiles(dist);
  for (const file of files) {
    const html = readFileSync(join(dist.dir, file), 'utf8');
    for (const p of inspectPage(html, { allowedScriptHashes: allowed, allowedStyleHashes: allowed })) problems.push(`${file}: ${p}`);
    for (const p of inlineScripts(html)) problems.push(`${file}: ${p}`);
  }
  // Open data, the catalogue and any search index: valid JSON, addresses only http(s), mailto, tel or this site.
  const jsonFiles = listFiles(dist.dir).filter((f) => f.endsWith('.json') || f.endsWith('.jsonld'));
  for (const file of jsonFiles) {
    try {
      for (const p of inspectJson(JSON.parse(readFileSync(join(dist.dir, file), 'utf8'))).problems) problems.push(`${file}: ${p}`);
    } catch (e) {
      problems.push(`${file} är inte giltig JSON: ${(e as Error).message}`);
    }
  }
  if (problems.length) {
    reportProblems('Fel i sidornas säkerhet', problems);
    return 1;
  }
  console.log(
    `Säkert innehåll: ${files.length} sidor kontrollerade (händelseattribut, style-attribut, inga inline-skript, inline-stilar mot CSP, länkscheman), ${jsonFiles.length} JSON-filer (adresser) och _headers.`,
  );
  return 0;
});
