// Building blocks shared by the content schemas. Plain zod (no Astro import) so
// scripts and tests use exactly the same shapes as the site build.
import { z } from 'zod';
import { isRealIsoDate } from '../lib/locale/dates';
import { hrefProblem } from '../lib/safe-text/links';
import { normaliseText } from '../lib/safe-text/text';
import { SLUG_MAX_LENGTH } from '../lib/locale/fold';

/** A slug used as id and in URLs: lower-case a-z, digits and hyphens. */
export const idSchema = z
  .string({ error: 'en text (id)' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'ett id med små bokstäver a-z, siffror och bindestreck, t.ex. "solrosens-hemtjanst"',
  })
  .max(SLUG_MAX_LENGTH, { error: `ett id på högst ${SLUG_MAX_LENGTH} tecken` });

/** A calendar date written YYYY-MM-DD that exists (no 2025-02-30). */
export const isoDateSchema = z.preprocess(
  // YAML turns an unquoted 2025-03-01 into a Date; bring it back to text.
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.string({ error: 'ett datum skrivet ÅÅÅÅ-MM-DD' }).refine(isRealIsoDate, { error: 'ett datum som finns, skrivet ÅÅÅÅ-MM-DD' }),
);

/**
 * Free text shown on the site. Length-capped so one runaway cell cannot bloat
 * every page; invisible control characters are removed (see lib/safe-text/text.ts).
 */
export const textSchema = (max = 4000) =>
  z
    .string({ error: 'en text' })
    .overwrite(normaliseText)
    .min(1, { error: 'en text som inte är tom' })
    .max(max, { error: `en text på högst ${max} tecken` });

export const percentSchema = z
  .number({ error: 'ett tal mellan 0 och 100 (procent)' })
  .min(0, { error: 'ett tal mellan 0 och 100 (procent)' })
  .max(100, { error: 'ett tal mellan 0 och 100 (procent)' });

/** Why a web address cannot be a link, in words; undefined when it can. */
function webUrlProblemMessage(v: string): string | undefined {
  const problem = /^https?:\/\//i.test(v) ? hrefProblem(v) : 'scheme';
  if (problem === 'scheme') return 'en webbadress som börjar med https:// eller http://';
  if (problem === 'user-info')
    return 'en webbadress utan något före @ i värdnamnet (https://kommun.se@annan.example/ leder till annan.example). Skriv bara https:// och värdnamnet';
  if (problem === 'mixed-script')
    return 'en webbadress vars värdnamn inte blandar skriftsystem, t.ex. kyrilliska eller grekiska bokstäver bland latinska (en sådan adress kan härma en annan). Skriv adressen med vanliga bokstäver';
  return undefined;
}

/** Only http(s) web addresses that go where they seem to: the address is shown as a link. */
export const webUrlSchema = z
  .string({ error: 'en webbadress' })
  .trim()
  .superRefine((v, ctx) => {
    const message = webUrlProblemMessage(v);
    if (message) ctx.addIssue({ code: 'custom', message });
  });

export const emailSchema = z
  .string({ error: 'en e-postadress' })
  .trim()
  .regex(/^[^\s@<>()"',;:\\]+@[^\s@<>()"',;:\\]+\.[a-z]{2,}$/i, {
    error: 'en e-postadress, t.ex. namn@exempel.se',
  })
  .refine((v) => hrefProblem(`mailto:${v}`) !== 'mixed-script', {
    error:
      'en e-postadress vars domän inte blandar skriftsystem, t.ex. kyrilliska eller grekiska bokstäver bland latinska (en sådan adress kan härma en annan)',
  });

export const phoneSchema = z
  .string({ error: 'ett telefonnummer' })
  .trim()
  .regex(/^\+?[0-9][0-9 \-]{4,20}$/, { error: 'ett telefonnummer med siffror, t.ex. 08-123 456 00' });

export const contactSchema = z.strictObject({
  phone: phoneSchema.optional(),
  email: emailSchema.optional(),
  web: webUrlSchema.optional(),
});

export const addressSchema = z.strictObject({
  street: textSchema(200),
  postalCode: z.string({ error: 'ett postnummer' }).regex(/^\d{3} ?\d{2}$/, { error: 'ett postnummer med fem siffror, t.ex. 131 40' }),
  city: textSchema(100),
});

export const coordinatesSchema = z.strictObject({
  lat: z.number({ error: 'en latitud' }).min(55, { error: 'en latitud i Sverige (55-70)' }).max(70, { error: 'en latitud i Sverige (55-70)' }),
  lon: z.number({ error: 'en longitud' }).min(10, { error: 'en longitud i Sverige (10-25)' }).max(25, { error: 'en longitud i Sverige (10-25)' }),
});

/** Whether a provider or unit takes new customers, and when that was last confirmed. */
export const capacitySchema = z.strictObject({
  acceptsNewCustomers: z.enum(['yes', 'no', 'waiting-list'], {
    error: 'yes (tar emot nya kunder), no (tar inte emot) eller waiting-list (kö)',
  }),
  confirmedOn: isoDateSchema,
  /** Kapacitetstak: the most customers the provider takes. */
  cap: z.number().int({ error: 'ett heltal' }).positive({ error: 'ett heltal större än 0' }).optional(),
  note: textSchema(500).optional(),
});

export type Capacity = z.infer<typeof capacitySchema>;

/** Facts people choose on, each answered yes/no, confirmed on a date. */
export const factsSchema = z.strictObject({
  confirmedOn: isoDateSchema,
  nightCoverage: z.boolean({ error: 'true eller false' }).optional(),
  weekendCoverage: z.boolean({ error: 'true eller false' }).optional(),
  staffGenderOnRequest: z.boolean({ error: 'true eller false' }).optional(),
  petsAllowed: z.boolean({ error: 'true eller false' }).optional(),
  ownKitchen: z.boolean({ error: 'true eller false' }).optional(),
  specialDiets: z.boolean({ error: 'true eller false' }).optional(),
});

export const languagesSchema = z.array(textSchema(60)).max(60, { error: 'högst 60 språk' });
export const profilesSchema = z.array(textSchema(80)).max(30, { error: 'högst 30 profiler' });

/**
 * A link a person follows: a web address (https://, http://), an e-mail
 * address (mailto:) or a phone number (tel:). Nothing else becomes a link.
 */
export const linkHrefSchema = z
  .string({ error: 'en länk' })
  .trim()
  .superRefine((v, ctx) => {
    let message: string | undefined;
    if (/^https?:\/\//i.test(v)) message = webUrlProblemMessage(v);
    else if (/^mailto:/i.test(v)) {
      if (!emailSchema.safeParse(v.slice('mailto:'.length)).success || hrefProblem(v) !== undefined)
        message = 'en e-postadress efter mailto:, t.ex. mailto:kommunen@exempelkommun.se';
    } else if (/^tel:/i.test(v)) {
      if (!/^tel:\+?[0-9][0-9 -]{4,20}$/i.test(v)) message = 'ett telefonnummer efter tel:, t.ex. tel:+4684650040';
    } else message = 'en länk som börjar med https://, http://, mailto: eller tel:';
    if (message) ctx.addIssue({ code: 'custom', message });
  });
