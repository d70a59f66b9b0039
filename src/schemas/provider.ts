// Provider (anordnare/utförare): one file per organisation in content/providers/.
import { z } from 'zod';
import { checkOrgNumber } from '../lib/safe-text/identity-numbers';
import { addressSchema, capacitySchema, contactSchema, factsSchema, idSchema, isoDateSchema, languagesSchema, profilesSchema, textSchema } from './common';

export const ownershipValues = ['private', 'municipal', 'nonprofit'] as const;
export const providerStatusValues = ['active', 'warned', 'withdrawn', 'ended'] as const;

const orgNumberMessages = {
  format: 'ett organisationsnummer med tio siffror, skrivet NNNNNN-NNNN',
  'check-digit': 'ett organisationsnummer med rätt kontrollsiffra (sista siffran stämmer inte)',
  'personal-number':
    'ett organisationsnummer för en juridisk person. Detta ser ut som ett personnummer (enskild firma) och får inte publiceras: ta bort orgNumber och skriv soleTrader: true',
} as const;

export const orgNumberSchema = z.string({ error: orgNumberMessages.format }).superRefine((value, ctx) => {
  const check = checkOrgNumber(value);
  if (!check.ok) ctx.addIssue({ code: 'custom', message: orgNumberMessages[check.reason] });
});

export const statusChangeSchema = z.strictObject({
  status: z.enum(providerStatusValues, { error: 'active, warned, withdrawn eller ended' }),
  date: isoDateSchema,
  note: textSchema(500).optional(),
});

export const providerSchema = z
  .strictObject({
    id: idSchema,
    name: textSchema(150),
    orgNumber: orgNumberSchema.optional(),
    /** Enskild firma: the organisationsnummer is a personnummer and is not published. */
    soleTrader: z.boolean({ error: 'true eller false' }).default(false),
    ownership: z.enum(ownershipValues, { error: 'private (privat), municipal (kommunal egen regi) eller nonprofit (idéburen)' }),
    services: z.array(idSchema).min(1, { error: 'minst en tjänst' }),
    authorisedSince: isoDateSchema,
    /** Status over time, oldest first; the last entry is the current status. */
    statusHistory: z.array(statusChangeSchema).min(1, { error: 'minst en status (active när auktorisationen började)' }),
    contact: contactSchema,
    address: addressSchema.optional(),
    description: textSchema(4000),
    languages: languagesSchema.default([]),
    profiles: profilesSchema.default([]),
    /** Area ids from the services' area lists. */
    areas: z.array(idSchema).default([]),
    capacity: capacitySchema.optional(),
    facts: factsSchema.optional(),
    ivoPermit: z.strictObject({ required: z.boolean(), reference: textSchema(60).optional() }).optional(),
    updatedOn: isoDateSchema,
  })
  .superRefine((p, ctx) => {
    if (p.soleTrader && p.orgNumber)
      ctx.addIssue({
        code: 'custom',
        path: ['orgNumber'],
        message: 'inget organisationsnummer när soleTrader är true (en enskild firmas nummer är ett personnummer)',
      });
    if (!p.soleTrader && !p.orgNumber)
      ctx.addIssue({ code: 'custom', path: ['orgNumber'], message: 'ett organisationsnummer (eller soleTrader: true för enskild firma)' });
  });

export type Provider = z.infer<typeof providerSchema>;
export type ProviderStatus = (typeof providerStatusValues)[number];
export type Ownership = (typeof ownershipValues)[number];
