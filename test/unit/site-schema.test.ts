// site.yaml's publishing settings as kommun staff read the errors: theme
// colours checked for contrast, the headers (frame-ancestors, HSTS) and the
// kommun's own frame (kommunFrame). Each error names the field, the value and
// what is expected, in Swedish.
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/data/load-content';
import { siteSchema } from '../../src/schemas/site';
import { originSchema } from '../../src/schemas/site-headers';
import { copyValidContent, type ContentCopy } from './support/content-fixture';

/** Errors from the fixture content with YAML added to the end of site.yaml. */
function errorsWith(yaml: string): string[] {
  const c = copyValidContent();
  appendFileSync(c.path('site.yaml'), yaml);
  return c.errors();
}

describe('theme colours must be readable (WCAG AA 4,5:1)', () => {
  it('accepts the default colours and any dark enough', () => {
    const base = siteSchema.shape.theme;
    expect(base.parse(undefined)).toEqual({ primary: '#005a9c', accent: '#6b2c91' });
    expect(base.safeParse({ primary: '#1d1d1b', accent: '#003366' }).success).toBe(true);
  });

  it('refuses a light primary colour, naming the field, the value and the ratios', () => {
    expect(errorsWith('theme:\n  primary: "#7fb2e5"\n')).toMatchInlineSnapshot(`
      [
        "content/site.yaml, rad 33, fält theme.primary: värdet är "#7fb2e5". Förväntat: en färg med kontrast minst 4,5:1 mot vit och mot ljusgrå #f4f5f7 (WCAG 2.1 AA), eftersom färgen är bakgrund till vit text i sidhuvudet och på knappar, och färg på länkar på vit och ljusgrå botten. #7fb2e5 ger 2,23:1 mot vit och 2,04:1 mot ljusgrå #f4f5f7. Välj en mörkare färg.",
      ]
    `);
  });

  it('refuses a primary that passes on white but not on the grey footer', () => {
    expect(errorsWith('theme:\n  primary: "#767676"\n')).toMatchInlineSnapshot(`
      [
        "content/site.yaml, rad 33, fält theme.primary: värdet är "#767676". Förväntat: en färg med kontrast minst 4,5:1 mot vit och mot ljusgrå #f4f5f7 (WCAG 2.1 AA), eftersom färgen är bakgrund till vit text i sidhuvudet och på knappar, och färg på länkar på vit och ljusgrå botten. #767676 ger 4,54:1 mot vit och 4,16:1 mot ljusgrå #f4f5f7. Välj en mörkare färg.",
      ]
    `);
  });

  it('refuses a light accent colour', () => {
    expect(errorsWith('theme:\n  accent: "#ffcc00"\n')).toMatchInlineSnapshot(`
      [
        "content/site.yaml, rad 33, fält theme.accent: värdet är "#ffcc00". Förväntat: en färg med kontrast minst 4,5:1 mot vit (WCAG 2.1 AA), eftersom färgen är bakgrund till vit text i kommunens sidfot. #ffcc00 ger 1,51:1 mot vit. Välj en mörkare färg.",
      ]
    `);
  });

  it('still says how to write a colour', () => {
    expect(errorsWith('theme:\n  primary: blå\n')).toMatchInlineSnapshot(`
      [
        "content/site.yaml, rad 33, fält theme.primary: värdet är "blå". Förväntat: en färg skriven #RRGGBB, t.ex. #005a9c.",
      ]
    `);
  });
});

