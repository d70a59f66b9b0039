// Site config (content/site.yaml): who publishes, how the site looks and what
// the legal texts say. One file per site.
import { z } from 'zod';
import { contactSchema, emailSchema, idSchema, isoDateSchema, textSchema, webUrlSchema } from './common';
import { headersSchema } from './site-headers';
import { kommunFrameSchema } from './kommun-frame';
import { AA_NORMAL_TEXT, parseHexColour, ratioAsShown } from '../lib/colour/contrast';
import { THEME_USE, themeContrastShortfall, type ThemeRole } from '../lib/colour/theme';
import { formatNumber } from '../lib/locale/format';

const hexColourSchema = z
  .string({ error: 'en färg skriven #RRGGBB, t.ex. #005a9c' })
  .regex(/^#[0-9a-fA-F]{6}$/, { error: 'en färg skriven #RRGGBB, t.ex. #005a9c' });

/** A theme colour that text on it, or text in it, can be read against (WCAG AA, 4.5:1). */
const themeColourSchema = (role: ThemeRole) =>
  hexColourSchema.superRefine((colour, ctx) => {
    // A colour not written #RRGGBB has its own error already.
    if (!parseHexColour(colour)) return;
    const checks = themeContrastShortfall(role, colour);
    if (!checks) return;
    const { backdrops, use } = THEME_USE[role];
    const against = backdrops.map((b) => b.name).join(' och mot ');
    const gives = checks.map((c) => `${formatNumber(ratioAsShown(c.ratio), 2)}:1 mot ${c.backdrop.name}`).join(' och ');
    ctx.addIssue({
      code: 'custom',
      message: `en färg med kontrast minst ${formatNumber(AA_NORMAL_TEXT, 1)}:1 mot ${against} (WCAG 2.1 AA), eftersom ${use}. ${colour} ger ${gives}. Välj en mörkare färg`,
    });
  });

export const siteSchema = z.strictObject({
  name: textSchema(100),
  /** SCB kommunkod: four digits as text, keep the leading zero ("0182"). */
  municipalityCode: z.string({ error: 'en kommunkod som text med fyra siffror, t.ex. "0182"' }).regex(/^\d{4}$/, {
    error: 'en kommunkod med fyra siffror inom citattecken, t.ex. "0182"',
  }),
  /** Marks every page "Exempeldata" so fictional data is never taken for real. */
  isExample: z.boolean({ error: 'true eller false' }).default(false),
  siteUrl: webUrlSchema,
  /** Path under the host where the site lives, e.g. "/kundval/". */
  basePath: z
    .string()
    .regex(/^\/([a-z0-9-]+\/)*$/, { error: 'en sökväg som börjar och slutar med /, t.ex. "/" eller "/kundval/"' })
    .default('/'),
  language: z.enum(['sv'], { error: 'sv (fler språk kan läggas till senare)' }).default('sv'),
  publisher: textSchema(200),
  contact: contactSchema.extend({ name: textSchema(200).optional() }),
  dataPublishedOn: isoDateSchema,
  /** Figures older than this are marked "Äldre uppgift". */
  freshnessMonths: z.number().int().min(1).max(120).default(24),
  /**
   * A capacity confirmation older than this says how old it is ("ring och
   * fråga") and is not counted as taking new customers now.
   */
  capacityMaxAgeMonths: z
    .number({ error: 'ett heltal, antal månader (1-24)' })
    .int({ error: 'ett heltal, antal månader (1-24)' })
    .min(1, { error: 'minst 1 månad' })
    .max(24, { error: 'högst 24 månader' })
    .default(3),
  licence: z.strictObject({ name: textSchema(100), url: webUrlSchema }),
  /** primary: header, buttons and links; accent: the kommun's footer. Both are checked for contrast. */
  theme: z
    .strictObject({ primary: themeColourSchema('primary').default('#005a9c'), accent: themeColourSchema('accent').default('#6b2c91') })
    .default({ primary: '#005a9c', accent: '#6b2c91' }),
  /** HTTP headers the web server sends beyond the fixed security headers (src/lib/site-files). */
  headers: headersSchema,
  /** The kommun's own header and footer around every page; without it the site has its own plain frame. */
  kommunFrame: kommunFrameSchema.optional(),
  /** Profiles providers and units may have; filters and validation use this list. */
  profiles: z.array(z.strictObject({ id: idSchema, name: textSchema(80), description: textSchema(500).optional() })).min(1, { error: 'minst en profil' }),
  /** Texts the start page shows. */
  about: z.strictObject({
    howKundvalWorks: textSchema(3000),
    ifYouDoNotChoose: textSchema(2000),
  }),
  accessibility: z.strictObject({
    status: z.enum(['full', 'partial', 'none'], { error: 'full, partial eller none' }),
    assessedOn: isoDateSchema,
    knownIssues: z.array(textSchema(500)).default([]),
    feedbackEmail: emailSchema,
  }),
});

export type Site = z.infer<typeof siteSchema>;
