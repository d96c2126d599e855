// Property-based tests of compare() over generated markdown documents (test
// fixtures, not guidance) and random edit scripts: insert, delete, move, rename,
// reflow, renumber, reword. Documents are small so thousands of cases run in
// well under a minute. A failing case prints its seed and path: add it to
// REGRESSIONS below (or its shrunk document as an explicit example test).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline/compare.js';
import { LineIndex, parseDocument } from '../../src/parse/document.js';
import { sentencesOf } from '../../src/parse/sentences.js';
import type { Comparison } from '../../src/types.js';

import { apply, docArb, editArb, render, type Doc } from '../support/generated-docs.js';

// ---- helpers ---------------------------------------------------------------------

function sentencesOfText(md: string): string[] {
  const doc = parseDocument(md);
  const lines = new LineIndex(doc.source);
  return doc.sections.flatMap((s) => s.blocks.flatMap((b) => sentencesOf(b, doc.source, lines).map((x) => x.text)));
}

/**
 * Changes per kind. Renumberings are left out: when two paragraphs trade places, either
 * one may be the one that moved, and the other is renumbered in one direction only
 * ("1. A", "B" → "B", "2. A": A moved; back again: B moved and A renumbered). Both
 * readings are right; they are hidden by default.
 */
function counts(c: Comparison): { added: number; removed: number; changed: number; moved: number } {
  const renumbered = c.changes.filter((ch) => ch.tags.join() === 'renumbered').length;
  return { added: c.summary.byKind.added, removed: c.summary.byKind.removed, changed: c.summary.byKind.changed - renumbered, moved: c.summary.byKind.moved };
}

// Enough cases to matter, small enough for a CI run (whole file well under 60 s).
// WTDIFF_PROPERTY_SCALE=10 multiplies every count for a longer local hunt.
const SCALE = Math.max(1, Number(process.env['WTDIFF_PROPERTY_SCALE'] ?? 1) || 1);
const RUNS = { noCrash: 800 * SCALE, self: 800 * SCALE, swap: 400 * SCALE, reconstruct: 600 * SCALE, move: 600 * SCALE, reflow: 600 * SCALE };
const SETTINGS = { verbose: 1 as const };

// Failing seeds found while writing these properties, kept as regressions:
// { property: 'swap', seed: 123, path: '4:2' } replays one exact counterexample.
const REGRESSIONS: { property: keyof typeof RUNS; seed: number; path: string }[] = [
  // sbd split "1. The" but not "1.\nThe": a re-wrapped paragraph had other sentences
  // (fixed in src/text/sentences.ts; shrunk example below).
  { property: 'reconstruct', seed: -395666639, path: '111:5:1:1:1:1:1:1:2:4:5:10:8:9:10:10:10:10:10:10:11:3:7:8:4:3:5:7:7:7:7:7:7:7:7:8:8:8:8:8:8:8:9:0:7:8:8:1:3:6:3:3' },
  // A paragraph leaving a merged section was "moved" in one direction only
  // (fixed in src/align/index.ts; shrunk example below).
  { property: 'reflow', seed: 245740731, path: '87:9:1:1:1:1:1:1:4:3:3:3:3:3:3:3:5:5:5:5:5:5:5:5:5:7:13:13:13:13:13:13:16:11:12:11:1:0:5:8:7:7:7:7:7:7:7:7:7:7:6:6:6:6:6:3:4' },
  // Pass C keyed blocks by their global number, the same on both sides, so an old and
  // a new block numbered alike were paired as identical however different (fixed in
  // src/align/index.ts: similarity only).
  { property: 'swap', seed: 2134434131, path: '2108:5:5:6:9:14:14:14:14:16:16:16:16:16:16:16:16:16:22:11:35:34:34:34:34:34:34:34:34:34:34:34:34:34:36:37:3:5:5:19:7:15:19:18:18:18:18:18:18:18:18:18:18:18:20:20:21:21:21:21:22:21:21:21:21:21:21:21:21:21:21:21:21:22:22:22:25:24:24:26:27:27:27:30:29:29:29:29:29:29:29:29:29:29:29:29:29:30:30:34:32:35:9:18:23:23:23:50:50:52:52:51:53:52:51:51:51:51:52:51:52:51:53:55:51:52' },
  { property: 'swap', seed: -795327204, path: '365:11:3:2:3:3:3:3:3:3:3:3:4:4:4:4:4:4:4:6:5:5:5:5:5:5:6:6:6:6:6:6:6:6:7:7:7:7:7:7:7:10:11:11:9:10:10:13:9:9:10:9:12:9:10:14:4:8:9:11:11:11:4:4' },
];

