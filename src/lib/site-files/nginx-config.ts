// nginx-inställningar för webbplatsen: a `location` block for the base path,
// included in the kommun's own `server { ... }`. Same headers as _headers.
import { CACHE_CONTROL, MEDIA_TYPES, UTF8_EXTENSIONS } from './media-types';
import { commentText, serverPaths, type ServerSetup } from './server-setup';
import type { HeaderField } from './security-headers';

/** An nginx double-quoted string. `$` and `\` never get here (headerValueProblem), so a quote is all there is to escape. */
export function nginxString(value: string): string {
  if (/[$\\\r\n]/.test(value)) throw new Error(`Kan inte skrivas i nginx-inställningarna: ${JSON.stringify(value)}`);
  return `"${value.replace(/"/g, '\\"')}"`;
}

const INDENT = '    ';

/**
 * nginx forgets a surrounding block's add_header as soon as a block has one
 * of its own, so each location repeats the whole list.
 */
function headerLines(headers: readonly HeaderField[], cacheControl: string, depth: number): string[] {
  const pad = INDENT.repeat(depth);
  return [
    ...headers.map(([name, value]) => `${pad}add_header ${name} ${nginxString(value)} always;`),
    `${pad}add_header Cache-Control ${nginxString(cacheControl)};`,
  ];
}

function typesBlock(): string[] {
  const byType = new Map<string, string[]>();
  for (const [ext, type] of Object.entries(MEDIA_TYPES)) byType.set(type, [...(byType.get(type) ?? []), ext]);
  return [`${INDENT}types {`, ...[...byType].map(([type, exts]) => `${INDENT}${INDENT}${type} ${exts.join(' ')};`), `${INDENT}}`];
}

export function nginxConfig(setup: ServerSetup): string {
  const { base, headers } = setup;
  const at = serverPaths(base);
  const charsetTypes = [...new Set(UTF8_EXTENSIONS.map((ext) => MEDIA_TYPES[ext]))].filter((t) => t !== 'text/html');
  const lines = [
    `# Kundvalsguiden: nginx-inställningar för ${commentText(setup.address)}`,
    '# Skrivs av bygget (npm run build) från content/site.yaml. Ändra inte här: ändra site.yaml och bygg om.',
    '#',
    `# Kopiera innehållet i dist/ till ${base === '/' ? 'mappen som är root för server-blocket' : `mappen ${base.slice(1, -1)} under root för server-blocket`},`,
    '# lägg den här filen till exempel som /etc/nginx/snippets/kundvalsguiden.conf och skriv',
    '#     include snippets/kundvalsguiden.conf;',
    '# inuti server { ... } för webbplatsen. Prova med nginx -t och ladda om med nginx -s reload.',
    '# Strict-Transport-Security (om den finns nedan) gäller bara när webbplatsen nås med https.',
    '',
  ];
  if (base !== '/') lines.push(`location = ${base.slice(0, -1)} {`, `${INDENT}absolute_redirect off;`, `${INDENT}return 301 ${base};`, '}', '');
  lines.push(
    `location ${base} {`,
    `${INDENT}absolute_redirect off;`,
    `${INDENT}index index.html;`,
    `${INDENT}error_page 404 ${at.notFoundPage};`,
    ...typesBlock(),
    `${INDENT}default_type application/octet-stream;`,
    `${INDENT}charset utf-8;`,
    `${INDENT}charset_types ${charsetTypes.join(' ')};`,
    ...headerLines(headers, CACHE_CONTROL.other, 1),
    '',
    `${INDENT}location ${at.hashedAssets} {`,
    ...headerLines(headers, CACHE_CONTROL.hashedAssets, 2),
    `${INDENT}}`,
    '',
    `${INDENT}location = ${at.feed.path} {`,
    `${INDENT}${INDENT}types { }`,
    `${INDENT}${INDENT}default_type ${at.feed.type};`,
    ...headerLines(headers, CACHE_CONTROL.other, 2),
    `${INDENT}}`,
    '',
    `${INDENT}# Apaches och webbhotellens filer i dist/: inget för besökare.`,
    `${INDENT}location = ${base}.htaccess { return 404; }`,
    `${INDENT}location = ${base}_headers { return 404; }`,
    '}',
    '',
  );
  return lines.join('\n');
}
