// Document text in this file is test fixture text, not guidance.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { passageOps, wordOps } from '../../src/diff/words.js';
import type { Op } from '../../src/types.js';

const oldSide = (ops: Op[]) => ops.filter((o) => o.op !== 'insert').map((o) => o.text).join('');
const newSide = (ops: Op[]) => ops.filter((o) => o.op !== 'delete').map((o) => o.text).join('');

describe('wordOps', () => {
  it('gives one equal operation for identical text and none for two empty texts', () => {
    expect(wordOps('The plan is agreed.', 'The plan is agreed.')).toEqual([{ op: 'equal', text: 'The plan is agreed.' }]);
    expect(wordOps('', '')).toEqual([]);
  });

  it('gives one insertion when the old side is empty and one deletion when the new side is', () => {
    expect(wordOps('', 'The plan is agreed.')).toEqual([{ op: 'insert', text: 'The plan is agreed.' }]);
    expect(wordOps('The plan is agreed.', '')).toEqual([{ op: 'delete', text: 'The plan is agreed.' }]);
  });

  it('replaces one changed word and keeps the words around it equal', () => {
    expect(wordOps('The social worker should agree the plan.', 'The social worker must agree the plan.')).toEqual([
      { op: 'equal', text: 'The social worker ' },
      { op: 'delete', text: 'should' },
      { op: 'insert', text: 'must' },
      { op: 'equal', text: ' agree the plan.' },
    ]);
  });

  it('makes one deletion of several deleted words with the spaces between them', () => {
    expect(wordOps('The difficulties faced by the child matter.', 'The difficulties matter.')).toEqual([
      { op: 'equal', text: 'The difficulties ' },
      { op: 'delete', text: 'faced by the child ' },
      { op: 'equal', text: 'matter.' },
    ]);
  });

  it('keeps edits separated by an unchanged word apart', () => {
    expect(wordOps('Agree the plan now.', 'Agree a plan today.')).toEqual([
      { op: 'equal', text: 'Agree ' },
      { op: 'delete', text: 'the' },
      { op: 'insert', text: 'a' },
      { op: 'equal', text: ' plan ' },
      { op: 'delete', text: 'now' },
      { op: 'insert', text: 'today' },
      { op: 'equal', text: '.' },
    ]);
  });

  it('joins a run of edits separated only by spaces into one deletion and one insertion', () => {
    expect(wordOps('The manager agrees the plan.', 'The chair approves every plan.')).toEqual([
      { op: 'equal', text: 'The ' },
      { op: 'delete', text: 'manager agrees the' },
      { op: 'insert', text: 'chair approves every' },
      { op: 'equal', text: ' plan.' },
    ]);
  });

  it('leaves a space both sides of an edit end with to the unchanged text after it', () => {
    expect(wordOps('Agree the plan.', 'The manager should agree the plan.')).toEqual([
      { op: 'delete', text: 'Agree' },
      { op: 'insert', text: 'The manager should agree' },
      { op: 'equal', text: ' the plan.' },
    ]);
    expect(wordOps('Records are kept.', 'The manager makes sure records are kept.')).toEqual([
      { op: 'delete', text: 'Records' },
      { op: 'insert', text: 'The manager makes sure records' },
      { op: 'equal', text: ' are kept.' },
    ]);
  });

  it('puts an inserted phrase before the unchanged full stop', () => {
    expect(wordOps('The plan is agreed.', 'The plan is agreed with the manager.')).toEqual([
      { op: 'equal', text: 'The plan is agreed' },
      { op: 'insert', text: ' with the manager' },
      { op: 'equal', text: '.' },
    ]);
  });

  it('reports a sentence with nothing in common as one deletion and one insertion', () => {
    expect(wordOps('one two three four', 'uno dos tres cuatro')).toEqual([
      { op: 'delete', text: 'one two three four' },
      { op: 'insert', text: 'uno dos tres cuatro' },
    ]);
  });

  it('reports a whole replacement when the pair is too long to word-diff (over 20,000 characters)', () => {
    const a = `${'word '.repeat(2_000)}end.`;
    const b = `${'word '.repeat(2_000)}finish.`;
    expect(a.length + b.length).toBeGreaterThan(20_000);
    expect(wordOps(a, b)).toEqual([
      { op: 'delete', text: a },
      { op: 'insert', text: b },
    ]);
  });

  it('reports a whole replacement when the edits exceed the bound on edit length', () => {
    const a = Array.from({ length: 300 }, (_, i) => `old${i}`).join(' ');
    const b = Array.from({ length: 300 }, (_, i) => `new${i}`).join(' ');
    expect(a.length + b.length).toBeLessThan(20_000);
    expect(wordOps(a, b)).toEqual([
      { op: 'delete', text: a },
      { op: 'insert', text: b },
    ]);
  });

  it('word-diffs a long pair under the bounds', () => {
    const base = Array.from({ length: 300 }, (_, i) => `word${i}`);
    const a = base.join(' ');
    const b = base.map((w, i) => (i === 150 ? 'changed' : w)).join(' ');
    expect(wordOps(a, b)).toEqual([
      { op: 'equal', text: `${base.slice(0, 150).join(' ')} ` },
      { op: 'delete', text: 'word150' },
      { op: 'insert', text: 'changed' },
      { op: 'equal', text: ` ${base.slice(151).join(' ')}` },
    ]);
  });

  it('joins back into each side exactly, spacing and line breaks included, with no two neighbours of one kind', () => {
    const words = ['the', 'plan', 'manager', 'should', 'must', 'agree', 'child', '.', ',', '\n', '  '];
    let seed = 12345;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const sentence = () => Array.from({ length: 1 + next(9) }, () => words[next(words.length)]).join(next(4) ? ' ' : '  ');
    for (let t = 0; t < 300; t++) {
      const a = sentence();
      const b = sentence();
      const ops = wordOps(a, b);
      expect(oldSide(ops)).toBe(a);
      expect(newSide(ops)).toBe(b);
      for (let i = 1; i < ops.length; i++) expect(ops[i]!.op).not.toBe(ops[i - 1]!.op);
    }
  });

  it('never leaves an empty operation on single-spaced text', () => {
    let seed = 99;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const vocab = ['the', 'plan', 'manager', 'should', 'must', 'agree', 'child', 'with', 'a', 'their'];
    for (let t = 0; t < 300; t++) {
      const a = Array.from({ length: 1 + next(8) }, () => vocab[next(vocab.length)]).join(' ');
      const b = Array.from({ length: 1 + next(8) }, () => vocab[next(vocab.length)]).join(' ');
      for (const o of wordOps(a, b)) expect(o.text).not.toBe('');
    }
  });
});

