// Indicator (definition): what a figure measures and how to read it.
// One file per indicator in content/indicators/.
import { z } from 'zod';
import { idSchema, textSchema, webUrlSchema } from './common';

export const indicatorUnitValues = ['percent', 'count', 'days', 'minutes', 'number'] as const;
export const betterDirectionValues = ['higher', 'lower', 'none'] as const;
/** What an indicator's n counts: survey answers, customers or staff. */
export const countsWhatValues = ['answers', 'customers', 'staff'] as const;
export const sourceKindValues = ['socialstyrelsen', 'skr', 'kolada', 'provider-report', 'kommun'] as const;

/** A Kolada KPI id: N or U and five digits. */
export const koladaKpiSchema = z.string({ error: 'ett Kolada-id som U21468' }).regex(/^[NU]\d{5}$/, { error: 'ett Kolada-id som U21468' });

/** No content file may publish figures from fewer answers than this. */
export const MIN_ANSWERS_FLOOR = 5;

export const indicatorSchema = z
  .strictObject({
    id: idSchema,
    name: textSchema(150),
    /** The question as asked in the survey, or what is counted. */
    question: textSchema(1000),
    explanation: textSchema(2000),
    /** Who answers, e.g. that many residents answer with help from relatives. */
    respondents: textSchema(1000).optional(),
    unit: z.enum(indicatorUnitValues, { error: 'percent, count, days, minutes eller number' }),
    betterDirection: z.enum(betterDirectionValues, { error: 'higher (högre är bättre), lower (lägre är bättre) eller none' }),
    /** What n counts, so pages say "34 svar", "34 kunder" or "34 anställda". */
    countsWhat: z.enum(countsWhatValues, { error: 'answers (svar), customers (kunder) eller staff (anställda)' }).default('answers'),
    source: z.strictObject({
      kind: z.enum(sourceKindValues, { error: 'socialstyrelsen, skr, kolada, provider-report eller kommun' }),
      name: textSchema(200),
      url: webUrlSchema.optional(),
    }),
    koladaKpi: koladaKpiSchema.optional(),
    /**
     * The survey's own "antal svarande" KPI (e.g. U23592 hemtjänst, U23594 särskilt
     * boende): the number of answers behind koladaKpi. Kolada's count is not that number.
     */
    koladaAnswersKpi: koladaKpiSchema.optional(),
    /** Minimum answers to publish a figure; never below 5. */
    minAnswers: z
      .number({ error: `ett heltal, minst ${MIN_ANSWERS_FLOOR}` })
      .int({ error: 'ett heltal' })
      .min(MIN_ANSWERS_FLOOR, { error: `minst ${MIN_ANSWERS_FLOOR} (lägre gräns är inte tillåten)` })
      .default(MIN_ANSWERS_FLOOR),
    /** Whose rule the minimum is, stated on the indicator page. */
    minAnswersRule: textSchema(500),
    /**
     * The source has already left out small groups itself, so a unit or kommun
     * figure without a number of answers may be shown. Without it such a figure is
     * not shown (the small-numbers rule fails closed).
     */
    sourceSuppresses: z.boolean({ error: 'true eller false' }).optional(),
    /** How the source leaves out small groups, in words for the indicator page; required with sourceSuppresses: true. */
    sourceSuppressionRule: textSchema(500).optional(),
    services: z.array(idSchema).min(1, { error: 'minst en tjänst' }),
  })
  .superRefine((indicator, ctx) => {
    if (indicator.sourceSuppresses && !indicator.sourceSuppressionRule)
      ctx.addIssue({
        code: 'custom',
        path: ['sourceSuppressionRule'],
        message: 'en text som säger hur källan själv tar bort resultat från för få svar (krävs när sourceSuppresses är true)',
      });
  });

export type Indicator = z.infer<typeof indicatorSchema>;
