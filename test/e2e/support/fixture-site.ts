// The fixture site the browser journeys run on (test/fixtures/sites/README.md),
// and where `npm run test:e2e` builds it. Shared by that script and the
// Playwright config, so both always mean the same folders.
export const E2E_SITE = {
  content: 'test/fixtures/sites/journeys',
  dist: 'test-results/sites/journeys',
} as const;
