import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Tests that drive headless Chromium (from the @sparticuz/chromium npm package).
const BROWSER = ['test/report/html.browser.test.ts', 'test/report/map.browser.test.ts', 'test/ingest/pdf.test.ts', 'test/ingest/url.test.ts', 'test/e2e/readers.test.ts', 'test/e2e/citations.browser.test.ts', 'test/app/app.browser.test.ts'];
// Tests that cross stages, spawn the bin or run thousands of generated cases.
const E2E = ['test/e2e/**/*.test.ts', 'test/pipeline/compare.test.ts', 'test/report/docx.test.ts'];

// Timeouts say what each project does; they are bounds for a busy 2-core machine, so load makes
// the suite slower, never red. A test that needs more than its project's bound says so itself.
export default defineConfig({
  test: {
    // vitest's default is one worker fewer than the CPUs: one worker on a 2-core machine.
    // The tests are CPU-bound and in-process, so use every core.
    maxWorkers: Math.max(2, availableParallelism()),
    // Test files in a worker share loaded modules instead of loading ~250 modules afresh per
    // file (≈40 s → ≈25 s on 2 cores). So tests must not change shared state: no module
    // mocks, no writes to process.env or the working directory.
    isolate: false,
    teardownTimeout: 10_000,
    projects: [
      {
        extends: true,
        // One module's exports called directly: milliseconds each; real git repos and temp
        // files at most.
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...BROWSER, ...E2E], testTimeout: 15_000, hookTimeout: 30_000 },
      },
      {
        extends: true,
        // Whole comparisons of megabyte inputs, the built bin in child processes, property runs.
        test: { name: 'e2e', include: E2E, exclude: BROWSER, testTimeout: 120_000, hookTimeout: 60_000 },
      },
      {
        extends: true,
        // Launching Chromium, printing PDFs, serving pages. The global setup unpacks the npm
        // package's Chromium once and tells the workers where it is.
        test: { name: 'browser', include: BROWSER, globalSetup: ['test/support/global-setup.ts'], testTimeout: 60_000, hookTimeout: 120_000 },
      },
    ],
  },
});
