// Document text in this file is test fixture text, not guidance.
import { describe, expect, it } from 'vitest';
import { detectTerminology, explainedByTerminology, hunks, renamesFromPairs, replacementKey } from '../../src/classify/terminology.js';
import { wordOps } from '../../src/diff/words.js';
import type { Op } from '../../src/types.js';

const key = (from: string, to: string) => `${from}\u0000${to}`;
const replace = (deleted: string, inserted: string) => replacementKey({ deleted: ` ${deleted}`, inserted: ` ${inserted}` });
/** One change holding one aligned pair. */
const change = (old: string, neu: string) => ({ pairs: [{ old, new: neu, ops: wordOps(old, neu) }] });

const RENAMED: [string, string][] = [
  ['Professionals should share information.', 'Practitioners should share information.'],
  ['The professional must agree the plan.', 'The practitioner must agree the plan.'],
  ['All professionals attend the conference.', 'All practitioners attend the conference.'],
];

describe('hunks', () => {
  it('joins the deletions and insertions between two stretches of unchanged text', () => {
    expect(hunks(wordOps('The professional should agree the plan.', 'The practitioner should agree the plan.'))).toEqual([{ deleted: ' professional', inserted: ' practitioner' }]);
  });

  it('whitespace-only unchanged text does not end a hunk; other unchanged text does', () => {
    const ops: Op[] = [
      { op: 'delete', text: 'a' },
      { op: 'equal', text: ' ' },
      { op: 'insert', text: 'b' },
      { op: 'equal', text: ' x ' },
      { op: 'insert', text: 'c' },
    ];
    expect(hunks(ops)).toEqual([
      { deleted: ' a', inserted: ' b' },
      { deleted: '', inserted: ' c' },
    ]);
  });

  it('no edits, no hunks', () => {
    expect(hunks([])).toEqual([]);
    expect(hunks([{ op: 'equal', text: 'Unchanged.' }])).toEqual([]);
  });
});

describe('replacementKey', () => {
  it('keys a one-word replacement by its singular forms', () => {
    expect(replace('professionals', 'practitioners')).toBe(key('professional', 'practitioner'));
    expect(replace('professional', 'practitioners')).toBe(key('professional', 'practitioner'));
    expect(replace('policies', 'procedure')).toBe(key('policy', 'procedure'));
  });

  it('keys a replacement of up to two words on either side, without the words both sides share', () => {
    expect(replace('social worker', 'lead practitioner')).toBe(key('social worker', 'lead practitioner'));
    expect(replace('the social worker', 'the lead social worker')).toBeNull();
    expect(replace('local authority social care', 'children services')).toBeNull();
  });

  it('ignores function words: "the" → "a" is no replacement, and "the professional" is keyed as "professional"', () => {
    expect(replace('the', 'a')).toBeNull();
    expect(replace('the professional', 'a practitioner')).toBe(key('professional', 'practitioner'));
  });

  it('a pure insertion or deletion is no replacement', () => {
    expect(replace('', 'practitioner')).toBeNull();
    expect(replace('practitioner', '')).toBeNull();
  });

  it('a plural or possessive of the same word is no replacement', () => {
    expect(replace('agencies', 'agency')).toBeNull();
    expect(replace("manager's", 'manager')).toBeNull();
  });

  it('an editorial variant is no replacement: judgement → judgment', () => {
    expect(replace('judgement', 'judgment')).toBeNull();
    expect(replace('organise', 'organize')).toBeNull();
  });

  it('duties and time limits are never terminology: must → should, 10 → 15, ten → fifteen, days → weeks', () => {
    expect(replace('must', 'should')).toBeNull();
    expect(replace('may', 'will')).toBeNull();
    expect(replace('10', '15')).toBeNull();
    expect(replace('ten', 'fifteen')).toBeNull();
    expect(replace('days', 'weeks')).toBeNull();
  });

  it('is case-insensitive', () => {
    expect(replace('Professionals', 'PRACTITIONERS')).toBe(key('professional', 'practitioner'));
  });
});

