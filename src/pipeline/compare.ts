// The pipeline in one place: parse → align → diff → classify → Comparison.
import type { Alignment, Comparison, DocumentInfo, ParsedDocument, SourceMap } from '../types.js';
import { summarise } from '../summary.js';
import { locateSides } from '../diff/locate.js';
import { LineIndex } from '../parse/document.js';
import { parseChunked, sharedPieces } from '../parse/pieces.js';
import { splitIntoChunks } from '../parse/chunks.js';
import { align } from '../align/index.js';
import { buildChanges } from '../diff/changes.js';
import { classify, type ClassifyOptions } from '../classify/index.js';
import { passagesOf } from '../classify/passages-of.js';
import type { RoleLexicon } from '../classify/lexicon.js';
import { SCHEMA_VERSION } from '../version.js';
import { Timings } from '../timings.js';

export interface CompareOptions {
  /** Names shown in reports (default "old" and "new"). */
  oldLabel?: string;
  newLabel?: string;
  oldPath?: string;
  newPath?: string;
  /** Role lexicon (default: data/roles.json). */
  roles?: RoleLexicon;
  /** Mixed into change ids, e.g. the file path in `check`. */
  idScope?: string;
  /** Page of each markdown line, for inputs read from PDF (oldSource/newSource say more). */
  oldPages?: number[];
  newPages?: number[];
  /** What each side was read from, so that reports cite places in the user's own file. */
  oldSource?: SourceMap;
  newSource?: SourceMap;
  /** Renames known to hold throughout ("clinical commissioning group" → "integrated care board"), besides those found. */
  renames?: [string, string][];
  /** Collects per-stage milliseconds when given. */
  timings?: Timings;
}

/** Compare two editions given as markdown text. */
export function compare(oldText: string, newText: string, options: CompareOptions = {}): Comparison {
  return compareTexts(oldText, newText, options).comparison;
}

/**
 * compareEditions for two markdown texts, their labels, paths and sources given in `options` as
 * the library takes them (`compare`, `redlineDocx`).
 */
export function compareTexts(oldText: string, newText: string, options: CompareOptions = {}): Compared {
  const { oldLabel, newLabel, oldPath, newPath, oldSource, newSource, ...rest } = options;
  const edition = (markdown: string, label: string, path?: string, source?: SourceMap): Edition => ({ markdown, label, ...(path !== undefined ? { path } : {}), ...(source ? { source } : {}) });
  return compareEditions(edition(oldText, oldLabel ?? 'old', oldPath, oldSource), edition(newText, newLabel ?? 'new', newPath, newSource), rest);
}

/** One edition as read: its markdown, its name in reports, and what it was read from. */
export interface Edition {
  markdown: string;
  label: string;
  /** The path as the user gave it (reports show it beside the label). */
  path?: string;
  /** What it was read from, so that reports cite places in the user's own file. */
  source?: SourceMap;
}

/** Both editions parsed, their comparison, and the alignment it came from. */
export interface Compared {
  old: ParsedDocument;
  new: ParsedDocument;
  comparison: Comparison;
  alignment: Alignment;
}

/**
 * Parse and compare two editions as read: the one flow of `wtdiff OLD NEW`, the browser app and
 * `redlineDocx`. Labels, paths and sources come from the editions, not from `options`.
 */
export function compareEditions(old: Edition, neu: Edition, options: Omit<CompareOptions, 'oldLabel' | 'newLabel' | 'oldPath' | 'newPath' | 'oldSource' | 'newSource'> = {}): Compared {
  const timings = options.timings ?? new Timings();
  const [o, n] = timings.time('parse', () => {
    // Pieces both editions have byte for byte are parsed once (parse/pieces.ts).
    const oldPieces = splitIntoChunks(old.markdown);
    const newPieces = splitIntoChunks(neu.markdown);
    const shared = sharedPieces(oldPieces, newPieces);
    return [parseChunked({ markdown: old.markdown, title: old.label }, oldPieces, shared), parseChunked({ markdown: neu.markdown, title: neu.label }, newPieces, shared)] as const;
  });
  const { comparison, alignment } = compareAligned(o, n, {
    ...options,
    timings,
    oldLabel: old.label,
    newLabel: neu.label,
    ...(old.path !== undefined ? { oldPath: old.path } : {}),
    ...(neu.path !== undefined ? { newPath: neu.path } : {}),
    ...(old.source ? { oldSource: old.source } : {}),
    ...(neu.source ? { newSource: neu.source } : {}),
  });
  return { old: o, new: n, comparison, alignment };
}

/**
 * Parse one edition's markdown, cut into pieces at top-level headings when it is large: the
 * first step of every pipeline. `title` is used when the document has no heading of its own.
 */
export function parseEdition(markdown: string, title: string): ParsedDocument {
  return parseChunked({ markdown, title });
}

/** Compare two documents already parsed (the CLI parses them itself, to time and report the stages). */
export function compareDocuments(old: ParsedDocument, neu: ParsedDocument, options: CompareOptions = {}): Comparison {
  return compareAligned(old, neu, options).comparison;
}

/** The comparison and the alignment it came from (the Word redline follows paragraphs by it). */
export function compareAligned(old: ParsedDocument, neu: ParsedDocument, options: CompareOptions = {}): { comparison: Comparison; alignment: Alignment } {
  const timings = options.timings ?? new Timings();
  const oldLines = new LineIndex(old.source);
  const newLines = new LineIndex(neu.source);
  const alignment = timings.time('align', () => align({ old, new: neu, oldLines, newLines }));
  const drafts = timings.time('diff', () => buildChanges(alignment.units, options.idScope !== undefined ? { idScope: options.idScope } : {}));
  locateSides(drafts, sourceOf(options.oldSource, options.oldPages), sourceOf(options.newSource, options.newPages));
  const classifyOptions: ClassifyOptions = { passages: passagesOf(old, neu, alignment.sections), definitions: `${old.source}\n${neu.source}` };
  if (options.roles) classifyOptions.roles = options.roles;
  if (options.renames) classifyOptions.renames = options.renames;
  const { changes, terminology } = timings.time('classify', () => classify(drafts, classifyOptions));
  const comparison: Comparison = {
    schemaVersion: SCHEMA_VERSION,
    documents: {
      old: info(old, options.oldLabel ?? 'old', options.oldPath, sourceOf(options.oldSource, options.oldPages)),
      new: info(neu, options.newLabel ?? 'new', options.newPath, sourceOf(options.newSource, options.newPages)),
    },
    sections: alignment.sections.filter((s) => s.kind !== 'matched'),
    terminology,
    changes,
    summary: summarise(changes),
  };
  return { comparison, alignment };
}

/** The side's source map; bare `pages` (the older option) mean a PDF. */
function sourceOf(source: SourceMap | undefined, pages: number[] | undefined): SourceMap | undefined {
  return source ?? (pages ? { format: 'pdf', pages } : undefined);
}

function info(doc: ParsedDocument, label: string, path?: string, source?: SourceMap): DocumentInfo {
  const blocks = doc.sections.reduce((n, s) => n + s.blocks.length, 0);
  const out: DocumentInfo = { label, title: doc.title, sections: doc.sections.length, blocks };
  if (path !== undefined) out.path = path;
  if (source) out.format = source.format;
  out.outline = doc.sections.map((s) => ({ path: s.path, line: s.position.line, words: wordsIn(s.blocks) }));
  return out;
}

function wordsIn(blocks: readonly { text: string }[]): number {
  let n = 0;
  for (const b of blocks) for (const w of b.text.split(/\s+/)) if (w) n++;
  return n;
}
