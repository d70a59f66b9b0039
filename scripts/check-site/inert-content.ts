// Site check: every page is safe to publish whatever content holds. No event
// handler or style attribute, no inline script the CSP does not allow by hash,
// links only to http(s), mailto and tel; _headers carries the same policy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distArg, htmlFiles, listFiles, openDist, reportProblems, runCheck } from './lib/dist';
import { inspectJson, inspectPage } from './lib/inert';

const HELP = `Användning: tsx scripts/check-site/inert-content.ts [--dist dist]

Kontrollerar varje HTML-sida i dist/: inga händelseattribut (onclick ...), inga
style-attribut, inga inline-skript eller -stilar utom de som sidans och
_headers Content-Security-Policy tillåter med hash, och bara länkar till
http(s), mailto och tel. Varje JSON-fil (öppna data, katalog, sökindex) ska gå
att läsa och bara ha sådana adresser. Slutkod 0: allt i ordning. 1: något fel. 2: kunde inte köras.`;

await runCheck(HELP, (argv) => {
  const dist = openDist(distArg(argv));
  const headers = readFileSync(join(dist.dir, '_headers'), 'utf8');
  const policy = /Content-Security-Policy: (.*)/.exec(headers)?.[1] ?? '';
  const allowed = new Set(policy.split(/[ ;]+/).filter((s) => s.startsWith("'sha256-")));
  const problems: string[] = [];
  if (!policy) problems.push('_headers saknar Content-Security-Policy');
  for (const header of ['Referrer-Policy: no-referrer', 'X-Content-Type-Options: nosniff']) if (!headers.includes(header)) problems.push(`_headers saknar ${header}`);
  const files = htmlFiles(dist);
  for (const file of files) {
    for (const p of inspectPage(readFileSync(join(dist.dir, file), 'utf8'), { allowedScriptHashes: allowed, allowedStyleHashes: allowed })) problems.push(`${file}: ${p}`);
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
  console.log(`Säkert innehåll: ${files.length} sidor kontrollerade (händelseattribut, style-attribut, inline-skript mot CSP, länkscheman), ${jsonFiles.length} JSON-filer (adresser) och _headers.`);
  return 0;
});
