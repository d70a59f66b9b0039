// The Content-Security-Policy of the built site: nothing from other hosts and
// no inline script or style, except the exact inline blocks found in the
// built pages (Astro's island bootstrap), allowed by their sha256 hash.
import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';

export interface InlineBlocks {
  scripts: string[];
  styles: string[];
}

/** Script types a browser runs; JSON-LD and other data blocks are never run, so CSP does not apply to them. */
function isExecutable(type: string | undefined): boolean {
  if (type === undefined) return true;
  const t = type.trim().toLowerCase();
  return t === '' || t === 'module' || /^(text|application)\/(x-)?(java|ecma)script$/.test(t);
}

/** The text of every inline script a browser would run and every style element, as written in the file. */
export function findInlineBlocks(html: string): InlineBlocks {
  const found: InlineBlocks = { scripts: [], styles: [] };
  let current: { kind: 'scripts' | 'styles'; text: string } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'script' && attrs.src === undefined && isExecutable(attrs.type)) current = { kind: 'scripts', text: '' };
        else if (name === 'style') current = { kind: 'styles', text: '' };
      },
      ontext(text) {
        if (current) current.text += text;
      },
      onclosetag(name) {
        if (current && (name === 'script' || name === 'style')) {
          found[current.kind].push(current.text);
          current = undefined;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return found;
}

export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export interface PolicyOptions {
  scriptHashes?: Iterable<string>;
  styleHashes?: Iterable<string>;
  /** A policy in a <meta> tag cannot hold frame-ancestors (browsers ignore it there). */
  forMeta?: boolean;
  /** Other sites (origins, validated in the site schema) that may show this one in a frame, besides itself. */
  frameAncestors?: readonly string[];
}

const sorted = (items: Iterable<string> | undefined) => [...new Set(items ?? [])].sort();

export function contentSecurityPolicy({ scriptHashes, styleHashes, forMeta = false, frameAncestors = [] }: PolicyOptions = {}): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...sorted(scriptHashes)],
    ['style-src', "'self'", ...sorted(styleHashes)],
    ['img-src', "'self'"],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
  // The site may frame itself; a kommun that shows it inside its own pages lists its origin in site.yaml.
  if (!forMeta) directives.push(['frame-ancestors', "'self'", ...[...new Set(frameAncestors)]]);
  return directives.map((d) => d.join(' ')).join('; ');
}

/** Sends no address of the page a visitor came from to any other site. */
export const REFERRER_POLICY = 'no-referrer';

/** The hashes one page needs. */
export function hashesOf(blocks: InlineBlocks): { scriptHashes: string[]; styleHashes: string[] } {
  return { scriptHashes: sorted(blocks.scripts.map(sha256Source)), styleHashes: sorted(blocks.styles.map(sha256Source)) };
}

const META = /<meta http-equiv="Content-Security-Policy"[^>]*>/i;

export function cspMetaTag(policy: string): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`;
}

/**
 * The page with its CSP meta tag set to allow exactly its own inline blocks.
 * Pages without the tag (it is only in the production layout) are left as they are.
 */
export function withPageCsp(html: string): string {
  if (!META.test(html)) return html;
  const policy = contentSecurityPolicy({ ...hashesOf(findInlineBlocks(html)), forMeta: true });
  return html.replace(META, cspMetaTag(policy));
}
