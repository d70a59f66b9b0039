// Which Content-Type each kind of file in dist/ is sent with, and how long
// browsers may keep it: the same for the nginx and Apache configurations.

/** File extension -> media type, for every kind of file the build writes (and a kommun's logo). */
export const MEDIA_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  mjs: 'text/javascript',
  json: 'application/json',
  jsonld: 'application/ld+json',
  map: 'application/json',
  webmanifest: 'application/manifest+json',
  xml: 'application/xml',
  rdf: 'application/rdf+xml',
  atom: 'application/atom+xml',
  txt: 'text/plain',
  csv: 'text/csv',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  ico: 'image/x-icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
  pdf: 'application/pdf',
};

/** Text files the build writes in UTF-8: sent with "; charset=utf-8" so å, ä and ö survive in every browser and in Excel. */
export const UTF8_EXTENSIONS: readonly string[] = ['html', 'css', 'js', 'mjs', 'json', 'jsonld', 'map', 'webmanifest', 'xml', 'rdf', 'atom', 'txt', 'csv'];

/** The Content-Type a file gets, by its name. */
export function contentTypeFor(fileName: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const type = MEDIA_TYPES[ext] ?? 'application/octet-stream';
  return UTF8_EXTENSIONS.includes(ext) ? `${type}; charset=utf-8` : type;
}

/** The Atom feed is named .xml (uppfoljningar/flode.xml), so it is given its own type by path. */
export const FEED_MEDIA_TYPE = 'application/atom+xml';

/** Where Astro writes files whose names carry a hash of their content: a new build writes new names. */
export const HASHED_ASSETS_DIR = '_astro/';

export const CACHE_CONTROL = {
  /** Hashed files never change under their name: a year, and no revalidation. */
  hashedAssets: 'public, max-age=31536000, immutable',
  /** Pages, open data, the feed and theme.css: a new publication reaches visitors within five minutes. */
  other: 'public, max-age=300',
} as const;
