// sitemap.xml from the pages the build wrote, sorted, so it is the same for the same content.
import { escapeXml } from '../safe-text/xml';

/** "anordnare/x/index.html" -> "anordnare/x/"; undefined for pages that are not for search engines (404). */
export function pagePathOf(htmlFile: string): string | undefined {
  const file = htmlFile.split('\\').join('/');
  if (file === '404.html' || file === '500.html') return undefined;
  if (file === 'index.html') return '';
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

export function sitemapXml(urls: Iterable<string>): string {
  const sortedUrls = [...new Set(urls)].sort();
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...sortedUrls.map((u) => `  <url><loc>${escapeXml(u)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}

/** Every <loc> in a sitemap, for the site checks. */
export function sitemapUrls(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) =>
    m[1]
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'"),
  );
}
