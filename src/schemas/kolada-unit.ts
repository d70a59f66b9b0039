// Kolada unit mapping (content/kolada-units.yaml): which Kolada organisational
// unit (OU) is which unit or provider on the site. Staff edit it; the importer never guesses.
import { z } from 'zod';
import { idSchema, textSchema } from './common';

export const koladaSubjectTypeValues = ['unit', 'provider'] as const;

export const koladaUnitSchema = z
  .strictObject({
    /** Kolada's OU id, e.g. V23E018299901. */
    ou: z.string({ error: 'ett Kolada-enhets-id som V23E018299901' }).regex(/^[A-Z0-9]{5,20}$/, {
      error: 'ett Kolada-enhets-id med stora bokstäver och siffror, t.ex. V23E018299901',
    }),
    /** Kolada's name of the unit, for the person reading the file. */
    title: textSchema(200).optional(),
    subjectType: z.enum(koladaSubjectTypeValues, { error: 'unit (en enhet i content/units/) eller provider (en anordnare i content/providers/)' }).optional(),
    subject: idSchema.optional(),
    /** For a provider in several services: the service this OU reports for (e.g. hemtjanst). */
    service: idSchema.optional(),
    /** Why an OU deliberately has no page here, so it is not reported as unmatched. */
    ignore: textSchema(300).optional(),
  })
  .superRefine((m, ctx) => {
    if (m.ignore !== undefined) {
      if (m.subjectType !== undefined || m.subject !== undefined)
        ctx.addIssue({ code: 'custom', path: ['ignore'], message: 'antingen ignore eller subjectType och subject, inte båda' });
      return;
    }
    if (m.subjectType === undefined)
      ctx.addIssue({ code: 'custom', path: ['subjectType'], message: 'unit eller provider (eller ignore: <skäl> för en enhet som inte ska visas)' });
    if (m.subject === undefined) ctx.addIssue({ code: 'custom', path: ['subject'], message: 'id för enheten eller anordnaren på webbplatsen' });
  });

export type KoladaUnit = z.infer<typeof koladaUnitSchema>;
