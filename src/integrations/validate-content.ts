// Reads and validates the whole content folder before Astro writes or bundles
// anything, so a build from invalid content stops with every error listed and
// leaves no output behind (the pages read the same content through getCatalog()).
import type { AstroIntegration } from 'astro';
import { loadValidatedContent } from '../data/content-source';

export function validateContent(): AstroIntegration {
  return {
    name: 'kundvalsguiden-validate-content',
    hooks: {
      // Throws with the full list (src/data/content-source.ts); Astro prints it and exits non-zero.
      'astro:config:setup': () => {
        loadValidatedContent();
      },
    },
  };
}
