// Headless Chromium for the scripts and benches outside the test suite (the tests have
// test/support/browser.ts): the npm-packaged build the tests use, or WTDIFF_CHROMIUM's.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

// A closed network: without the background-networking flags Chromium keeps trying Google's hosts.
const COMMON = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--no-default-browser-check'];
// The npm package's build is a headless shell that renders with SwiftShader and needs these.
const PACKAGED = ['--no-zygote', '--use-gl=angle', '--use-angle=swiftshader', '--in-process-gpu'];

/** Launch headless Chromium: WTDIFF_CHROMIUM=/path/to/chromium, else the @sparticuz/chromium package's. */
export async function launchChromium() {
  const own = process.env.WTDIFF_CHROMIUM;
  if (own) return chromium.launch({ executablePath: own, headless: true, args: COMMON });
  const packaged = (await import('@sparticuz/chromium')).default;
  return chromium.launch({
    executablePath: await packaged.executablePath(),
    headless: true,
    args: [...COMMON, ...PACKAGED],
    env: { ...process.env, FONTCONFIG_PATH: join(tmpdir(), 'fonts') },
  });
}
