// One file per selectable provider or unit (jamfor/<service>/<id>.json): the
// comparison page fetches the two to four it shows, so no page loads them all.
import type { APIRoute } from 'astro';
import { getCatalog } from '../../../data/catalog-source';
import { buildCompareEntry } from '../../../lib/compare/entry';

export function getStaticPaths() {
  const catalog = getCatalog();
  return catalog.services.flatMap((s) =>
    catalog
      .choicesForService(s.id)
      .filter((c) => c.selectable)
      .map((c) => ({ params: { service: s.id, choice: c.id }, props: { choice: c } })),
  );
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(buildCompareEntry(getCatalog(), props.choice)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
