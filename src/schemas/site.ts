// Site config (content/site.yaml): who publishes, how the site looks and what
// the legal texts say. One file per site.
import { z } from 'zod';
import { contactSchema, emailSchema, idSchema, isoDateSchema, textSchema, webUrlSchema } from './common';

const colourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'en färg skriven #RRGGBB, t.ex. #005a9c' });

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
  basePath: z.string().regex(/^\/([a-z0-9-]+\/)*$/, { error: 'en sökväg som börjar och slutar med /, t.ex. "/" eller "/kundval/"' }).default('/'),
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
  theme: z
    .strictObject({ primary: colourSchema.default('#005a9c'), accent: colourSchema.default('#6b2c91') })
    .default({ primary: '#005a9c', accent: '#6b2c91' }),
  /** Profiles providers and units may have; filters and validation use this list. */
  profiles: z
    .array(z.strictObject({ id: idSchema, name: textSchema(80), description: textSchema(500).optional() }))
    .min(1, { error: 'minst en profil' }),
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
