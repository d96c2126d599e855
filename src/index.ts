// The public library API. Everything not exported here is free to change.
// Read a file the way the CLI does (`readInput`, then `sourceMapOf` for citations), compare two
// editions (`compare`, or `parseEdition` + `compareDocuments`), render (`loadRenderer`), or write
// the Word redline (`redlineDocx`, or `compareAligned` + `buildRedline` + `renderDocx`).
import { compareTexts, type CompareOptions } from './pipeline/compare.js';
import { buildRedline } from './pipeline/redline.js';
import { renderDocx } from './report/docx.js';

export { compare, compareAligned, compareDocuments, compareEditions, parseEdition, type CompareOptions, type Compared, type Edition } from './pipeline/compare.js';
export { buildRedline, editionParagraphs } from './pipeline/redline.js';
export { renderDocx, type DocxOptions } from './report/docx.js';
export { buildHistory, type HistoryOptions } from './pipeline/history.js';
export { compareDecisions, listDecisions } from './pipeline/roles.js';
export { readInput, readBytes, sourceMapOf, type Ingested, type InputFormat, type ReadOptions } from './ingest/index.js';
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

/**
 * The Word redline of two editions given as markdown, as `wtdiff OLD NEW --format docx` writes it:
 * the new edition with every change tracked and a comment on each role, duty and timescale change.
 */
export async function redlineDocx(oldText: string, newText: string, options: CompareOptions & { all?: boolean; date?: Date } = {}): Promise<Uint8Array> {
  const c = compareTexts(oldText, newText, options);
  return renderDocx(c.comparison, buildRedline(c.old, c.new, c.alignment, c.comparison), { all: options.all ?? false, date: options.date ?? new Date() });
}
