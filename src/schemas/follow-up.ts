// Follow-up (uppföljning): the kommun's check of a provider or unit, grouped
// by year in content/follow-ups/<year>.yaml.
import { z } from 'zod';
import { idSchema, isoDateSchema, textSchema, webUrlSchema } from './common';

export const followUpKindValues = ['planned', 'unannounced-visit', 'in-depth-review', 'complaint-investigation', 'dialogue-meeting'] as const;
export const conditionResultValues = ['met', 'partly', 'not-met'] as const;
/** Ordered by severity, mildest first. */
export const sanctionValues = ['none', 'remark', 'warning', 'withdrawal'] as const;
export const followUpStatusValues = ['open', 'closed'] as const;

export const followUpSchema = z.strictObject({
  id: idSchema,
  providerId: idSchema,
  unitId: idSchema.optional(),
  serviceId: idSchema,
  date: isoDateSchema,
  kind: z.enum(followUpKindValues, {
    error: 'planned, unannounced-visit, in-depth-review, complaint-investigation eller dialogue-meeting',
  }),
  conditions: z
    .array(
      z.strictObject({
        conditionId: idSchema,
        result: z.enum(conditionResultValues, { error: 'met (uppfyllt), partly (delvis) eller not-met (ej uppfyllt)' }),
        comment: textSchema(1000).optional(),
      }),
    )
    .default([]),
  findings: textSchema(4000),
  actions: z.array(z.strictObject({ text: textSchema(1000), deadline: isoDateSchema.optional() })).default([]),
  sanction: z.enum(sanctionValues, { error: 'none, remark (anmärkning), warning (varning) eller withdrawal (avauktorisation)' }),
  status: z.enum(followUpStatusValues, { error: 'open (pågår) eller closed (avslutad)' }),
  reportUrl: webUrlSchema.optional(),
});

export type FollowUp = z.infer<typeof followUpSchema>;
export type Sanction = (typeof sanctionValues)[number];
