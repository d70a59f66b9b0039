// Authorisation condition (auktorisationsvillkor): what follow-ups check.
// All in content/conditions.yaml.
import { z } from 'zod';
import { idSchema, textSchema } from './common';

export const conditionSchema = z.strictObject({
  id: idSchema,
  text: textSchema(1000),
  checkedBy: textSchema(300),
  onFailure: textSchema(300),
});

export type Condition = z.infer<typeof conditionSchema>;
