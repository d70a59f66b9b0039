// Unit tests only: lib functions, schemas and content validation, run in Node.
// Browser journeys live in test/e2e and run with Playwright, not here.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // The validate-script test starts a process; give it room on a slow machine.
    testTimeout: 30_000,
  },
});
