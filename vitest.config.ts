import { defineConfig } from 'vitest/config';

// Timeouts: most tests are in-process and take milliseconds; the generous defaults are for the
// few that start a browser, a child process or a property run on a busy 2-core machine, so a
// loaded machine makes the suite slower, never red. Files that need more set it themselves.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    teardownTimeout: 10_000,
  },
});