describe('headers: which sites may frame this one, and HSTS', () => {
  it('defaults to the site itself only and a year of HSTS', () => {
    expect(siteSchema.shape.headers.parse(undefined)).toEqual({ frameAncestors: [], hsts: { maxAge: 31536000, includeSubDomains: false } });
  });

  it.each([
    ['https://www.kommun.se', 'https://www.kommun.se'],
    ['https://www.kommun.se/', 'https://www.kommun.se'],
    ['HTTPS://WWW.Kommun.SE', 'https://www.kommun.se'],
    ['http://intranat.kommun.se:8080', 'http://intranat.kommun.se:8080'],
    ['https://www.håbo.se', 'https://www.xn--hbo-ula.se'],
  ])('accepts the origin %j as %j', (value, origin) => {
    expect(originSchema.parse(value)).toBe(origin);
  });

  it.each([
    ['a quote', 'https://www.kommun.se" always; add_header X "y'],
    ['a line break', 'https://www.kommun.se\nadd_header X y;'],
    ['a semicolon', "https://www.kommun.se; script-src 'unsafe-inline'"],
    ['a space', 'https://www.kommun.se https://annan.example'],
    ['a path', 'https://www.kommun.se/omsorg/'],
    ['a keyword', "'none'"],
    ['a wildcard', '*'],
    ['another scheme', 'ftp://www.kommun.se'],
    ['a dollar sign', 'https://www.kommun.se$host'],
    ['a user name', 'https://user@www.kommun.se'],
  ])('refuses %s', (_what, value) => {
    const result = originSchema.safeParse(value);
    expect(result.success).toBe(false);
  });

  it('names the field and the value, and says what an origin is', () => {
    expect(errorsWith('headers:\n  frameAncestors:\n    - https://www.kommun.se\n    - "https://www.kommun.se\\"; add_header X y"\n')).toMatchInlineSnapshot(`
      [
        "content/site.yaml, rad 35, fält headers.frameAncestors[1]: värdet är "https://www.kommun.se\\"; add_header X y". Förväntat: en webbplats adress utan sökväg, t.ex. https://www.exempelkommun.se: https:// eller http://, värdnamnet och eventuellt :port, inget mer (ingen sökväg, inga mellanslag, citattecken eller semikolon).",
      ]
    `);
  });

  it('refuses an HSTS max-age over two years or below 0', () => {
    expect(errorsWith('headers:\n  hsts:\n    maxAge: 99999999999\n')).toMatchInlineSnapshot(`
      [
        "content/site.yaml, rad 34, fält headers.hsts.maxAge: värdet är 99999999999. Förväntat: ett heltal sekunder mellan 0 (skicka ingen HSTS) och 63072000 (två år), t.ex. 31536000 (ett år).",
      ]
    `);
    expect(errorsWith('headers:\n  hsts:\n    maxAge: -1\n    preload: true\n')).toMatchInlineSnapshot(`
      [
        "content/site.yaml, rad 34, fält headers.hsts.maxAge: värdet är -1. Förväntat: ett heltal sekunder mellan 0 (skicka ingen HSTS) och 63072000 (två år), t.ex. 31536000 (ett år).",
        "content/site.yaml, rad 35, fält headers.hsts.preload: värdet är true. Förväntat: inget sådant fält. Kontrollera stavningen mot content/README.md.",
      ]
    `);
  });
});

const FRAME_YAML = readFileSync(join(import.meta.dirname, '../fixtures/kommun-frame/site-frame.yaml'), 'utf8');
const LOGO_SVG = readFileSync(join(import.meta.dirname, '../fixtures/kommun-frame/logotyp.svg'));

/** Fixture content with the kommun frame of test/fixtures/kommun-frame, changed by `edit`, and the logo file written by `logo`. */
function frameContent(edit: (yaml: string) => string = (y) => y, logo: (c: ContentCopy) => void = (c) => c.write('assets/logotyp.svg', LOGO_SVG)) {
  const c = copyValidContent();
  mkdirSync(c.path('assets'));
  logo(c);
  appendFileSync(c.path('site.yaml'), edit(FRAME_YAML));
  return c;
}

/** Errors with one line of the fixture frame replaced (the line must be there once). */
const frameErrorsWith = (from: string, to: string) =>
  frameContent((y) => {
    expect(y.split(from).length - 1, from).toBe(1);
    return y.replace(from, to);
  }).errors();

