// The unit layer: lib functions, schemas and content validation (test/unit), and
// each .astro component rendered with plain props (test/components), all in Node.
// getViteConfig gives Vitest Astro's Vite setup, which the container API needs
// to load .astro files. Browser journeys live in test/e2e and run with Playwright.
/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/components/**/*.test.ts'],
    environment: 'node',
    // The validate-script test starts a process; give it room on a slow machine.
    testTimeout: 30_000,
  },
});
