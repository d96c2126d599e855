// node:module for the browser app. Shared code loads a few CommonJS packages lazily with
// createRequire(import.meta.url)(id) (text/sentences.ts, classify/grammar.ts, text/xml-dom.ts,
// classify/lexicon.ts); here each is imported once, and require answers from this table.
// ajv compiles a schema into code with new Function, which the app's Content-Security-Policy
// forbids: its one schema (schema/roles.schema.json) is compiled when the app is built instead
// (scripts/build-app.mjs, ajv's standalone code), and `compile` hands back that function.
import sbd from 'sbd/dist/sbd.js';
import winkNlp from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
// classify/wink-model.ts reads the model's core JSON itself. Imported without `with { type: 'json' }`,
// which esbuild would take for a second module and bundle the 3 MB JSON twice.
// @ts-expect-error TS1543: the attribute is left out on purpose (above).
import winkCoreModel from 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';
import * as xmldom from '@xmldom/xmldom';
import validateRoles from 'wtdiff:roles-validator';

class PrecompiledAjv {
  compile(): unknown {
    return validateRoles;
  }
}

const MODULES: Record<string, unknown> = {
  'sbd/dist/sbd.js': sbd,
  'wink-nlp': winkNlp,
  'wink-eng-lite-web-model': winkModel,
  'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json': winkCoreModel,
  '@xmldom/xmldom': xmldom,
  ajv: { Ajv: PrecompiledAjv },
};

export function createRequire(): (id: string) => unknown {
  return (id) => {
    if (!(id in MODULES)) throw new Error(`${id} is not bundled in the browser app`);
    return MODULES[id];
  };
}