describe('kommunFrame: the kommun header and footer', () => {
  it('accepts the fixture frame and reads the logo', () => {
    const c = frameContent();
    const result = loadContent(c.content, c.root);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.model.site.kommunFrame?.headerLinks).toHaveLength(2);
    expect(result.model.kommunLogo?.extension).toBe('svg');
    expect(Buffer.from(result.model.kommunLogo!.bytes).equals(LOGO_SVG)).toBe(true);
  });

  it('needs no frame: without it there is no logo', () => {
    const c = copyValidContent();
    const result = loadContent(c.content, c.root);
    expect(result.ok && result.model.kommunLogo).toBe(undefined);
  });

  it.each([
    [
      'javascript: in a header link',
      '      url: https://www.testkommun.example/omsorg/',
      '      url: "javascript:alert(1)"',
      'rad 41, fält kommunFrame.headerLinks[0].url: värdet är "javascript:alert(1)". Förväntat: en webbadress som börjar med https:// eller http://.',
    ],
    [
      'data: in a header link',
      '      url: https://www.testkommun.example/kontakt/',
      '      url: "data:text/html,<script>alert(1)</script>"',
      'rad 43, fält kommunFrame.headerLinks[1].url: värdet är "data:text/html,<script>alert(1)</script>". Förväntat: en webbadress som börjar med https:// eller http://.',
    ],
    [
      'mailto: in a header link (web addresses only)',
      '      url: https://www.testkommun.example/omsorg/',
      '      url: mailto:kommun@testkommun.example',
      'rad 41, fält kommunFrame.headerLinks[0].url: värdet är "mailto:kommun@testkommun.example". Förväntat: en webbadress som börjar med https:// eller http://.',
    ],
    [
      'javascript: as the start page',
      'homeUrl: https://www.testkommun.example/',
      'homeUrl: "javascript:alert(1)"',
      'rad 35, fält kommunFrame.homeUrl: värdet är "javascript:alert(1)". Förväntat: en webbadress som börjar med https:// eller http://.',
    ],
    [
      'javascript: in a footer link',
      '        url: https://www.testkommun.example/om-webbplatsen/',
      '        url: "JavaScript:alert(1)"',
      'rad 49, fält kommunFrame.footer.links[0].url: värdet är "JavaScript:alert(1)". Förväntat: en länk som börjar med https://, http://, mailto: eller tel:.',
    ],
    [
      'a broken mailto: in a footer link',
      '        url: mailto:kommun@testkommun.example',
      '        url: "mailto:kommun"',
      'rad 51, fält kommunFrame.footer.links[1].url: värdet är "mailto:kommun". Förväntat: en e-postadress efter mailto:, t.ex. mailto:kommunen@exempelkommun.se.',
    ],
  ])('refuses %s, naming field, value and what is allowed', (_what, from, to, message) => {
    expect(frameErrorsWith(from, to)).toEqual([`content/site.yaml, ${message}`]);
  });

  it.each([
    [
      'a web address',
      'https://www.testkommun.example/logo.svg',
      '"https://www.testkommun.example/logo.svg". Förväntat: en fil i content/, t.ex. assets/logotyp.svg, inte en webbadress: webbplatsen hämtar inget från andra webbplatser. Spara logotypen i content/assets/ och skriv sökvägen dit.',
    ],
    [
      'a data: address',
      'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
      '"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=". Förväntat: en fil i content/, t.ex. assets/logotyp.svg, inte en webbadress: webbplatsen hämtar inget från andra webbplatser. Spara logotypen i content/assets/ och skriv sökvägen dit.',
    ],
    [
      'a path out of content/',
      '../logotyp.svg',
      '"../logotyp.svg". Förväntat: en sökväg inom content/, t.ex. assets/logotyp.svg: utan / eller enhet (C:) först, utan .. och med / mellan mapparna.',
    ],
    [
      'an absolute path',
      '/etc/logotyp.svg',
      '"/etc/logotyp.svg". Förväntat: en sökväg inom content/, t.ex. assets/logotyp.svg: utan / eller enhet (C:) först, utan .. och med / mellan mapparna.',
    ],
    [
      'a Windows path',
      'C:\\Bilder\\logotyp.svg',
      '"C:\\\\Bilder\\\\logotyp.svg". Förväntat: en sökväg inom content/, t.ex. assets/logotyp.svg: utan / eller enhet (C:) först, utan .. och med / mellan mapparna.',
    ],
    ['a file that is not an image', 'assets/logotyp.pdf', '"assets/logotyp.pdf". Förväntat: en bild som slutar på .svg, .png, .jpg, .jpeg eller .webp.'],
  ])('refuses the logo as %s', (_what, file, message) => {
    expect(frameErrorsWith('    file: assets/logotyp.svg', `    file: ${JSON.stringify(file)}`)).toEqual([
      `content/site.yaml, rad 37, fält kommunFrame.logo.file: värdet är ${message}`,
    ]);
  });

  it('accepts mailto: and tel: in footer links', () => {
    const c = frameContent((y) => y.replace('url: mailto:kommun@testkommun.example', 'url: "tel:+46812345600"'));
    expect(loadContent(c.content, c.root).ok).toBe(true);
  });

  it('needs the logo text alternative', () => {
    expect(frameErrorsWith('    alt: Testkommun, till kommunens startsida\n', '')).toMatchInlineSnapshot(`
      [
        "content/site.yaml, rad 37, fält kommunFrame.logo.alt: värdet är inget värde (fältet saknas). Förväntat: en text (fältet är obligatoriskt).",
      ]
    `);
  });
});

