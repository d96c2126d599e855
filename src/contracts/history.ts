// What the history and roles pipelines hand to their reports: passages followed through
// versions, and the decisions of a version with the roles that take part in each.

export interface HistoryEvent {
  /** Index of the version where the change appears (1 … n-1). */
  version: number;
  tags: string[];
  roles: { removed: string[]; added: string[] };
  /** The decisions concerned, in words, for role changes. */
  decisions?: string[];
}

export interface Passage {
  id: string;
  section: string[];
  /** One per version; null where the passage is absent. */
  texts: (string | null)[];
  events: HistoryEvent[];
  /** For each role that changes in some event: does it take part in the decision, per version (null: passage absent)? */
  presence: Record<string, (boolean | null)[]>;
}

export interface History {
  versions: { label: string; path?: string }[];
  passages: Passage[];
  /** Present (true) when the versions were read as excerpts (`--excerpts`). */
  excerpts?: true;
}

export interface Decision {
  text: string;
  section: string[];
  /** The first decision predicate ("agree"), or "" when only a modal makes it a duty. */
  predicate: string;
  /** The first modal ("should"), or null. */
  modal: string | null;
  roles: string[];
  line: number;
}

export interface DecisionRow {
  section: string[];
  old: Decision | null;
  new: Decision | null;
  removed: string[];
  added: string[];
}

export interface DecisionComparison {
  old: Decision[];
  new: Decision[];
  rows: DecisionRow[];
}
