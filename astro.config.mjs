// @ts-check
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { readSiteAddress } from './scripts/lib/site-address.mjs';
import { siteFiles } from './src/integrations/site-files.ts';
import { validateContent } from './src/integrations/validate-content.ts';

// The canonical address comes from content/site.yaml so a kommun sets it in one place.
const { site, base } = readSiteAddress();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Content first: invalid content stops the build before anything is written.
  integrations: [validateContent(), react(), siteFiles()],
  devToolbar: { enabled: false },
  // Nothing from other hosts: no prefetch of remote resources.
  prefetch: false,
  vite: {
    build: {
      rolldownOptions: {
        output: {
          // React's runtime and fuse.js in chunks of their own: shared and cached across
          // pages, and counted apart from our own code by `npm run bench -- js-weight`.
          codeSplitting: {
            groups: [
              { name: 'react-runtime', test: /node_modules[\\/](react|react-dom|scheduler|@astrojs[\\/]react)[\\/]/, priority: 2 },
              { name: 'fuse', test: /node_modules[\\/]fuse\.js[\\/]/, priority: 1 },
            ],
          },
        },
      },
    },
  },
});
