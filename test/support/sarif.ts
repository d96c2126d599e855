// A validator for the SARIF 2.1.0 (rtm.5) JSON Schema (draft-04), vendored in schemas/
// (see schemas/README.md for where it came from).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AjvDraft04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';

// CommonJS packages: the class and the plugin are their module.exports and their .default.
const AjvDraft04 = AjvDraft04Module.default;
const addFormats = addFormatsModule.default;

export interface Validator {
  (data: unknown): boolean;
  errors(): unknown;
}

export function sarifValidator(): Validator {
  const schemaPath = fileURLToPath(new URL('./schemas/sarif-2.1.0-rtm.5.json', import.meta.url));
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
  // unicodeRegExp: false, as one pattern in the schema is not valid with the u flag.
  const ajv = new AjvDraft04({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  const v = ajv.compile(schema);
  return Object.assign((d: unknown) => v(d) as boolean, { errors: () => v.errors });
}
