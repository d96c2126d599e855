// Document text in this file is test fixture text, not guidance.
import { describe, expect, it } from 'vitest';
import { bagOf, bagSize, dice } from '../../src/text/similarity.js';
import { words } from '../../src/text/normalise.js';

const bag = (text: string) => bagOf(words(text));

describe('bagOf and bagSize', () => {
  it('counts each token, repeats included', () => {
    expect([...bagOf(['plan', 'the', 'plan'])]).toEqual([
      ['plan', 2],
      ['the', 1],
    ]);
    expect(bagSize(bagOf(['plan', 'the', 'plan']))).toBe(3);
  });

  it('gives an empty bag of size 0 for no tokens', () => {
    expect(bagOf([]).size).toBe(0);
    expect(bagSize(bagOf([]))).toBe(0);
  });
});

describe('dice', () => {
  it('is 1 for the same words in any order', () => {
    expect(dice(bag('the manager agrees the plan'), bag('the plan the manager agrees'))).toBe(1);
  });

  it('is 0 when no word is shared', () => {
    expect(dice(bag('manager agrees'), bag('parents consent'))).toBe(0);
  });

  it('is twice the shared words over the total: one of two words shared on each side is 0.5', () => {
    expect(dice(bagOf(['a', 'b']), bagOf(['b', 'c']))).toBe(0.5);
  });

  it('counts a repeated word only as often as both sides have it', () => {
    // shared: a once, b once → 2·2 / (3 + 3)
    expect(dice(bagOf(['a', 'a', 'b']), bagOf(['a', 'b', 'b']))).toBeCloseTo(2 / 3, 12);
    // shared: a twice → 2·2 / (2 + 4)
    expect(dice(bagOf(['a', 'a']), bagOf(['a', 'a', 'a', 'a']))).toBeCloseTo(2 / 3, 12);
  });

  it('is symmetric, whichever bag has more distinct words', () => {
    const a = bag('the social worker should agree the plan with their manager');
    const b = bag('the plan is agreed');
    expect(dice(a, b)).toBe(dice(b, a));
    expect(dice(a, b)).toBeCloseTo((2 * 2) / (10 + 4), 12);
  });

  it('is 1 for two empty bags and 0 for an empty bag against a non-empty one', () => {
    expect(dice(new Map(), new Map())).toBe(1);
    expect(dice(bag('plan'), new Map())).toBe(0);
    expect(dice(new Map(), bag('plan'))).toBe(0);
  });

  it('uses the sizes it is given instead of counting the bags again', () => {
    const a = bagOf(['a', 'b']);
    const b = bagOf(['b', 'c']);
    expect(dice(a, b, 2, 2)).toBe(0.5);
    expect(dice(a, b, 4, 4)).toBe(0.25);
  });
});