// ---- properties ------------------------------------------------------------------

const noisyTextArb = fc.string({ unit: fc.constantFrom('#', '-', '>', '*', '|', '1', '.', ' ', '\n', 'a', 'B', '`', '[', ']', '(', ')', '\u00a0', '\t', 'é', '\u202e', '\u001b', '\ud800'), maxLength: 200 });

const props = {
  noCrash: fc.property(noisyTextArb, noisyTextArb, (a, b) => {
    const c = compare(a, b);
    expect(c.summary.changes).toBe(c.changes.length);
  }),
  self: fc.property(fc.oneof(docArb.map(render), noisyTextArb), (md) => {
    expect(compare(md, md).changes).toEqual([]);
  }),
  swap: fc.property(docArb, fc.array(editArb, { maxLength: 6 }), (doc, edits) => {
    const a = render(doc);
    const b = render(apply(doc, edits));
    const ab = counts(compare(a, b));
    const ba = counts(compare(b, a));
    expect(ba).toEqual({ added: ab.removed, removed: ab.added, changed: ab.changed, moved: ab.moved });
  }),
  reconstruct: fc.property(docArb, fc.array(editArb, { maxLength: 6 }), (doc, edits) => {
    const a = render(doc);
    const b = render(apply(doc, edits));
    const c = compare(a, b);
    const oldSentences = new Set(sentencesOfText(a));
    const newTexts = new Set(c.changes.flatMap((ch) => (ch.new ? [ch.new.text] : [])));
    // Moved paragraphs and rewritten passages carry several sentences in one record.
    const passages = c.changes.filter((ch) => ch.new && (ch.kind === 'moved' || ch.new.text.includes('. '))).map((ch) => ch.new!.text);
    for (const s of sentencesOfText(b)) {
      const explained = oldSentences.has(s) || newTexts.has(s) || passages.some((t) => t.includes(s));
      expect(explained, `unexplained new sentence: ${s}`).toBe(true);
    }
  }),
  move: fc.property(docArb, fc.array(fc.record({ from: fc.nat(), to: fc.nat() }), { minLength: 1, maxLength: 3 }), (doc, moves) => {
    const edited = apply(doc, moves.map((m) => ({ op: 'move' as const, ...m })));
    const c = compare(render(doc), render(edited));
    expect(c.changes.filter((ch) => ch.tags.includes('wording'))).toEqual([]);
    expect(c.summary.byKind.added + c.summary.byKind.removed).toBe(0);
  }),
  reflow: fc.property(
    docArb,
    fc.array(fc.oneof(fc.record({ op: fc.constant('reflow' as const), at: fc.nat(), width: fc.integer({ min: 15, max: 150 }) }), fc.record({ op: fc.constant('renumber' as const), at: fc.nat(), start: fc.integer({ min: 1, max: 99 }) })), { minLength: 1, maxLength: 5 }),
    (doc, edits) => {
      const c = compare(render(doc), render(apply(doc, edits)));
      expect(c.changes.filter((ch) => ch.tags.includes('wording'))).toEqual([]);
      // Renumbering is reported as such (shown only with --all), never as anything else.
      expect(c.changes.filter((ch) => ch.tags.join() !== 'renumbered')).toEqual([]);
      for (const ch of c.changes) {
        expect(ch.new!.text).toBe(ch.old!.text);
        expect(ch.new!.paragraph).not.toBe(ch.old!.paragraph);
      }
      expect(c.summary.substantive).toBe(false);
    },
  ),
};

