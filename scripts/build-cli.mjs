// The CLI as a few minified files, dist/cli-bundle/: what bin/wtdiff.js runs.
//
// Why: a comparison of two small files, as a pre-commit hook runs it, spent most of its time
// starting up — resolving and compiling some 260 modules one file at a time. Bundled by
// esbuild (already the app's bundler) with code splitting, each command is one chunk loaded only
// when it runs, as src/cli/main.ts's dynamic imports say, and a tiny comparison starts in about
// half the time. The tsc output (dist/) stays the library (`import 'wtdiff'`) and the input here.
//
// Left outside the bundle, loaded from node_modules at run time as before: wink-nlp and its
// English model (a 3 MB JSON the package reads with require), pdfjs-dist (which finds its own
// worker and font data files). dist/cli-bundle sits two levels below the package root, as
// dist/cli does, so the paths the CLI builds from import.meta.url (package.json, dist/app) hold.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT = join(ROOT, 'dist/cli-bundle');

rmSync(OUT, { recursive: true, force: true });
await build({
  // The worker threads of `wtdiff check` (src/check/pool.ts finds it beside its own chunk).
  entryPoints: { main: join(ROOT, 'dist/cli/main.js'), 'compare-worker': join(ROOT, 'dist/check/compare-worker.js') },
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  // `--debug` turns source maps on (bin/wtdiff.js), so its stack traces name src/ files.
  sourcemap: 'linked',
  external: ['wink-nlp', 'wink-eng-lite-web-model', 'pdfjs-dist', 'pdfjs-dist/*'],
  // CommonJS packages inside an ES module bundle call require() for Node built-ins.
  banner: { js: "import{createRequire as __wtdiffRequire}from'node:module';const require=__wtdiffRequire(import.meta.url);" },
  logLevel: 'warning',
});
