// Quality report (kvalitetsredovisning): written yearly by the provider,
// grouped by year in content/quality-reports/<year>.yaml.
import { z } from 'zod';
import { idSchema, isoDateSchema, percentSchema, textSchema } from './common';

/** Socialstyrelsen's eight quality aspects, in its order. */
export const qualityAspectValues = [
  'accessibility',
  'participation',
  'selfDetermination',
  'holisticView',
  'coordination',
  'knowledgeBased',
  'efficiency',
  'safety',
] as const;
export type QualityAspect = (typeof qualityAspectValues)[number];

const countSchema = z.number({ error: 'ett heltal, 0 eller mer' }).int({ error: 'ett heltal' }).nonnegative({ error: 'ett heltal, 0 eller mer' });

export const qualityReportSchema = z.strictObject({
  id: idSchema,
  providerId: idSchema,
  unitId: idSchema.optional(),
  serviceId: idSchema,
  year: z.number({ error: 'ett årtal, t.ex. 2025' }).int().min(2000, { error: 'ett årtal från 2000' }).max(2100, { error: 'ett årtal före 2100' }),
  submittedOn: isoDateSchema,
  aspects: z.strictObject(
    Object.fromEntries(qualityAspectValues.map((a) => [a, textSchema(4000).optional()])) as Record<QualityAspect, z.ZodOptional<ReturnType<typeof textSchema>>>,
  ),
  figures: z
    .strictObject({
      /** Personalkontinuitet: different staff a customer meets in 14 days. */
      staffContinuity: z.number().nonnegative({ error: 'ett tal, 0 eller mer' }).optional(),
      /** Share of staff with vård- och omsorgsutbildning, percent. */
      trainedStaffShare: percentSchema.optional(),
      complaints: countSchema.optional(),
      lexSarahReports: countSchema.optional(),
      staffLanguages: z.array(textSchema(60)).optional(),
    })
    .default({}),
});

export type QualityReport = z.infer<typeof qualityReportSchema>;
