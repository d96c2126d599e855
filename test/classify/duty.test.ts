// Document text in this file is test fixture text, not guidance.
import { describe, expect, it } from 'vitest';
import { compareDuty } from '../../src/classify/duty.js';
import { analyseSentence, type Modal } from '../../src/classify/frames.js';
import { defaultRoles } from '../../src/classify/lexicon.js';

const modal = (phrase: string, strength: number, token = 0): Modal => ({ phrase, strength, token });
const MUST = modal('must', 3);
const SHOULD = modal('should', 2);
const MAY = modal('may', 1);
const MUST_NOT = modal('must not', -3);
const SHOULD_NOT = modal('should not', -2);
const NEED_NOT = modal('need not', -1);

describe('compareDuty', () => {
  it('must → should is a weakened duty, naming both phrases', () => {
    expect(compareDuty([MUST], [SHOULD])).toEqual({ from: 'must', to: 'should', direction: 'weakened' });
  });

  it('should → may is weakened; may → must is strengthened', () => {
    expect(compareDuty([SHOULD], [MAY])).toEqual({ from: 'should', to: 'may', direction: 'weakened' });
    expect(compareDuty([MAY], [MUST])).toEqual({ from: 'may', to: 'must', direction: 'strengthened' });
  });

  it('a duty turned into a prohibition of at least "should" strength, or back, is reversed', () => {
    expect(compareDuty([MUST], [MUST_NOT])).toEqual({ from: 'must', to: 'must not', direction: 'reversed' });
    expect(compareDuty([SHOULD_NOT], [SHOULD])).toEqual({ from: 'should not', to: 'should', direction: 'reversed' });
    expect(compareDuty([SHOULD], [MUST_NOT])).toEqual({ from: 'should', to: 'must not', direction: 'reversed' });
  });

  it('must → need not is a weakened duty, not a reversal: "need not" only lifts the duty', () => {
    expect(compareDuty([MUST], [NEED_NOT])).toEqual({ from: 'must', to: 'need not', direction: 'weakened' });
  });

  it('a prohibition made softer is weakened: must not → should not', () => {
    expect(compareDuty([MUST_NOT], [SHOULD_NOT])).toEqual({ from: 'must not', to: 'should not', direction: 'weakened' });
    expect(compareDuty([SHOULD_NOT], [MUST_NOT])).toEqual({ from: 'should not', to: 'must not', direction: 'strengthened' });
  });

  it('modals of equal strength are no change, whatever their words: must → shall', () => {
    expect(compareDuty([MUST], [modal('shall', 3)])).toBeUndefined();
    expect(compareDuty([MUST, SHOULD], [MUST, SHOULD])).toBeUndefined();
  });

  it('the first pair that differs decides; later pairs are not read', () => {
    expect(compareDuty([MUST, MAY], [MUST, SHOULD])).toEqual({ from: 'may', to: 'should', direction: 'strengthened' });
    expect(compareDuty([SHOULD, MUST], [MUST, SHOULD])).toEqual({ from: 'should', to: 'must', direction: 'strengthened' });
  });

  it('compares modals pairwise only as far as the shorter list goes', () => {
    expect(compareDuty([MUST], [MUST, MAY])).toBeUndefined();
    expect(compareDuty([], [])).toBeUndefined();
  });

  it('reads the modals analyseSentence finds: "must agree" → "should agree" is weakened', () => {
    const lexicon = defaultRoles();
    const oldFrame = analyseSentence('The social worker must agree the plan with their manager.', lexicon);
    const newFrame = analyseSentence('The social worker should agree the plan with their manager.', lexicon);
    expect(compareDuty(oldFrame.modals, newFrame.modals)).toEqual({ from: 'must', to: 'should', direction: 'weakened' });
  });
});