describe('passageOps (a rewritten passage)', () => {
  const side = (ops: Op[], mine: 'delete' | 'insert') => ops.filter((o) => o.op === 'equal' || o.op === mine).map((o) => o.text).join('');

  it('folds a shared word or two between edits into them: phrases replaced, not a sieve', () => {
    const a = 'A lead practitioner should undertake the assessment and provide help to the family.';
    const b = 'One named lead practitioner carries out the assessment and supports the family.';
    const ops = passageOps(a, b);
    expect(side(ops, 'delete')).toBe(a);
    expect(side(ops, 'insert')).toBe(b);
    // "lead practitioner" (two words) is glue and goes; no equal run between edits is that short.
    const inner = ops.slice(1, -1).filter((o) => o.op === 'equal');
    for (const o of inner) expect(o.text.trim().split(/\s+/).length).toBeGreaterThan(2);
    expect(ops.filter((o) => o.op === 'equal').map((o) => o.text)).not.toContain(' lead practitioner ');
    // A longer shared stretch stays shared.
    const kept = passageOps('The plan must be reviewed by the conference chair every month.', 'The plan must be reviewed by the conference chair every quarter.');
    expect(kept[0]).toEqual({ op: 'equal', text: 'The plan must be reviewed by the conference chair every ' });
  });

  it('each side joins back into exactly its text', () => {
    const words = fc.constantFrom('the', 'plan', 'manager', 'must', 'should', 'agree', 'review', 'child', ',', '.', ' ', '  ');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 40 }), fc.array(words, { maxLength: 40 }), (x, y) => {
        const a = x.join(' ');
        const b = y.join(' ');
        const ops = passageOps(a, b);
        expect(side(ops, 'delete')).toBe(a);
        expect(side(ops, 'insert')).toBe(b);
      }),
      { numRuns: 300 },
    );
  });
});
