// Astro content collections over the validated content model. The whole
// content folder is validated once (src/data/load-content.ts); if anything is
// wrong the build stops with every error listed, so no collection is half-filled.
import { defineCollection } from 'astro:content';
import { conditionSchema } from './schemas/condition';
import { followUpSchema } from './schemas/follow-up';
import { indicatorSchema } from './schemas/indicator';
import { providerSchema } from './schemas/provider';
import { qualityReportSchema } from './schemas/quality-report';
import { serviceSchema } from './schemas/service';
import { unitSchema } from './schemas/unit';
import { loadValidatedContent } from './data/content-source';
import type { ContentModel } from './lib/catalog/model';

/** A collection loader over one list of the validated model. */
const entries = <T extends { id: string }>(pick: (m: ContentModel) => T[]) => async () => pick(loadValidatedContent());

export const collections = {
  services: defineCollection({ loader: entries((m) => m.services), schema: serviceSchema }),
  providers: defineCollection({ loader: entries((m) => m.providers), schema: providerSchema }),
  units: defineCollection({ loader: entries((m) => m.units), schema: unitSchema }),
  indicators: defineCollection({ loader: entries((m) => m.indicators), schema: indicatorSchema }),
  conditions: defineCollection({ loader: entries((m) => m.conditions), schema: conditionSchema }),
  qualityReports: defineCollection({ loader: entries((m) => m.qualityReports), schema: qualityReportSchema }),
  followUps: defineCollection({ loader: entries((m) => m.followUps), schema: followUpSchema }),
};
