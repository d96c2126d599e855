import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Unpacks the npm package's Chromium once and tells the workers where it is.
    globalSetup: ['test/support/global-setup.ts'],
    // vitest's default is one worker fewer than the CPUs: one worker on a 2-core machine.
    // The tests are CPU-bound and in-process, so use every core.
    maxWorkers: Math.max(2, availableParallelism()),
    // Test files in a worker share loaded modules instead of loading ~250 modules afresh per
    // file (≈40 s → ≈25 s on 2 cores). So tests must not change shared state: no module
    // mocks, no writes to process.env or the working directory.
    isolate: false,
    // Most tests take milliseconds. These bounds are for the few that start a browser, a
    // child process or a property run on a busy machine: load makes the suite slower, never
    // red. Files that need more set it themselves.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    teardownTimeout: 10_000,
  },
});
