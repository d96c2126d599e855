// The shared shapes every stage passes along. One direction of flow:
// ingest → parse (Document) → align (Alignment) → diff → classify → Comparison → report.

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
  paragraph?: string;
  line: number;
  column: number;
  page?: number;
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
