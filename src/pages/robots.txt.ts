// robots.txt: everything may be indexed; points to the sitemap.
import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog-source';
import { pageUrlFor } from '../lib/open-data/files';
import { paths } from '../lib/pages/paths';

export const GET: APIRoute = () => {
  const { site } = getCatalog();
  const body = `User-agent: *\nAllow: /\n\nSitemap: ${pageUrlFor(site.siteUrl, site.basePath)(paths.sitemap())}\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
