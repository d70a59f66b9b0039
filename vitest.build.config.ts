// Tests that run the real site build (test/build/): hostile text in every free-text
// field, broken content files. One file at a time, since builds share .astro/.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/build/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
