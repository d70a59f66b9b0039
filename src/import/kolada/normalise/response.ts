// The shapes of Kolada API v3 responses, read tolerantly: unknown keys are
// ignored, ids stay text, and a response that is not Kolada's is refused in words.
import { z } from 'zod';
import { normaliseText } from '../../../lib/safe-text/text';

/** Text from Kolada that is stored or shown passes the text gate (lib/safe-text/text.ts). */
const remoteText = z.string().transform(normaliseText);

const looseNumber = z.number().nullable().optional();

export const koladaValueSchema = z.looseObject({
  gender: z.string().default('T'),
  value: looseNumber,
  count: looseNumber,
  status: z.string().nullable().optional(),
  isdeleted: z.boolean().nullable().optional(),
});

/** One row of /data (municipality) or /oudata (ou). */
export const koladaDataRowSchema = z.looseObject({
  kpi: z.string(),
  period: z.union([z.number(), z.string()]).transform((p) => String(p)),
  municipality: z.string().optional(),
  ou: z.string().optional(),
  values: z.array(koladaValueSchema).default([]),
});

export const koladaOuSchema = z.looseObject({ id: z.string(), municipality: z.string(), title: remoteText });

export const koladaKpiMetaSchema = z.looseObject({
  id: z.string(),
  title: remoteText,
  description: remoteText.nullable().optional(),
  has_ou_data: z.boolean().nullable().optional(),
  publication_date: z.string().nullable().optional(),
});

export const koladaMunicipalitySchema = z.looseObject({ id: z.string(), title: remoteText, type: z.string().optional() });

export const koladaEnvelopeSchema = z.looseObject({
  values: z.array(z.unknown()),
  count: z.number().optional(),
  next_url: z.string().nullable().optional(),
});

export type KoladaValue = z.infer<typeof koladaValueSchema>;
export type KoladaDataRow = z.infer<typeof koladaDataRowSchema>;
export type KoladaOu = z.infer<typeof koladaOuSchema>;
export type KoladaKpiMeta = z.infer<typeof koladaKpiMetaSchema>;
export type KoladaMunicipality = z.infer<typeof koladaMunicipalitySchema>;
export type KoladaEnvelope = z.infer<typeof koladaEnvelopeSchema>;

/** A response that is not Kolada's, said in words. */
export class KoladaResponseError extends Error {}

/** The next page's address, or undefined when the API says there is none (null, "" or absent). */
export function nextPage(envelope: KoladaEnvelope): string | undefined {
  return envelope.next_url ? envelope.next_url : undefined;
}

/** Parses a list of items, naming the first bad one in Swedish. */
export function parseItems<T>(schema: z.ZodType<T>, items: unknown[], what: string): T[] {
  return items.map((item, i) => {
    const r = schema.safeParse(item);
    if (!r.success) {
      const issue = r.error.issues[0];
      throw new KoladaResponseError(
        `Svaret från Kolada har en ${what} som inte går att läsa (post ${i + 1}, fält ${issue.path.join('.') || '(hela posten)'}): ${JSON.stringify(item).slice(0, 160)}`,
      );
    }
    return r.data;
  });
}

export function parseEnvelope(body: unknown, where: string): KoladaEnvelope {
  const r = koladaEnvelopeSchema.safeParse(body);
  if (!r.success) throw new KoladaResponseError(`Svaret från ${where} ser inte ut som ett svar från Kolada API v3 (det saknar en lista "values").`);
  return r.data;
}
