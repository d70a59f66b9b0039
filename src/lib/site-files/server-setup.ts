// What every server configuration the build writes is made from: the base
// path, the site's address and the one list of headers (security-headers.ts).
import { paths, withBase } from '../pages/paths';
import type { HeaderField } from './security-headers';
import { FEED_MEDIA_TYPE, HASHED_ASSETS_DIR } from './media-types';

export interface ServerSetup {
  /** "/" or "/kundval/", validated in the site schema. */
  base: string;
  /** The site's full address, for the comment at the top: "https://www.kommun.se/kundval/". */
  address: string;
  headers: readonly HeaderField[];
}

export function serverSetup(base: string, siteUrl: string, headers: readonly HeaderField[]): ServerSetup {
  if (!/^\/([a-z0-9-]+\/)*$/.test(base)) throw new Error(`Ogiltig basPath för serverinställningarna: ${JSON.stringify(base)}`);
  return { base, address: new URL(base, siteUrl).href, headers };
}

/** Addresses under the base that the configurations name. */
export function serverPaths(base: string) {
  return {
    hashedAssets: withBase(base, HASHED_ASSETS_DIR),
    notFoundPage: withBase(base, '404.html'),
    feed: { path: withBase(base, paths.feed()), type: FEED_MEDIA_TYPE },
  };
}

/** One line for a comment in a configuration file: nothing that could end the comment. */
export function commentText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
}
