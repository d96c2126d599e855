// Role events on passages of real guidance (test/eval/real/*.jsonl): each item is an
// old and a new passage in markdown, run through the whole pipeline (`compare`), and
// scored on who lost or gained a say: the set of (role, removed|added) the passage's
// changes report against the annotated set. The annotation was written and committed
// before the rules were run on it (see test/eval/real/README.md).
import { compare } from '../pipeline/compare.js';

export interface PassageEvent {
  role: string;
  change: 'removed' | 'added';
  decision?: string;
}

export interface PassageItem {
  id: string;
  kind: string;
  old: string;
  new: string;
  renames?: [string, string][];
  expect: { events: PassageEvent[]; duty?: string | null; timescale?: boolean };
  control: boolean;
}

export interface PassageReport {
  items: number;
  controls: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  /** Controls given any role event (must be zero). */
  controlsWithEvents: number;
  byKind: Record<string, { tp: number; fp: number; fn: number }>;
  failures: { id: string; kind: string; missed: string[]; wrong: string[] }[];
}

/**
 * Role ids the annotators used that the lexicon folds into another: "relevant
 * agencies" are agencies in data/roles.json.
 */
const SAME_ROLE: Record<string, string> = { 'relevant-agencies': 'agency' };

export function parseItems(jsonl: string): PassageItem[] {
  return jsonl
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as PassageItem);
}

const key = (role: string, change: string) => `${SAME_ROLE[role] ?? role} ${change}`;

export function evaluatePassages(items: PassageItem[]): PassageReport {
  const r: PassageReport = { items: items.length, controls: 0, tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, controlsWithEvents: 0, byKind: {}, failures: [] };
  for (const item of items) {
    const result = compare(item.old, item.new, item.renames?.length ? { renames: item.renames } : {});
    const got = new Set(result.changes.flatMap((c) => c.roleEvents.map((e) => key(e.role, e.change))));
    const want = new Set(item.expect.events.map((e) => key(e.role, e.change)));
    const k = (r.byKind[item.kind] ??= { tp: 0, fp: 0, fn: 0 });
    const missed = [...want].filter((x) => !got.has(x));
    const wrong = [...got].filter((x) => !want.has(x));
    const tp = want.size - missed.length;
    r.tp += tp;
    r.fp += wrong.length;
    r.fn += missed.length;
    k.tp += tp;
    k.fp += wrong.length;
    k.fn += missed.length;
    if (item.control) {
      r.controls++;
      if (got.size) r.controlsWithEvents++;
    }
    if (missed.length || wrong.length) r.failures.push({ id: item.id, kind: item.kind, missed, wrong });
  }
  r.precision = r.tp + r.fp ? r.tp / (r.tp + r.fp) : 1;
  r.recall = r.tp + r.fn ? r.tp / (r.tp + r.fn) : 1;
  return r;
}

export function formatPassageReport(r: PassageReport): string {
  const f = (x: number) => x.toFixed(3);
  const p = (c: { tp: number; fp: number; fn: number }) => [c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1, c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1] as const;
  const rows = Object.entries(r.byKind)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, c]) => `| ${kind} | ${c.tp} | ${c.fp} | ${c.fn} | ${f(p(c)[0])} | ${f(p(c)[1])} |`);
  return [
    `Passages: ${r.items} (${r.controls} controls)`,
    '',
    '| role events | TP | FP | FN | precision | recall |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows,
    `| **all** | ${r.tp} | ${r.fp} | ${r.fn} | ${f(r.precision)} | ${f(r.recall)} |`,
    '',
    `Controls with a role event: ${r.controlsWithEvents}`,
  ].join('\n');
}

/** A second annotator's events for the same items: `{"id": …, "events": [...]}` per line. */
export interface SecondAnnotation {
  id: string;
  events: PassageEvent[];
}

/**
 * How far two annotators agree on the same items, scored the way the tool is: the
 * second's events against the first's, as sets of (role, removed|added) per item.
 * Where two careful readers disagree, no rule can be right for both.
 */
export function agreement(items: PassageItem[], second: SecondAnnotation[]): { tp: number; fp: number; fn: number; precision: number; recall: number; itemsDiffering: string[] } {
  const byId = new Map(second.map((x) => [x.id, x]));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const itemsDiffering: string[] = [];
  for (const item of items) {
    const want = new Set(item.expect.events.map((e) => key(e.role, e.change)));
    const got = new Set((byId.get(item.id)?.events ?? []).map((e) => key(e.role, e.change)));
    const both = [...want].filter((x) => got.has(x)).length;
    tp += both;
    fn += want.size - both;
    fp += got.size - both;
    if (both !== want.size || both !== got.size) itemsDiffering.push(item.id);
  }
  return { tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1, itemsDiffering };
}
