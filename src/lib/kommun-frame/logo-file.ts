// Whether the kommun's logo file is what its name says and safe to publish on
// the site's own address. An SVG is a document: opened on its own it runs its
// scripts with the site's origin and fetches what it links to, so only plain
// drawing is let through. A PNG, JPEG or WebP must really be one.
import { Parser } from 'htmlparser2';
import type { LogoExtension } from '../../schemas/kommun-frame';
import { formatByteSize, formatNumber } from '../locale/format';

export interface KommunLogo {
  extension: LogoExtension;
  bytes: Uint8Array<ArrayBuffer>;
}

/** Far more than a logo needs; a bigger file slows every page. */
export const MAX_LOGO_BYTES = 512 * 1024;

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const RASTER: Record<Exclude<LogoExtension, 'svg'>, { name: string; is: (b: Uint8Array) => boolean }> = {
  png: { name: 'PNG', is: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  jpg: { name: 'JPEG', is: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  jpeg: { name: 'JPEG', is: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  webp: { name: 'WebP', is: (b) => startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8) },
};

/** Elements that run code, embed another document or animate a link target. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'audio', 'video', 'handler', 'listener']);
const DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$/i;

/** What in an SVG would run code or load something, in words; undefined when it only draws. */
export function svgProblem(text: string): string | undefined {
  const problems: string[] = [];
  let firstElement: string | undefined;
  const parser = new Parser(
    {
      onprocessinginstruction(name) {
        if (/^!(doctype|entity)/i.test(name)) problems.push('en <!DOCTYPE> eller <!ENTITY> (kan hämta andra filer)');
      },
      onopentag(rawName, attrs) {
        const name = rawName.toLowerCase();
        firstElement ??= name;
        if (FORBIDDEN_ELEMENTS.has(name)) problems.push(`<${rawName}>`);
        for (const [attr, value] of Object.entries(attrs)) {
          const a = attr.toLowerCase();
          if (a.startsWith('on')) problems.push(`händelseattributet ${attr}`);
          else if (a === 'href' || a.endsWith(':href')) {
            const v = value.trim();
            if (!v.startsWith('#') && !(name === 'image' && DATA_IMAGE.test(v)))
              problems.push(`en länk till en annan fil eller webbplats (${attr}="${v.slice(0, 40)}")`);
          } else if (a === 'attributename' && /href/i.test(value)) problems.push(`<${rawName}> som ändrar en länk`);
          else if (/url\(\s*['"]?(?!#)/i.test(value)) problems.push(`en url(...) till en annan fil i ${attr}`);
        }
      },
      ontext(data) {
        if (/@import|url\(\s*['"]?(?!#)/i.test(data)) problems.push('en stilmall som hämtar en annan fil (@import eller url(...))');
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(text);
  if (firstElement !== 'svg') return 'en SVG-bild. Filen börjar inte med <svg>';
  return problems.length ? `en SVG-bild som bara ritar. Filen har ${[...new Set(problems)].join(', ')}` : undefined;
}

/** Why a file of this many bytes is too big for the logo; undefined when it is not. */
export function logoSizeProblem(size: number): string | undefined {
  if (size <= MAX_LOGO_BYTES) return undefined;
  const limit = formatByteSize(MAX_LOGO_BYTES);
  // Just over the limit rounds to the limit itself: then say the bytes.
  const shown = formatByteSize(size) === limit ? `${formatNumber(size, 0)} byte` : formatByteSize(size);
  return `en bild på högst ${limit}. Filen är ${shown}: spara en mindre version`;
}

/**
 * Why the file cannot be the logo, as what was expected; undefined when it can.
 * The extension has already been checked by the site schema.
 */
export function logoFileProblem(bytes: Uint8Array, extension: LogoExtension): string | undefined {
  const tooBig = logoSizeProblem(bytes.length);
  if (tooBig) return tooBig;
  if (extension !== 'svg') {
    const kind = RASTER[extension];
    return kind.is(bytes)
      ? undefined
      : `en ${kind.name}-bild. Filen slutar på .${extension} men är ingen ${kind.name}-bild (kanske en annan sorts fil med fel namn)`;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'en SVG-bild sparad som UTF-8. Filen går inte att läsa som text';
  }
  const problem = svgProblem(text.replace(/^\uFEFF/, ''));
  return problem ? `${problem}. Spara logotypen som enkel SVG (t.ex. "Vanlig SVG" i Inkscape) eller som PNG` : undefined;
}
