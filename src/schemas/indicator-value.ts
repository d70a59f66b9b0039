// Indicator value: one figure for one subject and period. Stored as CSV rows in
// content/indicator-values/*.csv because kommuner receive them as spreadsheets.
import { z } from 'zod';
import { idSchema, isoDateSchema, textSchema } from './common';
import { PERIOD_PATTERN } from '../lib/locale/periods';

/** The five states a figure can have; only "value" carries a number. */
export const valueStateValues = ['value', 'suppressed', 'missing', 'not-applicable', 'not-measured'] as const;
export type ValueState = (typeof valueStateValues)[number];

/** unit/provider: one place or organisation; municipality: the kommun's own figure; nation: Riket. */
export const subjectTypeValues = ['unit', 'provider', 'municipality', 'nation'] as const;

const optionalNumber = (expected: string, check: (n: number) => boolean) =>
  z.preprocess(
    (v) => (v === '' || v === undefined || v === null ? undefined : typeof v === 'string' ? Number(v.replace(',', '.').replace(/\s/g, '')) : v),
    z
      .number({ error: expected })
      .refine((n) => Number.isFinite(n) && check(n), { error: expected })
      .optional(),
  );

export const indicatorValueSchema = z
  .strictObject({
    indicator: idSchema,
    subjectType: z.enum(subjectTypeValues, { error: 'unit, provider, municipality eller nation' }),
    /** Unit or provider id; the kommunkod for municipality; "riket" for nation. */
    subject: z.string().min(1, { error: 'ett id' }),
    /** The period measured: a year (2024) or a year and half/quarter (2024-H1, 2024-Q3). */
    period: z.string().regex(PERIOD_PATTERN, { error: 'en period som 2024, 2024-H1 eller 2024-Q3' }),
    state: z.enum(valueStateValues, { error: 'value, suppressed, missing, not-applicable eller not-measured' }),
    value: optionalNumber('ett tal (med punkt eller komma som decimaltecken)', () => true),
    /** Number of answers behind the figure, when known. */
    n: optionalNumber('ett heltal, 0 eller mer', (n) => Number.isInteger(n) && n >= 0),
    responseRate: optionalNumber('ett tal mellan 0 och 100 (procent)', (n) => n >= 0 && n <= 100),
    source: textSchema(200),
    kpi: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z
        .string()
        .regex(/^[NU]\d{5}$/, { error: 'ett Kolada-id som U21468' })
        .optional(),
    ),
    publishedOn: isoDateSchema,
  })
  .superRefine((row, ctx) => {
    if (row.state === 'value' && row.value === undefined) ctx.addIssue({ code: 'custom', path: ['value'], message: 'ett värde när state är value' });
    if (row.state !== 'value' && row.value !== undefined)
      ctx.addIssue({ code: 'custom', path: ['value'], message: `inget värde när state är ${row.state} (värdet får inte publiceras)` });
  });

export type IndicatorValue = z.infer<typeof indicatorValueSchema>;
export type SubjectType = (typeof subjectTypeValues)[number];

/** Column order of indicator-value CSV files. */
export const indicatorValueColumns = [
  'indicator',
  'subjectType',
  'subject',
  'period',
  'state',
  'value',
  'n',
  'responseRate',
  'source',
  'kpi',
  'publishedOn',
] as const;
