// A preload for tests of start-up (`node --import ./test/support/module-trace.mjs`): every
// module the process loads, ES or CommonJS, is appended to the file WTDIFF_MODULE_TRACE names,
// one URL a line. The ES module hook runs on the loader's own thread, so it writes the file
// itself rather than sending the URLs back.
import { register } from 'node:module';
import { appendFileSync } from 'node:fs';
import Module from 'node:module';

const file = process.env.WTDIFF_MODULE_TRACE;
if (file) {
  register(`data:text/javascript,${encodeURIComponent(`
    import { appendFileSync } from 'node:fs';
    export async function load(url, context, next) {
      appendFileSync(${JSON.stringify(file)}, url + '\\n');
      return next(url, context);
    }`)}`);
  // require() of CommonJS modules from a CommonJS module does not pass the ES hooks.
  const original = Module.prototype._compile;
  Module.prototype._compile = function (content, filename) {
    appendFileSync(file, `file://${filename}\n`);
    return original.call(this, content, filename);
  };
}
