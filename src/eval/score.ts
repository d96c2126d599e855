// Precision, recall and F1 per tag of the rule-based tagger on the hand-annotated
// evaluation set (test/eval/pairs.jsonl).
import { classifyPair } from '../classify/index.js';

export const EVALUATED_TAGS = ['role-removed', 'role-added', 'role-substituted', 'duty-weakened', 'duty-strengthened', 'duty-reversed', 'timescale-changed'] as const;

export interface EvalPair {
  id: string;
  source: string;
  category: string;
  old: string;
  new: string;
  renames?: [string, string][];
  expect: { tags: string[]; removed: string[]; added: string[] };
  control: boolean;
  note?: string;
}

export interface TagScore {
  tag: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalReport {
  pairs: number;
  scores: TagScore[];
  /** Role tags, pooled. */
  roles: TagScore;
  /** Role tags given on control pairs (must be zero). */
  controlRoleTags: number;
  /** Pairs whose removed/added role ids differ from the annotation. */
  roleIdMismatches: string[];
  failures: { id: string; expected: string[]; got: string[] }[];
}

export function parsePairs(jsonl: string): EvalPair[] {
  return jsonl
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalPair);
}

export function evaluate(pairs: EvalPair[]): EvalReport {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>(EVALUATED_TAGS.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const failures: EvalReport['failures'] = [];
  const roleIdMismatches: string[] = [];
  let controlRoleTags = 0;
  for (const p of pairs) {
    const change = classifyPair(p.old, p.new, p.renames ? { renames: p.renames } : {});
    const got = change.tags.filter((t) => (EVALUATED_TAGS as readonly string[]).includes(t));
    const expected = p.expect.tags;
    for (const t of EVALUATED_TAGS) {
      const c = counts.get(t)!;
      const g = got.includes(t);
      const e = expected.includes(t);
      if (g && e) c.tp++;
      else if (g) c.fp++;
      else if (e) c.fn++;
    }
    if (p.control) controlRoleTags += got.filter((t) => t.startsWith('role-')).length;
    if (got.slice().sort().join() !== expected.slice().sort().join()) failures.push({ id: p.id, expected, got });
    const same = (a: string[], b: string[]) => a.slice().sort().join() === b.slice().sort().join();
    if (!same(change.roles.removed, p.expect.removed) || !same(change.roles.added, p.expect.added)) roleIdMismatches.push(p.id);
  }
  const score = (tag: string, c: { tp: number; fp: number; fn: number }): TagScore => {
    const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
    const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { tag, ...c, precision, recall, f1 };
  };
  const scores = [...counts].map(([t, c]) => score(t, c));
  const pooled = scores.filter((s) => s.tag.startsWith('role-')).reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), { tp: 0, fp: 0, fn: 0 });
  return { pairs: pairs.length, scores, roles: score('role tags (pooled)', pooled), controlRoleTags, roleIdMismatches, failures };
}

export function formatReport(r: EvalReport): string {
  const f = (x: number) => x.toFixed(3);
  const rows = [...r.scores, r.roles].map((s) => `| ${s.tag} | ${s.tp} | ${s.fp} | ${s.fn} | ${f(s.precision)} | ${f(s.recall)} | ${f(s.f1)} |`);
  return [
    `Evaluation set: ${r.pairs} pairs`,
    '',
    '| tag | TP | FP | FN | precision | recall | F1 |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    `Role tags on controls: ${r.controlRoleTags}`,
    `Pairs with other role ids than annotated: ${r.roleIdMismatches.length}`,
  ].join('\n');
}
