// The kommun's colours as a stylesheet, so no page needs an inline style
// (the Content-Security-Policy allows no inline styles or scripts).
import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog-source';

export const GET: APIRoute = () => {
  const { theme } = getCatalog().site;
  // Colours are validated as #RRGGBB in the site schema, so they are safe to write here.
  const css = `:root{--color-primary:${theme.primary};--color-accent:${theme.accent};}\n`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
