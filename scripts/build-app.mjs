// npm run build:app: the browser app as one self-contained HTML file, dist/app/wtdiff.html.
//
// Bundled by esbuild: one dependency that bundles TypeScript and npm packages into a single
// script in about a second, with an API (not a config language) to swap modules and inline the
// worker; Vite would bring Rollup and a dev server, plus plugins to inline the worker and the
// result, for nothing this needs. Two bundles:
//   1. src/app/browser/worker.ts, the pipeline and the report builders, run in a Web Worker;
//   2. src/app/browser/page.ts, the page's script, with bundle 1 inlined as a string.
// Shared code imports a few Node built-ins (node:crypto, node:module, node:zlib, node:path):
// each is answered by a browser module in src/app/browser/shims/, and pdf.js's Node loader
// (src/ingest/pdf/load.ts) by its browser counterpart. Anything else Node-only — the file
// system, child processes, the network, src/cli, src/check, the CLI's readers of files and
// URLs — stops the build: it must stay behind the CLI's edge.
// Runs after tsc (`npm run build`), whose dist/app/shell.js writes the page around the script.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHIMS = join(ROOT, 'src/app/browser/shims');
const OUT = join(ROOT, 'dist/app');

/** Node built-ins shared code uses, and what answers them in the browser. */
const BUILTINS = {
  'node:crypto': 'crypto.ts',
  'node:module': 'module.ts',
  'node:zlib': 'zlib.ts',
  'node:path': 'path.ts',
};

/** Modules of src/ that must never be in the app: the CLI's edge. */
const FORBIDDEN = [/^src\/cli\//, /^src\/check\//, /^src\/eval\//, /^src\/ingest\/(index|local|url)\.ts$/, /^src\/index\.ts$/];

/** The role lexicon schema's validator, compiled now: the page's policy forbids compiling code at run time. */
function rolesValidator() {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schema/roles.schema.json'), 'utf8'));
  // The options classify/lexicon.ts compiles with, so errors read the same as the CLI's.
  const ajv = new Ajv({ ...ROLES_AJV_OPTIONS, code: { source: true, esm: true } });
  return standaloneCode(ajv, ajv.compile(schema));
}

function browserPlugin(virtual) {
  return {
    name: 'wtdiff-browser',
    setup(b) {
      b.onResolve({ filter: /^wtdiff:/ }, (args) => ({ path: args.path, namespace: 'wtdiff' }));
      b.onLoad({ filter: /.*/, namespace: 'wtdiff' }, (args) => ({ contents: virtual[args.path], loader: 'js', resolveDir: ROOT }));
      b.onResolve({ filter: /^(node:)?[a-z_]+(\/promises)?$/ }, (args) => {
        const id = args.path.startsWith('node:') ? args.path : `node:${args.path}`;
        if (!NODE_BUILTINS.has(id.slice(5).replace(/\/promises$/, ''))) return undefined;
        const shim = BUILTINS[id];
        if (shim && relative(ROOT, args.importer).startsWith('src/')) return { path: join(SHIMS, shim) };
        return { errors: [{ text: `${args.path} is Node-only (imported by ${relative(ROOT, args.importer)}): the browser app must not include it` }] };
      });
      b.onResolve({ filter: /^\.\/load\.js$/ }, (args) =>
        relative(ROOT, args.importer) === 'src/ingest/pdf/extract.ts' ? { path: join(SHIMS, 'pdf-load.ts') } : undefined,
      );
    },
  };
}

const NODE_BUILTINS = new Set((await import('node:module')).builtinModules.map((m) => m.replace(/^node:/, '')));

async function bundle(entry, virtual, conditions = []) {
  const result = await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    conditions,
    target: ['es2022', 'chrome110', 'firefox115', 'safari16'],
    // WTDIFF_APP_UNMINIFIED=1 keeps names and lines, for reading a stack trace from the browser.
    minify: !process.env.WTDIFF_APP_UNMINIFIED,
    legalComments: 'none',
    charset: 'utf8',
    metafile: true,
    logLevel: 'error',
    define: { 'import.meta.url': '"about:blank"', 'process.env.NODE_ENV': '"production"' },
    plugins: [browserPlugin(virtual)],
  });
  const inputs = Object.keys(result.metafile.inputs);
  const forbidden = inputs.filter((i) => FORBIDDEN.some((f) => f.test(i)));
  if (forbidden.length) throw new Error(`the browser app would include the CLI's edge: ${forbidden.join(', ')}`);
  return { code: result.outputFiles[0].text, inputs };
}

const WORKER_PLACEHOLDER = 'wtdiff:worker-source-goes-here';
const { ROLES_AJV_OPTIONS } = await import(join(ROOT, 'dist/classify/lexicon.js'));
const started = performance.now();
// The worker has no DOM: packages that offer a "worker" build (decode-named-character-reference's
// "browser" one makes an element) give that one.
const worker = await bundle('src/app/browser/worker.ts', { 'wtdiff:roles-validator': rolesValidator() }, ['worker']);
const page = await bundle('src/app/browser/page.ts', { 'wtdiff:worker-source': `export default "${WORKER_PLACEHOLDER}";` });
// The worker's code goes in after bundling, every "<" escaped, so that no "</script" or "<!--"
// in it can end the page's script element (esbuild would print the escapes back as "<").
const [before, after, ...more] = page.code.split(`"${WORKER_PLACEHOLDER}"`);
if (after === undefined || more.length) throw new Error('the page bundle should hold the worker placeholder once');
const script = before + JSON.stringify(worker.code).replace(/</g, '\\u003c') + after;
const { appPage } = await import(join(ROOT, 'dist/app/shell.js'));
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const html = appPage(script, version);
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'wtdiff.html'), html);
// What went into each bundle, for test/app/bundle.test.ts.
writeFileSync(join(OUT, 'inputs.json'), `${JSON.stringify({ worker: worker.inputs, page: page.inputs }, null, 2)}\n`);
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
console.log(`wtdiff: wrote dist/app/wtdiff.html (${mb(Buffer.byteLength(html))}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
