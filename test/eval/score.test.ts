// The acceptance bar of the tagger on the hand-annotated evaluation set.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, parsePairs } from '../../src/eval/score.js';
import { agreement, type PassageItem } from '../../src/eval/passages.js';
import { ROOT } from '../support/cli.js';

describe('evaluation set', () => {
  const report = evaluate(parsePairs(readFileSync(join(ROOT, 'test/eval/pairs.jsonl'), 'utf8')));
  it('has every seed pair and at least 150 written ones', () => {
    expect(report.pairs).toBeGreaterThanOrEqual(160);
  });
  it('role tags: precision ≥ 0.98, recall ≥ 0.95, none on controls', () => {
    expect(report.roles.precision).toBeGreaterThanOrEqual(0.98);
    expect(report.roles.recall).toBeGreaterThanOrEqual(0.95);
    expect(report.controlRoleTags).toBe(0);
  });
  it('duty and timescale tags: F1 ≥ 0.95', () => {
    for (const s of report.scores.filter((x) => x.tag.startsWith('duty-') || x.tag === 'timescale-changed')) expect(s.f1, s.tag).toBeGreaterThanOrEqual(0.95);
  });
});

// Written blind to the rules. Its first run scored role tags P 0.902 / R 0.939; after one
// round of general fixes (hyphenated compounds, possessive modifiers, coordinated
// passives, lists with modifiers) it is no longer blind, so it guards against regression.
describe('held-out set', () => {
  const report = evaluate(parsePairs(readFileSync(join(ROOT, 'test/eval/heldout.jsonl'), 'utf8')));
  it('role tags stay at precision ≥ 0.95 and recall ≥ 0.95', () => {
    expect(report.pairs).toBe(80);
    expect(report.roles.precision).toBeGreaterThanOrEqual(0.95);
    expect(report.roles.recall).toBeGreaterThanOrEqual(0.95);
  });
  it('duty and timescale tags: F1 ≥ 0.95', () => {
    for (const s of report.scores.filter((x) => x.tag.startsWith('duty-') || x.tag === 'timescale-changed')) expect(s.f1, s.tag).toBeGreaterThanOrEqual(0.95);
  });
});

describe('agreement of two annotators', () => {
  // Fixture items (not guidance): only ids and events matter here.
  const item = (id: string, events: { role: string; change: 'removed' | 'added' }[]): PassageItem => ({ id, kind: 'edit', old: '', new: '', expect: { events }, control: events.length === 0 });
  it('scores the second annotator against the first as sets of (role, change) per item, and names the items they differ on', () => {
    const first = [item('a', [{ role: 'manager', change: 'removed' }]), item('b', []), item('c', [{ role: 'relevant-agencies', change: 'added' }])];
    const second = [
      { id: 'a', events: [{ role: 'manager', change: 'removed' as const }, { role: 'police', change: 'added' as const }] },
      { id: 'b', events: [] },
      { id: 'c', events: [{ role: 'agency', change: 'added' as const }] },
    ];
    expect(agreement(first, second)).toEqual({ tp: 2, fp: 1, fn: 0, precision: 2 / 3, recall: 1, itemsDiffering: ['a'] });
  });
});
