// Runs once, in the main process, before the test workers start: unpacks the npm package's
// Chromium (once, not in two workers at the same time) and tells the workers where it is.
// WTDIFF_CHROMIUM=/path/to/chromium uses that browser instead.
import type { TestProject } from 'vitest/node';

export default async function setup(project: TestProject): Promise<void> {
  const own = process.env['WTDIFF_CHROMIUM'];
  if (own) {
    project.provide('chromium', { executablePath: own, bundled: false });
    return;
  }
  const { default: packaged } = await import('@sparticuz/chromium');
  project.provide('chromium', { executablePath: await packaged.executablePath(), bundled: true });
}
