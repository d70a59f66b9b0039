// Site addresses, relative to the site's base path. Swedish words, because
// people read and share them.
export const paths = {
  home: () => '',
  service: (id: string) => `tjanster/${id}/`,
  serviceTable: (id: string) => `tjanster/${id}/tabell/`,
  provider: (id: string) => `anordnare/${id}/`,
  unit: (id: string) => `enheter/${id}/`,
  indicators: () => 'indikatorer/',
  indicator: (id: string) => `indikatorer/${id}/`,
  /** Where the words rule ("högre", "lägre", "i nivå med kommunens snitt") is explained. */
  compareRule: () => 'indikatorer/#sa-jamfor-vi',
  accessibility: () => 'tillganglighet/',
  followUps: () => 'uppfoljningar/',
  /** One filter of the follow-ups list: facet tjanst, typ or atgard (lib/catalog/follow-up-filters.ts). */
  followUpsFiltered: (facet: string, slug: string) => `uppfoljningar/${facet}/${slug}/`,
  /** Atom feed of follow-ups and status changes. */
  feed: () => 'uppfoljningar/flode.xml',
  openData: () => 'oppna-data/',
  sitemap: () => 'sitemap.xml',
  changes: () => 'nytt-och-andrat/',
  search: () => 'sok/',
  compare: () => 'jamfor/',
  /** The search file of a service (built at build time, fetched by the search islands). */
  searchData: (serviceId: string) => `sok/${serviceId}.json`,
  /** The kommun's logo, copied from content/ (site.yaml kommunFrame.logo.file). */
  kommunLogo: (extension: string) => `kommun/logotyp.${extension}`,
  /** One provider or unit as the comparison page reads it. */
  compareData: (serviceId: string, id: string) => `jamfor/${serviceId}/${id}.json`,
};

/** Fragments (after #) on provider and unit pages that other pages link to. */
export const anchors = {
  /** One follow-up in the page's list of follow-ups. */
  followUp: (id: string) => `uppfoljning-${id}`,
  /** The page's summary, where its status is told with the kommun's note. */
  status: 'status',
};

/** Joins the configured base ("/" or "/kundval/") with a path from `paths`. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\//, '')}`;
}

/** A link maker bound to one base path: `href(paths.service(id))`. */
export type Href = (path: string) => string;

/** The site's one way to link: made once from the base (src/components/href.ts), so no page or component repeats it. */
export function makeHref(base: string): Href {
  return (path) => withBase(base, path);
}
