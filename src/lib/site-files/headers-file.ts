// _headers: the file Netlify, Cloudflare Pages and similar hosts read. Same
// headers as the nginx and Apache configurations (security-headers.ts).
import { CACHE_CONTROL } from './media-types';
import { serverPaths, type ServerSetup } from './server-setup';

export function headersFile(setup: ServerSetup): string {
  return [
    '/*',
    ...setup.headers.map(([name, value]) => `  ${name}: ${value}`),
    // Only the hashed files get a rule of their own: hosts join the values of a
    // header set by two matching rules, so pages keep the host's own short default.
    `${serverPaths(setup.base).hashedAssets}*`,
    `  Cache-Control: ${CACHE_CONTROL.hashedAssets}`,
    '',
  ].join('\n');
}
