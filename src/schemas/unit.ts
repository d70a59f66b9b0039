// Unit (verksamhet/enhet): a boende, daglig verksamhet or korttidshem chosen on
// its own. One file per unit in content/units/.
import { z } from 'zod';
import {
  addressSchema,
  capacitySchema,
  contactSchema,
  coordinatesSchema,
  factsSchema,
  idSchema,
  isoDateSchema,
  languagesSchema,
  profilesSchema,
  textSchema,
} from './common';

export const unitSchema = z.strictObject({
  id: idSchema,
  providerId: idSchema,
  serviceId: idSchema,
  name: textSchema(150),
  address: addressSchema,
  coordinates: coordinatesSchema.optional(),
  area: idSchema,
  /** Platser: number of places (beds, seats). */
  places: z.number().int({ error: 'ett heltal' }).positive({ error: 'ett heltal större än 0' }).optional(),
  description: textSchema(4000),
  languages: languagesSchema.default([]),
  profiles: profilesSchema.default([]),
  capacity: capacitySchema.optional(),
  facts: factsSchema.optional(),
  contact: contactSchema.default({}),
  openedOn: isoDateSchema.optional(),
  /** Set when the unit has closed; it then leaves the lists but keeps its page. */
  closedOn: isoDateSchema.optional(),
  updatedOn: isoDateSchema,
});

export type Unit = z.infer<typeof unitSchema>;
