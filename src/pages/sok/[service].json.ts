// The search file of each service (sok/<service>.json): what the filter and
// search islands fetch. Built from the catalog; no suppressed values.
import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog-source';
import { buildSearchFile } from '../../lib/search/search-data';

export function getStaticPaths() {
  return getCatalog().services.map((s) => ({ params: { service: s.id } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(buildSearchFile(getCatalog(), params.service!)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
