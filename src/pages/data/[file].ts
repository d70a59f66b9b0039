// Every open-data file (data/<dataset>.csv, .json and catalog.jsonld), written
// as bytes so the CSV keeps its BOM exactly.
import type { APIRoute } from 'astro';
import { getOpenData } from '../../data/open-data-source';

export function getStaticPaths() {
  return [...getOpenData().files.keys()].map((path) => ({ params: { file: path.replace(/^data\//, '') } }));
}

export const GET: APIRoute = ({ params }) => {
  const file = getOpenData().files.get(`data/${params.file}`)!;
  return new Response(new TextEncoder().encode(file.body), { headers: { 'Content-Type': file.mediaType } });
};
