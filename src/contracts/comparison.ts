// The comparison as every report and the JSON output see it (schema/comparison.schema.json),
// and the document model it cites. test/contracts.test.ts holds the enums to the schema's.

/** Where a piece of text starts in its source file (1-based line and column). */
export interface Position {
  line: number;
  column: number;
  /** Page number when the source was a paginated format (PDF). */
  page?: number;
}

export interface Sentence {
  text: string;
  /** Normalised for matching: whitespace collapsed, quotes and dashes unified. */
  key: string;
  position: Position;
  /** In a table row: which cell (0-based) the sentence is in. */
  cell?: number;
}

export type BlockKind = 'paragraph' | 'listItem' | 'tableRow' | 'quote' | 'code';

export interface Block {
  id: string;
  kind: BlockKind;
  /** Paragraph number ("42.", "1.3") kept apart from the wording. */
  label?: string;
  text: string;
  key: string;
  sentences: Sentence[];
  position: Position;
}

export interface Section {
  id: string;
  /** Heading path from the top of the document, outermost first. */
  path: string[];
  heading: string;
  level: number;
  blocks: Block[];
  position: Position;
}

export interface Document {
  title: string;
  sections: Section[];
}

/** One token-level operation of a word diff. */
export interface Op {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

export type ChangeKind = 'changed' | 'added' | 'removed' | 'moved';

/** Tags are open-ended strings; the known ones are listed in tags.ts. */
export type Tag = string;

export interface Side {
  text: string;
  section: string[];
  /** The paragraph's own label ("42.", "1.3", "(ii)"), when it has one. */
  paragraph?: string;
  /** Line and column in the markdown the comparison read (for markdown input, the file itself). */
  line: number;
  column: number;
  /** The page, for PDF input. */
  page?: number;
  /** The line in the user's own file, for markdown and text input (since 1.2.0). */
  sourceLine?: number;
  /**
   * The paragraph's number within its section, counting paragraphs, list items, table rows,
   * quotes and code blocks from 1: how a DOCX or HTML input is cited (since 1.2.0).
   */
  ordinal?: number;
}

/** The kinds of file wtdiff reads. */
export type SourceFormat = 'markdown' | 'text' | 'html' | 'docx' | 'pdf';

/** Where a side's markdown came from, so that reports cite places in the user's own file. */
export interface SourceMap {
  format: SourceFormat;
  /** pages[i]: the page of markdown line i + 1 (PDF). */
  pages?: number[];
  /** lines[i]: the source line where the block on markdown line i + 1 starts (text). */
  lines?: number[];
  /** The source text itself (text), to find the line each sentence starts on. */
  text?: string;
}

/** The slots in which a role takes part in a decision (the JSON schema's `slot` enum). */
export type DecisionSlot = 'bearer' | 'agent' | 'co-participant' | 'consulted';

/** A role that left or joined a decision, and the words that showed it. */
export interface RoleEvent {
  role: string;
  /** The role's name from the lexicon: "Independent reviewing officer" (since schema 1.1.0). */
  label?: string;
  change: 'removed' | 'added';
  /** Where the role stood in the decision (only these slots take part in one). */
  slot: DecisionSlot;
  /** The decision concerned, in words: "agree a plan of action". */
  decision: string;
  /** The surface words that triggered it: "their manager". */
  trigger: string;
}

export interface DutyChange {
  from: string;
  to: string;
  direction: 'weakened' | 'strengthened' | 'reversed';
}

export interface TimescaleChange {
  from: string[];
  to: string[];
}

export interface Change {
  id: string;
  kind: ChangeKind;
  tags: Tag[];
  roles: { removed: string[]; added: string[] };
  old: Side | null;
  new: Side | null;
  ops: Op[];
  /** Role events with the decision each concerns (empty when no role changed). */
  roleEvents: RoleEvent[];
  duty?: DutyChange;
  timescale?: TimescaleChange;
  /** Terminology renames that explain (part of) this change: "professional → practitioner". */
  terminology?: string[];
  /** Editorial differences inside this change: "judgements → judgments". */
  editorial?: string[];
  /** Set by `check` when an accepted-changes file lists this id. */
  accepted?: boolean;
  acceptedReason?: string;
}

export type SectionChangeKind = 'matched' | 'renamed' | 'moved' | 'split' | 'merged' | 'added' | 'removed';

export interface SectionChange {
  kind: SectionChangeKind;
  old: { path: string[]; line: number } | null;
  new: { path: string[]; line: number } | null;
  /** For split: the other new sections that received blocks; for merged: the other old ones. */
  related?: string[][];
  /** Case-only or numbering-only heading differences are not renames. */
  renamed?: boolean;
  moved?: boolean;
}

export interface TerminologyRename {
  from: string;
  to: string;
  count: number;
}

export interface DocumentInfo {
  label: string;
  path?: string;
  title: string;
  sections: number;
  /** Paragraphs, list items, table rows, quotes and code blocks. */
  blocks: number;
  /** The kind of file it was read from (since 1.2.0): decides how places in it are cited. */
  format?: SourceFormat;
  /** Every section in document order with its length (since 1.4.0): what the change map draws to scale. */
  outline?: OutlineSection[];
}

/** One section of an edition as the change map draws it. */
export interface OutlineSection {
  /** Heading path, outermost first (as a side's `section`). */
  path: string[];
  /** The markdown line its heading is on (1 for text before the first heading). */
  line: number;
  /** Words in its paragraphs, list items, table rows, quotes and code. */
  words: number;
}

export interface Summary {
  changes: number;
  byKind: Record<ChangeKind, number>;
  byTag: Record<string, number>;
  /** True when any change is more than editorial: drives exit code 1. */
  substantive: boolean;
}

export interface Comparison {
  schemaVersion: string;
  documents: { old: DocumentInfo; new: DocumentInfo };
  sections: SectionChange[];
  terminology: TerminologyRename[];
  changes: Change[];
  /** Counts for `changes` (after any filter). */
  summary: Summary;
  /** Set when the changes were narrowed to some tags (`--only`): the tags, and the totals before. */
  filter?: ChangeFilter;
}

export interface ChangeFilter {
  only: Tag[];
  total: Summary;
}
