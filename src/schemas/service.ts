// Service (kundval): one file per tjänst in content/services/.
import { z } from 'zod';
import { idSchema, textSchema } from './common';

export const legalBasisValues = ['SoL', 'LSS', 'HSL'] as const;
export const choiceLevelValues = ['provider', 'unit'] as const;
export const paymentUnitValues = ['hour', 'day', 'half-day', 'visit', 'treatment', 'month', 'other'] as const;

export const serviceSchema = z.strictObject({
  id: idSchema,
  name: textSchema(120),
  legalBasis: z.enum(legalBasisValues, { error: 'SoL, LSS eller HSL' }),
  /** provider: the customer chooses an organisation; unit: a boende or verksamhet. */
  choiceLevel: z.enum(choiceLevelValues, { error: 'provider (välj anordnare) eller unit (välj boende/verksamhet)' }),
  targetGroup: textSchema(1000),
  description: textSchema(3000),
  howToApply: textSchema(2000),
  howToSwitch: textSchema(2000),
  noChoiceAlternative: z
    .strictObject({
      description: textSchema(2000),
      /** The provider assigned when the customer does not choose, if the service has one. */
      providerId: idSchema.optional(),
    })
    .optional(),
  payment: z.strictObject({
    unit: z.enum(paymentUnitValues, { error: 'hour, day, half-day, visit, treatment, month eller other' }),
    description: textSchema(500),
  }),
  areas: z.array(z.strictObject({ id: idSchema, name: textSchema(80) })).min(1, { error: 'minst ett område' }),
  /** Indicators shown first for this service, in this order. */
  keyIndicators: z.array(idSchema).default([]),
  customers: z.strictObject({ count: z.number().int().nonnegative(), asOf: textSchema(60) }).optional(),
  order: z.number().int().default(100),
});

export type Service = z.infer<typeof serviceSchema>;
