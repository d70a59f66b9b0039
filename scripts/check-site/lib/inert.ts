// What makes a built page safe to publish from data many people type: no
// markup from content, no inline event handlers or styles, no inline script
// the CSP does not allow by hash, links only to http(s), mailto and tel.
import { DomUtils } from 'htmlparser2';
import type { Element } from 'domhandler';
import { contentSecurityPolicy, findInlineBlocks, hashesOf } from '../../../src/lib/site-files/csp';
import { elements, parseHtml } from './dist';

/** Attributes that hold an address a browser may follow or load. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'poster', 'cite', 'data', 'xlink:href', 'ping', 'background', 'manifest'];
/** Elements that must never come from content. */
const FORBIDDEN_ELEMENTS = new Set(['iframe', 'frame', 'object', 'embed', 'applet', 'base', 'frameset', 'math']);

export type LinkKind = 'internal' | 'web' | 'mailto' | 'tel';

/** How a link is classified: relative and same-site addresses are internal; anything else must be http(s), mailto or tel. */
export function linkKind(value: string): LinkKind | undefined {
  const v = value.trim();
  if (/^(https?:)?\/\//i.test(v)) return /^https?:\/\//i.test(v) ? 'web' : undefined;
  if (/^mailto:/i.test(v)) return 'mailto';
  if (/^tel:/i.test(v)) return 'tel';
  // No scheme at all: a path, a query or an anchor on this site.
  if (!/^[a-z][a-z0-9+.-]*:/i.test(v) && !/[\u0000-\u001f]/.test(v)) return 'internal';
  return undefined;
}

/** Problems on one page, each as a line for a person to read. */
export function inspectPage(
  html: string,
  { allowedScriptHashes, allowedStyleHashes }: { allowedScriptHashes?: Set<string>; allowedStyleHashes?: Set<string> } = {},
): string[] {
  const problems: string[] = [];
  const doc = parseHtml(html);
  for (const el of elements(doc)) {
    if (FORBIDDEN_ELEMENTS.has(el.name)) problems.push(`<${el.name}> får inte finnas`);
    if (el.name === 'meta' && /refresh/i.test(el.attribs['http-equiv'] ?? '')) problems.push('<meta http-equiv="refresh"> får inte finnas');
    for (const [name, value] of Object.entries(el.attribs)) {
      if (/^on/i.test(name)) problems.push(`<${el.name}> har händelseattributet ${name}="${value.slice(0, 60)}"`);
      if (name === 'style') problems.push(`<${el.name}> har ett style-attribut (inline-stil)`);
      if (name === 'srcdoc') problems.push(`<${el.name}> har srcdoc`);
      if (URL_ATTRIBUTES.includes(name) && linkKind(value) === undefined)
        problems.push(`<${el.name} ${name}="${value.slice(0, 80)}"> har ett otillåtet schema (bara http(s), mailto och tel)`);
      if (name === 'srcset')
        for (const part of value.split(',')) {
          const url = part.trim().split(/\s+/)[0];
          if (url && linkKind(url) === undefined) problems.push(`<${el.name} srcset> har ett otillåtet schema: ${url.slice(0, 80)}`);
        }
    }
  }
  for (const block of elements(doc, (el) => el.name === 'script' && /ld\+json/i.test(el.attribs.type ?? ''))) {
    try {
      JSON.parse(DomUtils.textContent(block));
    } catch {
      problems.push('ett JSON-LD-block är inte giltig JSON');
    }
  }
  const csp = cspOfPage(doc);
  const inline = hashesOf(findInlineBlocks(html));
  if (!csp) problems.push('sidan saknar <meta http-equiv="Content-Security-Policy">');
  else {
    if (/unsafe-inline|unsafe-eval/.test(csp)) problems.push(`CSP tillåter unsafe-inline eller unsafe-eval: ${csp}`);
    const sources = new Set(csp.split(/[ ;]+/));
    for (const h of inline.scriptHashes) if (!sources.has(h)) problems.push(`inline-skript med ${h} är inte tillåtet i sidans CSP`);
    for (const h of inline.styleHashes) if (!sources.has(h)) problems.push(`inline-stil med ${h} är inte tillåten i sidans CSP`);
    const expected = contentSecurityPolicy({ ...inline, forMeta: true });
    if (csp !== expected) problems.push(`sidans CSP är inte den väntade.\n      Fick:   ${csp}\n      Väntat: ${expected}`);
  }
  for (const h of inline.scriptHashes) if (allowedScriptHashes && !allowedScriptHashes.has(h)) problems.push(`inline-skript med ${h} saknas i _headers`);
  for (const h of inline.styleHashes) if (allowedStyleHashes && !allowedStyleHashes.has(h)) problems.push(`inline-stil med ${h} saknas i _headers`);
  return problems;
}

function cspOfPage(doc: ReturnType<typeof parseHtml>): string | undefined {
  const meta = elements(doc, (el: Element) => el.name === 'meta' && (el.attribs['http-equiv'] ?? '').toLowerCase() === 'content-security-policy')[0];
  return meta?.attribs.content;
}

/** Keys whose string values are addresses (open data, the catalogue, a search index). */
const URL_KEY = /url|href|link|page|homepage|^@id$/i;

/**
 * Problems in a JSON file from dist/ (open data, catalogue, search index): an
 * address under a URL-like key that is not http(s), mailto, tel or a site path.
 * Also gives every string, for checks that look for a text.
 */
export function inspectJson(value: unknown, strings = new Set<string>(), key = ''): { problems: string[]; strings: Set<string> } {
  const problems: string[] = [];
  const walk = (v: unknown, k: string) => {
    if (typeof v === 'string') {
      strings.add(v);
      if (URL_KEY.test(k) && v && linkKind(v) === undefined) problems.push(`${k} = ${v.slice(0, 80)} har ett otillåtet schema`);
    } else if (Array.isArray(v)) for (const x of v) walk(x, k);
    else if (v && typeof v === 'object') for (const [kk, x] of Object.entries(v)) walk(x, kk);
  };
  walk(value, key);
  return { problems, strings };
}
