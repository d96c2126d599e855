// The public library API. Everything not exported here is free to change.
// Read a file the way the CLI does (`readInput`, then `sourceMapOf` for citations), compare two
// editions (`compare`, or `parseEdition` + `compareDocuments`), render (`loadRenderer`).
export { compare, compareDocuments, parseEdition, type CompareOptions } from './pipeline/compare.js';
export { buildHistory, type HistoryOptions } from './pipeline/history.js';
export { compareDecisions, listDecisions } from './pipeline/roles.js';
export { readInput, sourceMapOf, type Ingested, type InputFormat, type ReadOptions } from './ingest/index.js';
export { parseDocument } from './parse/document.js';
export { buildLexicon, defaultRoles, validateRoleFile, type RoleLexicon } from './classify/lexicon.js';
export { analyseSentence, type Frame, type RoleMention, type Slot } from './classify/frames.js';
export { renderers } from './report/all.js';
export { loadRenderer, FORMATS, type Renderer, type RenderOptions } from './report/index.js';
export { WtdiffError, UsageError, InputError, InputFileError, RoleFileError, DocumentLimitError, GitError } from './errors.js';
export { Timings } from './timings.js';
export { TAGS, TAG_NAMES } from './tags.js';
export { SCHEMA_VERSION } from './version.js';
export type * from './types.js';
