// Every shape passed between stages, in one place (docs/architecture.md draws the flow):
//   ingest → parse (ParsedDocument) → align (Alignment, units) → diff (DraftChange)
//   → classify → Comparison → report; check and history hand their own results to reports.
// Each contract lives in src/contracts/ beside the ones it builds on; import them from here.
export type * from './contracts/comparison.js';
export type * from './contracts/document.js';
export type * from './contracts/alignment.js';
export type * from './contracts/changes.js';
export type * from './contracts/check.js';
export type * from './contracts/history.js';
export type * from './contracts/roles.js';
export type * from './contracts/redline.js';
