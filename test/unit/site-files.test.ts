// Files the host and search engines read: the Content-Security-Policy with inline hashes and sitemap.xml.
// The server files (_headers, nginx, Apache) are in server-config.test.ts.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, cspMetaTag, findInlineBlocks, hashesOf, sha256Source, withPageCsp } from '../../src/lib/site-files/csp';
import { pagePathOf, sitemapUrls, sitemapXml } from '../../src/lib/site-files/sitemap';

const page = (head: string, body = '') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8">${cspMetaTag(contentSecurityPolicy({ forMeta: true }))}${head}</head><body>${body}</body></html>`;

describe('findInlineBlocks', () => {
  it.each([
    ['an inline script', '<script>customElements.define("x", X)</script>', ['customElements.define("x", X)'], []],
    ['a module script', '<script type="module">import "a";</script>', ['import "a";'], []],
    ['an external script is not inline', '<script type="module" src="/_astro/a.js"></script>', [], []],
    ['JSON-LD is data, never run', '<script type="application/ld+json">{"a":"</"}</script>', [], []],
    ['entities in a script stay as written', '<script>a&amp;&amp;b</script>', ['a&amp;&amp;b'], []],
    ['a style element', '<style>astro-island{display:contents}</style>', [], ['astro-island{display:contents}']],
  ])('%s', (_what, html, scripts, styles) => {
    expect(findInlineBlocks(page(html))).toEqual({ scripts, styles });
  });
});

describe('sha256Source', () => {
  it('is the CSP source for the exact text', () => {
    const text = 'alert(1)';
    expect(sha256Source(text)).toBe(`'sha256-${createHash('sha256').update(text).digest('base64')}'`);
  });
});

describe('contentSecurityPolicy', () => {
  it('allows only this site, no inline code, and framing only by the site itself', () => {
    expect(contentSecurityPolicy()).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'",
    );
  });
  it('lets the origins from site.yaml frame the site too, each once', () => {
    expect(contentSecurityPolicy({ frameAncestors: ['https://www.kommun.example', 'https://intra.kommun.example', 'https://www.kommun.example'] })).toMatch(
      /; frame-ancestors 'self' https:\/\/www\.kommun\.example https:\/\/intra\.kommun\.example$/,
    );
  });
  it('adds hashes sorted and once, and leaves frame-ancestors out of a meta tag', () => {
    const policy = contentSecurityPolicy({ scriptHashes: ["'sha256-b'", "'sha256-a'", "'sha256-a'"], forMeta: true });
    expect(policy).toContain("script-src 'self' 'sha256-a' 'sha256-b';");
    expect(policy).not.toContain('frame-ancestors');
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
  });
});

describe('withPageCsp', () => {
  it("allows exactly the page's own inline blocks", () => {
    const html = withPageCsp(page('<style>a{}</style>', '<script>go()</script>'));
    const hashes = hashesOf({ scripts: ['go()'], styles: ['a{}'] });
    expect(html).toContain(`script-src 'self' ${hashes.scriptHashes[0]};`);
    expect(html).toContain(`style-src 'self' ${hashes.styleHashes[0]};`);
    expect(withPageCsp(html)).toBe(html);
  });
  it('leaves a page without inline blocks as it was, and a page without the tag alone', () => {
    expect(withPageCsp(page(''))).toBe(page(''));
    expect(withPageCsp('<html><script>x()</script></html>')).toBe('<html><script>x()</script></html>');
  });
});

describe('sitemap', () => {
  it.each([
    ['index.html', ''],
    ['anordnare/solgarden/index.html', 'anordnare/solgarden/'],
    ['404.html', undefined],
    ['annan.html', 'annan.html'],
  ])('%s -> %j', (file, path) => expect(pagePathOf(file)).toBe(path));

  it('lists each address once, sorted, escaped', () => {
    const xml = sitemapXml(['https://x.example/b/', 'https://x.example/a/?q=1&r=2', 'https://x.example/b/']);
    expect(xml).toContain('<url><loc>https://x.example/a/?q=1&amp;r=2</loc></url>\n  <url><loc>https://x.example/b/</loc></url>');
    expect(sitemapUrls(xml)).toEqual(['https://x.example/a/?q=1&r=2', 'https://x.example/b/']);
  });
});