describe('kommunFrame: the logo file itself', () => {
  it('must be there', () => {
    expect(frameContent(undefined, () => {}).errors()).toMatchInlineSnapshot(`
      [
        "content/site.yaml, rad 37, fält kommunFrame.logo.file: värdet är "assets/logotyp.svg". Förväntat: en bild som finns i content/. content/assets/logotyp.svg finns inte: kontrollera namnet och mappen.",
      ]
    `);
  });

  it('must not be a link out of content/', () => {
    const outside = join(mkdtempSync(join(tmpdir(), 'kvg-outside-')), 'logotyp.svg');
    writeFileSync(outside, LOGO_SVG);
    const errors = frameContent(undefined, (c) => symlinkSync(outside, c.path('assets/logotyp.svg'))).errors();
    rmSync(join(outside, '..'), { recursive: true, force: true });
    expect(errors).toMatchInlineSnapshot(`
      [
        "content/assets/logotyp.svg. Förväntat: en fil i innehållsmappen. Det här är en genväg (symbolisk länk) till något utanför innehållsmappen, och den följs inte. Kopiera in filen i stället.",
      ]
    `);
  });

  it('must be an SVG that only draws', () => {
    const hostile = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><image href="https://annan.example/spion.png"/></svg>';
    expect(frameContent(undefined, (c) => c.write('assets/logotyp.svg', hostile)).errors()).toMatchInlineSnapshot(`
      [
        "content/site.yaml, rad 37, fält kommunFrame.logo.file: värdet är "assets/logotyp.svg". Förväntat: en SVG-bild som bara ritar. Filen har händelseattributet onload, <script>, en länk till en annan fil eller webbplats (href="https://annan.example/spion.png"). Spara logotypen som enkel SVG (t.ex. "Vanlig SVG" i Inkscape) eller som PNG.",
      ]
    `);
  });

  it('must be the kind of image its name says', () => {
    const c = frameContent(
      (y) => y.replace('assets/logotyp.svg', 'assets/logotyp.png'),
      (c) => c.write('assets/logotyp.png', LOGO_SVG),
    );
    expect(c.errors()).toMatchInlineSnapshot(`
      [
        "content/site.yaml, rad 37, fält kommunFrame.logo.file: värdet är "assets/logotyp.png". Förväntat: en PNG-bild. Filen slutar på .png men är ingen PNG-bild (kanske en annan sorts fil med fel namn).",
      ]
    `);
  });

  it('must be small', () => {
    const big = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(600 * 1024)]);
    const c = frameContent(
      (y) => y.replace('assets/logotyp.svg', 'assets/logotyp.png'),
      (c) => c.write('assets/logotyp.png', big),
    );
    expect(c.errors()).toMatchInlineSnapshot(`
      [
        "content/site.yaml, rad 37, fält kommunFrame.logo.file: värdet är "assets/logotyp.png". Förväntat: en bild på högst 512 kB. Filen är 600 kB: spara en mindre version.",
      ]
    `);
  });
});
