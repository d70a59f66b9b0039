// Site check: every internal link and anchor in dist/ leads somewhere. Pages,
// files, #anchors, the sitemap, the feed and the open-data catalogue are all
// followed; links to other sites are not fetched (no network), only their
// scheme is checked. Link texts must make sense on their own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { DomUtils } from 'htmlparser2';
import {
  DIST_OPTION,
  distArg,
  elements,
  fileForPath,
  htmlFiles,
  listFiles,
  openDist,
  parseHtml,
  reportProblems,
  runCheck,
  sitemapPages,
  textOf,
  type Dist,
} from './lib/dist';
import { linkKind } from './lib/inert';

const HELP = `Användning: tsx scripts/check-site/links.ts [--dist dist]

Följer varje intern länk och varje ankare (#id) på varje sida i dist/, och
adresserna i sitemap.xml, i flödet uppfoljningar/flode.xml och i katalogen
data/catalog.jsonld. Kontrollerar att alla sidor finns i sitemap.xml och att
ingen länktext är bara "läs mer", "klicka här" eller liknande. Länkar till andra
webbplatser hämtas inte; bara att de är http(s), mailto eller tel.
Slutkod 0: allt leder rätt. 1: minst en trasig länk. 2: kunde inte köras.`;

/** Link texts that say nothing out of context (WCAG 2.4.4), lower case. */
const VAGUE_TEXTS = new Set(['läs mer', 'klicka här', 'här', 'mer', 'länk', 'läs här', 'mer info', 'mer information', 'read more', 'click here', 'link']);