describe('detectTerminology', () => {
  it('a replacement seen in three different changes is a rename, counted once per change', () => {
    expect(detectTerminology(RENAMED.map(([o, n]) => change(o, n)))).toEqual([{ from: 'professional', to: 'practitioner', count: 3 }]);
  });

  it('a replacement seen in only two changes is not', () => {
    expect(detectTerminology(RENAMED.slice(0, 2).map(([o, n]) => change(o, n)))).toEqual([]);
  });

  it('three pairs of one change count once', () => {
    expect(detectTerminology([{ pairs: RENAMED.map(([o, n]) => ({ old: o, new: n, ops: wordOps(o, n) })) }])).toEqual([]);
  });

  it('a modal replaced throughout is never a rename, however often', () => {
    const pairs: [string, string][] = [
      ['The social worker must visit.', 'The social worker should visit.'],
      ['The manager must record it.', 'The manager should record it.'],
      ['The IRO must chair it.', 'The IRO should chair it.'],
      ['The police must attend.', 'The police should attend.'],
    ];
    expect(detectTerminology(pairs.map(([o, n]) => change(o, n)))).toEqual([]);
  });

  it('pairs with a missing side (added or removed sentences) are not read', () => {
    const added = { pairs: [{ old: null, new: 'Practitioners attend.', ops: [{ op: 'insert', text: 'Practitioners attend.' }] as Op[] }] };
    expect(detectTerminology([added, added, added])).toEqual([]);
  });

  it('sorts renames by count, most first, then alphabetically by the old term', () => {
    const series = (from: string, to: string, n: number) =>
      Array.from({ length: n }, (_, i) => change(`The ${from} reads section ${'abcdef'[i]}.`, `The ${to} reads section ${'abcdef'[i]}.`));
    const out = detectTerminology([...series('worker', 'officer', 3), ...series('carer', 'guardian', 3), ...series('board', 'partnership', 4)]);
    expect(out).toEqual([
      { from: 'board', to: 'partnership', count: 4 },
      { from: 'carer', to: 'guardian', count: 3 },
      { from: 'worker', to: 'officer', count: 3 },
    ]);
  });

  it('no changes, no renames', () => {
    expect(detectTerminology([])).toEqual([]);
  });
});

describe('explainedByTerminology', () => {
  const renames = new Set([key('professional', 'practitioner')]);

  it('a pair that differs only by a known rename is explained, and names the rename used', () => {
    expect(explainedByTerminology(wordOps(...RENAMED[0]!), renames)).toEqual({ explained: true, used: [key('professional', 'practitioner')] });
  });

  it('editorial differences alongside a rename are still explained', () => {
    expect(explainedByTerminology(wordOps('Professionals should share judgements.', 'Practitioners should share judgments.'), renames)).toEqual({
      explained: true,
      used: [key('professional', 'practitioner')],
    });
  });

  it('a rename the document does not make explains nothing', () => {
    expect(explainedByTerminology(wordOps(...RENAMED[0]!), new Set())).toEqual({ explained: false, used: [] });
  });

  it('any other change alongside the rename leaves the pair unexplained: must → should is a duty change', () => {
    expect(explainedByTerminology(wordOps('Professionals should share information.', 'Practitioners must share information.'), renames)).toEqual({ explained: false, used: [] });
  });

  it('a pair that is identical, or only editorial, is not explained by terminology', () => {
    expect(explainedByTerminology(wordOps('Same words.', 'Same words.'), renames)).toEqual({ explained: false, used: [] });
    expect(explainedByTerminology(wordOps('Share judgements.', 'Share judgments.'), renames)).toEqual({ explained: false, used: [] });
  });
});

describe('renamesFromPairs', () => {
  it('finds renames among plain sentence pairs, identical pairs ignored', () => {
    expect(renamesFromPairs([...RENAMED, ['Unchanged.', 'Unchanged.']])).toEqual([{ from: 'professional', to: 'practitioner', count: 3 }]);
  });

  it('needs three changed pairs', () => {
    expect(renamesFromPairs(RENAMED.slice(0, 2))).toEqual([]);
    expect(renamesFromPairs([])).toEqual([]);
  });
});
