// The site's links: every page, layout and component links through this one
// `href`, bound once to the configured base path ("/" or "/kundval/").
// Lib code never reads Astro's environment; it gets `makeHref` a base instead.
import { makeHref } from '../lib/pages/paths';

export const href = makeHref(import.meta.env.BASE_URL);
