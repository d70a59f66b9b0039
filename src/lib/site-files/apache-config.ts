// .htaccess for Apache: read where it lies, in the folder the site is copied to.
// Same headers as _headers and the nginx configuration.
import { CACHE_CONTROL, MEDIA_TYPES, UTF8_EXTENSIONS } from './media-types';
import { commentText, serverPaths, type ServerSetup } from './server-setup';

/**
 * An Apache double-quoted argument for Header: a quote is escaped, and `%`
 * (mod_headers' format sign) doubled. `$` and `\` never get here (headerValueProblem).
 */
export function apacheHeaderString(value: string): string {
  if (/[$\\\r\n]/.test(value)) throw new Error(`Kan inte skrivas i Apache-inställningarna: ${JSON.stringify(value)}`);
  return `"${value.replace(/%/g, '%%').replace(/"/g, '\\"')}"`;
}

const INDENT = '    ';
const regexEscape = (text: string) => text.replace(/[.*+?^${}()|[\]\\#]/g, '\\$&');

export function apacheConfig(setup: ServerSetup): string {
  const { base, headers } = setup;
  const at = serverPaths(base);
  const feedFile = at.feed.path.slice(at.feed.path.lastIndexOf('/') + 1);
  const exts = Object.entries(MEDIA_TYPES);
  return [
    `# Kundvalsguiden: Apache-inställningar för ${commentText(setup.address)}`,
    '# Skrivs av bygget (npm run build) från content/site.yaml. Ändra inte här: ändra site.yaml och bygg om.',
    '#',
    `# Filen följer med innehållet i dist/ till mappen ${base} på webbservern. Apache läser den där om`,
    '# AllowOverride tillåter det (FileInfo räcker; alla direktiv här hör dit) och mod_headers är påslagen',
    '# (a2enmod headers). Annars: lägg innehållet i <Directory> för mappen i serverns inställningar.',
    '# Strict-Transport-Security (om den finns nedan) gäller bara när webbplatsen nås med https.',
    '',
    'AddDefaultCharset utf-8',
    '<IfModule mod_mime.c>',
    ...exts.map(([ext, type]) => `${INDENT}AddType ${type} .${ext}`),
    `${INDENT}AddCharset utf-8 ${UTF8_EXTENSIONS.filter((e) => e !== 'html' && e !== 'txt')
      .map((e) => `.${e}`)
      .join(' ')}`,
    '</IfModule>',
    `<Files "${feedFile}">`,
    `${INDENT}ForceType "${at.feed.type}; charset=utf-8"`,
    '</Files>',
    `ErrorDocument 404 ${at.notFoundPage}`,
    '',
    '<IfModule mod_headers.c>',
    ...headers.map(([name, value]) => `${INDENT}Header always set ${name} ${apacheHeaderString(value)}`),
    `${INDENT}Header set Cache-Control ${apacheHeaderString(CACHE_CONTROL.other)}`,
    `${INDENT}<If "%{REQUEST_URI} =~ m#^${regexEscape(at.hashedAssets)}#">`,
    `${INDENT}${INDENT}Header set Cache-Control ${apacheHeaderString(CACHE_CONTROL.hashedAssets)}`,
    `${INDENT}</If>`,
    '</IfModule>',
    '',
    '# Webbhotellens fil i dist/: inget för besökare.',
    '<IfModule mod_alias.c>',
    `${INDENT}RedirectMatch 404 ^${regexEscape(base)}_headers$`,
    '</IfModule>',
    '',
  ].join('\n');
}
