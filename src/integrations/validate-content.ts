// Reads and validates the whole content folder before Astro writes or bundles
// anything, so a build from invalid content stops with every error listed and
// leaves no output behind. This is the build's only read of content/: the pages
// get the same validated model through getCatalog() (src/data/content-source.ts).
import type { AstroIntegration } from 'astro';
import { ContentInvalidError, loadValidatedContent } from '../data/content-source';

export function validateContent(): AstroIntegration {
  return {
    name: 'kundvalsguiden-validate-content',
    hooks: {
      'astro:config:setup': () => {
        try {
          loadValidatedContent();
        } catch (error) {
          if (!(error instanceof ContentInvalidError)) throw error;
          // The list is the message a kommun official acts on: printed as it is,
          // without Astro's "unhandled error" heading and stack trace.
          console.error(`\n${error.message}\n`);
          process.exit(1);
        }
      },
    },
  };
}
