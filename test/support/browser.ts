// The browser for tests that need one (the HTML report, PDFs printed from HTML): Chromium from
// the @sparticuz/chromium npm package, so `npm test` needs nothing outside npm. Its binary is
// unpacked once per run by test/support/global-setup.ts, which provides its path (two workers
// unpacking at once would race). Set WTDIFF_CHROMIUM to the path of a Chromium of your own to
// use that instead.
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Browser } from 'playwright-core';

declare module 'vitest' {
  export interface ProvidedContext {
    chromium: { executablePath: string; bundled: boolean };
  }
}

// Flags for a headless browser on a closed network. Without the background-networking flags
// Chromium keeps trying (and failing) to reach Google's hosts.
const COMMON_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--no-default-browser-check'];
// The npm package's build is a headless shell that renders with SwiftShader and needs these.
const BUNDLED_ARGS = ['--no-zygote', '--use-gl=angle', '--use-angle=swiftshader', '--in-process-gpu'];

/**
 * Launch headless Chromium. The bundled build sees only the fonts shipped in its package (its own
 * fontconfig), not the machine's; pages printed to PDF embed their own fonts besides
 * (test/support/documents.ts), so their line and page breaks are the same on every machine.
 */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  const { executablePath, bundled } = inject('chromium');
  return chromium.launch({
    executablePath,
    headless: true,
    args: [...(bundled ? [...COMMON_ARGS, ...BUNDLED_ARGS] : COMMON_ARGS), ...extraArgs],
    ...(bundled ? { env: { ...process.env, FONTCONFIG_PATH: join(tmpdir(), 'fonts') } } : {}),
  });
}

/** Chromium for one describe block's tests: launched before the first, closed after the last. */
export function useChromium(extraArgs: string[] = []): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium(extraArgs);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running: useChromium() is called inside a describe block, its browser inside a test');
    return browser;
  };
}
