// The public library API. Everything not exported here is free to change.
export { compare, compareDocuments, type CompareOptions } from './pipeline/compare.js';
export { parseDocument } from './parse/document.js';
export { buildLexicon, defaultRoles, validateRoleFile, type RoleLexicon } from './classify/lexicon.js';
export { analyseSentence, type Frame, type RoleMention, type Slot } from './classify/frames.js';
export { renderers } from './report/all.js';
export { loadRenderer, FORMATS, type Renderer, type RenderOptions } from './report/index.js';
export { TAGS, TAG_NAMES } from './tags.js';
export { SCHEMA_VERSION } from './version.js';
export type * from './types.js';
