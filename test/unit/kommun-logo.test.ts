// The kommun's logo is published on the site's own address, so an SVG may
// only draw: opened on its own it would otherwise run scripts as the site, or
// fetch from another host. A PNG, JPEG or WebP must really be one.
import { describe, expect, it } from 'vitest';
import { logoFileProblem, MAX_LOGO_BYTES, svgProblem } from '../../src/lib/kommun-frame/logo-file';

const svg = (inner: string, attrs = '') => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"${attrs}>${inner}</svg>`;
const bytes = (text: string) => new TextEncoder().encode(text);

describe('svgProblem', () => {
  it.each([
    ['shapes, gradients and text', svg('<defs><linearGradient id="g"/></defs><circle r="3" fill="url(#g)"/><text>Kommun</text>')],
    ['an XML declaration and a comment', `<?xml version="1.0" encoding="UTF-8"?><!-- Inkscape -->${svg('<path d="M0 0"/>')}`],
    ['an internal reference', svg('<use href="#a"/><use xlink:href="#b"/>')],
    ['a style that fills from inside', svg('<style>.a{fill:url(#g)}</style><rect class="a"/>')],
    ['an embedded PNG', svg('<image href="data:image/png;base64,iVBORw0KGgo="/>')],
  ])('lets through %s', (_what, text) => {
    expect(svgProblem(text)).toBeUndefined();
  });

  it.each([
    ['a script', svg('<script>alert(1)</script>'), '<script>'],
    ['a script in another case', svg('<SCRIPT>alert(1)</SCRIPT>'), '<SCRIPT>'],
    ['an event attribute', svg('<rect onclick="alert(1)"/>'), 'händelseattributet onclick'],
    ['an event attribute on the root', svg('', ' onload="alert(1)"'), 'händelseattributet onload'],
    ['embedded HTML', svg('<foreignObject><div>hej</div></foreignObject>'), '<foreignObject>'],
    ['a javascript: link', svg('<a href="javascript:alert(1)"><text>x</text></a>'), 'en länk till en annan fil eller webbplats (href="javascript:alert(1)")'],
    [
      'an xlink to another host',
      svg('<image xlink:href="https://annan.example/a.png"/>'),
      'en länk till en annan fil eller webbplats (xlink:href="https://annan.example/a.png")',
    ],
    ['an SVG data: image (it could hold a script)', svg('<image href="data:image/svg+xml;base64,PHN2Zz4="/>'), 'en länk till en annan fil eller webbplats'],
    ['a use of another file', svg('<use href="sprites.svg#a"/>'), 'en länk till en annan fil eller webbplats (href="sprites.svg#a")'],
    ['an animation that changes a link', svg('<a href="#a"><set attributeName="href" to="javascript:alert(1)"/></a>'), '<set> som ändrar en länk'],
    ['a style that imports', svg('<style>@import url(https://annan.example/a.css);</style>'), 'en stilmall som hämtar en annan fil'],
    ['a style attribute that loads', svg('<rect style="fill:url(https://annan.example/a.svg#g)"/>'), 'en url(...) till en annan fil i style'],
    ['a doctype with entities', `<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>${svg('<text>&x;</text>')}`, 'en <!DOCTYPE> eller <!ENTITY>'],
    ['HTML, not SVG', '<html><body><script>alert(1)</script></body></html>', 'Filen börjar inte med <svg>'],
  ])('refuses %s', (_what, text, says) => {
    expect(svgProblem(text)).toContain(says);
  });
});

describe('logoFileProblem', () => {
  const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0];
  const JPEG = [0xff, 0xd8, 0xff, 0xe0, 0, 0];
  const WEBP = [...bytes('RIFF'), 0, 0, 0, 0, ...bytes('WEBP')];

  it.each([
    ['png', PNG],
    ['jpg', JPEG],
    ['jpeg', JPEG],
    ['webp', WEBP],
  ] as const)('accepts a real %s', (extension, signature) => {
    expect(logoFileProblem(new Uint8Array(signature), extension)).toBeUndefined();
  });

  it.each([
    ['png', JPEG, 'en PNG-bild. Filen slutar på .png men är ingen PNG-bild (kanske en annan sorts fil med fel namn)'],
    ['jpg', PNG, 'en JPEG-bild. Filen slutar på .jpg men är ingen JPEG-bild (kanske en annan sorts fil med fel namn)'],
    ['webp', [...bytes('<svg>')], 'en WebP-bild. Filen slutar på .webp men är ingen WebP-bild (kanske en annan sorts fil med fel namn)'],
  ] as const)('refuses a .%s that is something else', (extension, content, message) => {
    expect(logoFileProblem(new Uint8Array(content), extension)).toBe(message);
  });

  it('refuses an SVG that is not UTF-8 text, and says how to save a plain one', () => {
    expect(logoFileProblem(new Uint8Array([0x3c, 0x73, 0x76, 0x67, 0xff, 0xfe]), 'svg')).toBe('en SVG-bild sparad som UTF-8. Filen går inte att läsa som text');
    expect(logoFileProblem(bytes(svg('<script/>')), 'svg')).toMatch(/Spara logotypen som enkel SVG .* eller som PNG$/);
    expect(logoFileProblem(bytes(`\uFEFF${svg('<circle r="1"/>')}`), 'svg')).toBeUndefined();
  });

  it('refuses a file over the size limit', () => {
    expect(logoFileProblem(new Uint8Array(MAX_LOGO_BYTES + 1), 'png')).toBe('en bild på högst 512 kB. Filen är 524 289 byte: spara en mindre version');
    expect(logoFileProblem(new Uint8Array(2 * MAX_LOGO_BYTES), 'png')).toBe('en bild på högst 512 kB. Filen är 1 MB: spara en mindre version');
    expect(logoFileProblem(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(MAX_LOGO_BYTES - 8).fill(0)]), 'png')).toBeUndefined();
  });
});