describe('compare() properties', () => {
  it(`never crashes on noisy markdown (${RUNS.noCrash} runs)`, () => {
    fc.assert(props.noCrash, { ...SETTINGS, numRuns: RUNS.noCrash });
  }, 120_000 * SCALE);

  it(`a document compared with itself has no changes (${RUNS.self} runs)`, () => {
    fc.assert(props.self, { ...SETTINGS, numRuns: RUNS.self });
  }, 120_000 * SCALE);

  it(`swapping sides swaps added and removed (${RUNS.swap} runs)`, () => {
    fc.assert(props.swap, { ...SETTINGS, numRuns: RUNS.swap });
  }, 120_000 * SCALE);

  it(`every new sentence is old, or the new text of a change (${RUNS.reconstruct} runs)`, () => {
    fc.assert(props.reconstruct, { ...SETTINGS, numRuns: RUNS.reconstruct });
  }, 120_000 * SCALE);

  it(`a paragraph moved unchanged is never wording (${RUNS.move} runs)`, () => {
    fc.assert(props.move, { ...SETTINGS, numRuns: RUNS.move });
  }, 120_000 * SCALE);

  it(`reflow and renumbering are no changes but renumberings (${RUNS.reflow} runs)`, () => {
    fc.assert(props.reflow, { ...SETTINGS, numRuns: RUNS.reflow });
  }, 120_000 * SCALE);

  it('regression: sentence boundaries do not depend on line wrapping', () => {
    const doc: Doc = { sections: [{ heading: 'Escalation', paras: [{ kind: 'p', sentences: ['The plan must plan plan 1.', 'The plan must plan 1.'], start: 1, width: 20 }] }, { heading: 'Reviews', paras: [] }] };
    const a = render(doc);
    const b = render(apply(doc, [{ op: 'reflow', at: 0, width: 15 }]));
    expect(sentencesOfText(b)).toEqual(sentencesOfText(a));
    expect(sentencesOfText(b)).toEqual(['The plan must plan plan 1.', 'The plan must plan 1.']);
    expect(compare(a, b).changes).toEqual([]);
  });

  it('regression: a paragraph leaving a merged section is not "moved" one way only', () => {
    const doc: Doc = {
      sections: [
        { heading: 'Oversight', paras: [{ kind: 'p', sentences: ['The plan must plan plan 1.', 'The plan must plan 1.'], start: 1, width: 20 }, { kind: 'p', sentences: ['The plan must plan 1.'], start: 1, width: 20 }] },
        { heading: 'Planning', paras: [] },
        { heading: 'Assessment', paras: [] },
        { heading: 'Training', paras: [] },
      ],
    };
    const a = render(doc);
    const b = render(apply(doc, [{ op: 'move', from: 0, to: 852420269 }, { op: 'rename', at: 0, heading: 'Chapter one' }]));
    expect(counts(compare(b, a))).toEqual(counts(compare(a, b)));
  });

  it('regression: the generator never reflows "1." to the start of a line', () => {
    const doc: Doc = { sections: [{ heading: 'Referral', paras: [] }, { heading: 'Assessment', paras: [{ kind: 'p', sentences: ['The plan must plan plan plan 1.', 'The plan must plan 1.'], start: 1, width: 31 }] }, { heading: 'Training', paras: [] }, { heading: 'Escalation', paras: [] }] };
    const b = render(apply(doc, [{ op: 'reflow', at: 0, width: 15 }]));
    expect(b).not.toMatch(/\n\d+\. /);
    expect(compare(render(doc), b).changes).toEqual([]);
  });

  it.each(REGRESSIONS)('regression seed %o', (r) => {
    // The properties differ in their argument tuples; fc.assert takes any one of them.
    const property = props[r.property] as unknown as fc.IProperty<unknown[]>;
    fc.assert(property, { seed: r.seed, path: r.path, endOnFailure: true });
  });
});