const LINK_ATTRIBUTES: [string, string][] = [
  ['a', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['source', 'src'],
  ['form', 'action'],
  ['area', 'href'],
  ['iframe', 'src'],
  ['video', 'src'],
  ['audio', 'src'],
];

interface Target {
  path: string;
  anchor?: string;
}

await runCheck(HELP, DIST_OPTION, (args) => {
  const dist = openDist(distArg(args));
  const origin = new URL(dist.site).origin;
  const problems: string[] = [];
  const idsByFile = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsByFile.get(file);
    if (!ids) {
      ids = new Set(
        elements(parseHtml(readFileSync(file, 'utf8')))
          .flatMap((el) => [el.attribs.id, el.name === 'a' ? el.attribs.name : undefined])
          .filter((x): x is string => !!x),
      );
      idsByFile.set(file, ids);
    }
    return ids;
  };
  let internal = 0;
  let anchors = 0;
  let external = 0;

  /** Resolves an address against the page it is on; undefined for other sites. */
  const toTarget = (raw: string, pageUrl: URL): Target | undefined => {
    const url = new URL(raw, pageUrl);
    if (url.origin !== pageUrl.origin && url.origin !== origin) return undefined;
    if (!url.pathname.startsWith(dist.base)) throw new Error(`leder utanför webbplatsens bas ${dist.base}`);
    return { path: url.pathname.slice(dist.base.length - 1), anchor: url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined };
  };

  const follow = (from: string, raw: string, pageUrl: URL) => {
    const kind = linkKind(raw);
    if (kind === undefined) return problems.push(`${from}: ${raw.slice(0, 100)} har ett otillåtet schema`);
    if (kind === 'mailto' || kind === 'tel') return;
    let target: Target | undefined;
    try {
      target = toTarget(raw, pageUrl);
    } catch (e) {
      return problems.push(`${from}: ${raw} ${(e as Error).message}`);
    }
    if (!target) {
      external++;
      return;
    }
    internal++;
    const file = fileForPath(dist, target.path);
    if (!file) return problems.push(`${from}: ${raw} leder till ${target.path}, som inte finns i dist/`);
    if (target.anchor && target.anchor !== 'top') {
      anchors++;
      if (!file.endsWith('.html')) return problems.push(`${from}: ${raw} har ett ankare på en fil som inte är en sida`);
      if (!idsOf(file).has(target.anchor)) problems.push(`${from}: ${raw} pekar på #${target.anchor}, som inte finns på ${target.path}`);
    }
  };

  const pageUrlOf = (file: string) => new URL(`${dist.base}${file.replace(/(^|\/)index\.html$/, '$1')}`, origin);
  const files = htmlFiles(dist);
  for (const file of files) {
    const doc = parseHtml(readFileSync(join(dist.dir, file), 'utf8'));
    idsByFile.set(
      join(dist.dir, file),
      new Set(
        elements(doc)
          .flatMap((el) => [el.attribs.id, el.name === 'a' ? el.attribs.name : undefined])
          .filter((x): x is string => !!x),
      ),
    );
    const pageUrl = pageUrlOf(file);
    for (const [tag, attr] of LINK_ATTRIBUTES)
      for (const el of elements(doc, (e) => e.name === tag && e.attribs[attr] !== undefined)) follow(file, el.attribs[attr], pageUrl);
    for (const a of elements(doc, (e) => e.name === 'a' && e.attribs.href !== undefined)) {
      // An image in a link (the kommun's logo) names it by its alt text, as a screen reader reads it.
      const alts = DomUtils.findAll((e) => e.name === 'img', a.children).map((img) => img.attribs.alt ?? '');
      const text = (a.attribs['aria-label'] ?? [textOf(a), ...alts].join(' ').trim()).toLowerCase().replace(/[.:!]$/, '');
      if (!text) problems.push(`${file}: en länk till ${a.attribs.href} har ingen text`);
      else if (VAGUE_TEXTS.has(text)) problems.push(`${file}: länktexten "${text}" (${a.attribs.href}) säger inte vart den leder`);
    }
    for (const id of elements(doc, (e) => e.attribs.id !== undefined).map((e) => e.attribs.id)) if (!id.trim()) problems.push(`${file}: ett tomt id`);
  }

  // Every page is in the sitemap, and every sitemap address is a page.
  const inSitemap = new Set(sitemapPages(dist, { with404: false }));
  for (const page of inSitemap) follow('sitemap.xml', `${dist.base}${page}`, new URL(dist.base, origin));
  for (const file of files) {
    const path = file === '404.html' ? undefined : file.replace(/(^|\/)index\.html$/, '$1');
    if (path !== undefined && !inSitemap.has(path)) problems.push(`${file} finns inte i sitemap.xml`);
  }
  const siteRoot = new URL(dist.base, origin);
  const asLocal = (url: string) => (url.startsWith(origin) ? url.slice(origin.length) : url);
  const all = listFiles(dist.dir);
  if (all.includes('uppfoljningar/flode.xml')) {
    const feed = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'entry' || n === 'link' }).parse(
      readFileSync(join(dist.dir, 'uppfoljningar/flode.xml'), 'utf8'),
    ).feed;
    for (const link of [...feed.link, ...(feed.entry ?? []).flatMap((e: { link: unknown[] }) => e.link)] as Record<string, string>[])
      follow('uppfoljningar/flode.xml', asLocal(link['@_href']), siteRoot);
  } else problems.push('uppfoljningar/flode.xml saknas');
  if (all.includes('data/catalog.jsonld')) {
    const catalog = JSON.parse(readFileSync(join(dist.dir, 'data/catalog.jsonld'), 'utf8'));
    for (const d of catalog['dcat:dataset'] ?? []) {
      follow('data/catalog.jsonld', asLocal(d['dcat:landingPage']['@id']), siteRoot);
      for (const dist of d['dcat:distribution'] ?? []) follow('data/catalog.jsonld', asLocal(dist['dcat:downloadURL']['@id']), siteRoot);
    }
  } else problems.push('data/catalog.jsonld saknas');

  if (problems.length) {
    reportProblems('Trasiga eller otydliga länkar', problems);
    return 1;
  }
  console.log(
    `Länkkontroll: ${files.length} sidor, ${internal} interna länkar (varav ${anchors} till ankare) leder rätt; ${external} länkar till andra webbplatser har tillåtet schema (hämtas inte). Alla ${inSitemap.size} sidor i sitemap.xml finns.`,
  );
  return 0;
});

export type { Dist };
