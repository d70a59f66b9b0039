// The kommun's logo (site.yaml kommunFrame.logo.file), published under the
// site's own base path: the pages never load an image from another host.
import type { APIRoute } from 'astro';
import { kommunLogo } from '../../data/content-source';
import { contentTypeFor } from '../../lib/site-files/media-types';

export function getStaticPaths() {
  const logo = kommunLogo();
  return logo ? [{ params: { ext: logo.extension } }] : [];
}

export const GET: APIRoute = () => {
  const logo = kommunLogo();
  if (!logo) return new Response(null, { status: 404 });
  return new Response(logo.bytes, { headers: { 'Content-Type': contentTypeFor(`logotyp.${logo.extension}`) } });
};
