// The kommun's own frame around every page (`kommunFrame:` in site.yaml): its
// logo linking to its start page, its header links and its footer. The logo is
// a file in content/, copied into the build: nothing is fetched from another host.
import { z } from 'zod';
import { linkHrefSchema, phoneSchema, textSchema, webUrlSchema } from './common';

export const LOGO_EXTENSIONS = ['svg', 'png', 'jpg', 'jpeg', 'webp'] as const;
export type LogoExtension = (typeof LOGO_EXTENSIONS)[number];

const NOT_A_URL =
  'en fil i content/, t.ex. assets/logotyp.svg, inte en webbadress: webbplatsen hämtar inget från andra webbplatser. Spara logotypen i content/assets/ och skriv sökvägen dit';
const INSIDE_CONTENT = 'en sökväg inom content/, t.ex. assets/logotyp.svg: utan / eller enhet (C:) först, utan .. och med / mellan mapparna';
const IMAGE_FILE = `en bild som slutar på ${LOGO_EXTENSIONS.map((e) => `.${e}`)
  .join(', ')
  .replace(/, ([^,]*)$/, ' eller $1')}`;

/** The extension of an accepted logo path, lower case. */
export function logoExtensionOf(file: string): LogoExtension | undefined {
  const ext = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  return LOGO_EXTENSIONS.find((e) => e === ext);
}

/** A path relative to content/ that stays inside it; whether the file is there and is an image is checked when it is read (src/data). */
export const logoFileSchema = z
  .string({ error: 'en sökväg till en bild i content/, t.ex. assets/logotyp.svg' })
  .trim()
  .superRefine((v, ctx) => {
    const fail = (message: string) => ctx.addIssue({ code: 'custom', message });
    if (/^[a-z]:[\\/]/i.test(v)) return fail(INSIDE_CONTENT);
    if (/^[a-z][a-z0-9+.-]*:/i.test(v) || v.startsWith('//')) return fail(NOT_A_URL);
    if (v.startsWith('/') || v.includes('\\') || /[\u0000-\u001f\u007f]/.test(v) || v.split('/').some((s) => s === '' || s === '.' || s === '..'))
      return fail(INSIDE_CONTENT);
    if (!logoExtensionOf(v)) return fail(IMAGE_FILE);
  });

const linkSchema = (href: z.ZodType<string>) => z.strictObject({ text: textSchema(80), url: href });

export const kommunFrameSchema = z.strictObject({
  /** The kommun's start page: where the logo leads. */
  homeUrl: webUrlSchema,
  logo: z.strictObject({
    file: logoFileSchema,
    /** Read aloud for the logo, which is the link to the kommun's start page. */
    alt: textSchema(120),
  }),
  /** Links to the kommun's own site, shown in its header as a menu. Web addresses only. */
  headerLinks: z.array(linkSchema(webUrlSchema), { error: 'en lista med länkar (text och url)' }).max(8, { error: 'högst 8 länkar' }).default([]),
  footer: z
    .strictObject({
      /** The kommun's postal or visiting address, as one line. */
      address: textSchema(300).optional(),
      phone: phoneSchema.optional(),
      /** Web, e-mail (mailto:) or phone (tel:) links. */
      links: z.array(linkSchema(linkHrefSchema), { error: 'en lista med länkar (text och url)' }).max(12, { error: 'högst 12 länkar' }).default([]),
    })
    .default({ links: [] }),
});

export type KommunFrame = z.infer<typeof kommunFrameSchema>;
