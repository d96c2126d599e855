// Document text in this file is test fixture text, not guidance.
import { describe, expect, it } from 'vitest';
import { analyseSentence, isListWord, predicatesIn } from '../../src/classify/frames.js';
import { buildLexicon, defaultRoles } from '../../src/classify/lexicon.js';

const lexicon = defaultRoles();
const frame = (text: string) => analyseSentence(text, lexicon);
const slots = (text: string) => frame(text).mentions.map((m) => [m.role, m.slot]);
const modals = (text: string) => frame(text).modals.map((m) => [m.phrase, m.strength]);

describe('analyseSentence: a decision and who takes part', () => {
  it('reads the subject of a decision predicate as its bearer and "with their manager" as a co-participant', () => {
    expect(frame('The social worker should agree the plan with their manager.')).toEqual({
      isDecision: true,
      mainPredicate: 'agree',
      modals: [{ phrase: 'should', strength: 2, token: 3 }],
      predicates: ['agree'],
      mentions: [
        { role: 'social-worker', slot: 'bearer', text: 'The social worker', decision: 'agree the plan', token: 1, subject: true, clause: 'social worker should agree the plan with their manager.' },
        { role: 'manager', slot: 'co-participant', text: 'their manager', decision: 'agree the plan', token: 9, subject: false, clause: 'The social worker should agree the plan with their manager.', inPhrase: true },
      ],
      anaphors: [],
    });
  });

  it('a role after "by" following a passive decision is its agent', () => {
    const f = frame('The decision will be authorised by the team manager.');
    expect(f.isDecision).toBe(true);
    expect(f.mainPredicate).toBe('authorised');
    expect(f.mentions.map((m) => [m.role, m.slot, m.text])).toEqual([['manager', 'agent', 'the team manager']]);
  });

  it('the object of "consult" is consulted; the object of "inform" is only informed', () => {
    expect(slots('The social worker should consult the IRO.')).toEqual([['social-worker', 'bearer'], ['iro', 'consulted']]);
    expect(slots('The social worker should inform the LADO.')).toEqual([['social-worker', 'bearer'], ['lado', 'informed']]);
  });

  it('roles joined by commas and "and" share the slot of the first', () => {
    expect(slots('The social worker, the manager and the IRO should attend the conference.')).toEqual([
      ['social-worker', 'bearer'],
      ['manager', 'bearer'],
      ['iro', 'bearer'],
    ]);
  });

  it('a sentence with no modal and no decision predicate is no decision, and its roles are in no slot', () => {
    expect(frame('The needs of the child are paramount.')).toEqual({
      isDecision: false,
      mainPredicate: '',
      modals: [],
      predicates: [],
      mentions: [{ role: 'child', slot: 'other', text: 'the child', decision: '', token: 4, subject: false, clause: 'The needs of the child are paramount.', inPhrase: true }],
      anaphors: [],
    });
  });

  it('a possessive role names whose role it is, not who decides: "the child\'s social worker"', () => {
    expect(slots("The child's social worker should agree the plan.")).toEqual([['child', 'other'], ['social-worker', 'bearer']]);
  });

  it('each clause after ";" has its own subject and decision', () => {
    const f = frame('The social worker should record the decision; the manager must approve it.');
    expect(f.mentions.map((m) => [m.role, m.slot, m.decision])).toEqual([
      ['social-worker', 'bearer', 'record the decision'],
      ['manager', 'bearer', 'approve it'],
    ]);
    expect(f.modals.map((m) => [m.phrase, m.token])).toEqual([['should', 3], ['must', 10]]);
    expect(f.predicates).toEqual(['record', 'approve']);
    // The first clause's predicate is the main one.
    expect(f.mainPredicate).toBe('record');
  });

  it('reads roles from the lexicon it is given', () => {
    const custom = buildLexicon({ extend: false, roles: [{ id: 'kinship-carer', terms: ['kinship carer'] }] });
    const f = analyseSentence('The kinship carer should agree the plan with their manager.', custom);
    expect(f.mentions.map((m) => [m.role, m.slot, m.text])).toEqual([['kinship-carer', 'bearer', 'The kinship carer']]);
  });

  it('an empty sentence is an empty frame', () => {
    expect(frame('')).toEqual({ isDecision: false, mainPredicate: '', modals: [], predicates: [], mentions: [], anaphors: [] });
  });

  it('reads at most 600 words: a modal further on makes no decision', () => {
    const near = frame(`The manager ${'indeed '.repeat(590)}should agree the plan.`);
    expect(near.isDecision).toBe(true);
    expect(near.mentions.map((m) => [m.role, m.slot])).toEqual([['manager', 'bearer']]);
    const far = frame(`The manager ${'indeed '.repeat(700)}should agree the plan.`);
    expect(far.isDecision).toBe(false);
    expect(far.modals).toEqual([]);
  });
});

describe('analyseSentence: modals', () => {
  it('gives each modal its signed strength: must 3, should 2, may 1, prohibitions negative', () => {
    expect(modals('The manager must approve the plan.')).toEqual([['must', 3]]);
    expect(modals('The manager should approve the plan.')).toEqual([['should', 2]]);
    expect(modals('The manager may approve the plan.')).toEqual([['may', 1]]);
    expect(modals('The manager must not approve the plan.')).toEqual([['must not', -3]]);
    expect(modals('The manager should not approve the plan.')).toEqual([['should not', -2]]);
  });

  it('reads a multi-word modal as one, the longest: "is required to", "need not"', () => {
    expect(modals('The manager is required to approve the plan.')).toEqual([['is required to', 3]]);
    expect(modals('The manager need not approve the plan.')).toEqual([['need not', -1]]);
  });

  it('a directive "will" needs a decision predicate close behind it; a predictive one is no duty', () => {
    expect(modals('The manager will authorise closure.')).toEqual([['will', 3]]);
    expect(modals('The manager will not authorise closure.')).toEqual([['will not', -3]]);
    const predictive = frame('The report will be long.');
    expect(predictive.modals).toEqual([]);
    expect(predictive.isDecision).toBe(false);
  });

  it('"can" makes a decision only with a decision predicate behind it; "may" grants a permission whatever the verb', () => {
    expect(frame('Supervision can play a critical role.').isDecision).toBe(false);
    expect(modals('The manager can authorise closure.')).toEqual([['can', 1]]);
    expect(modals('Practitioners may use their judgement.')).toEqual([['may', 1]]);
  });
});

describe('predicatesIn', () => {
  it('names the decision predicates of a piece of text, as written', () => {
    expect(predicatesIn('Close the case')).toEqual(['Close']);
    expect(predicatesIn('Agree and record')).toEqual(['Agree', 'record']);
  });

  it('reads a table\'s third-person verbs through their base form: "Authorises", "Notifies"', () => {
    expect(predicatesIn('Authorises closure')).toEqual(['Authorises']);
    expect(predicatesIn('Notifies the police')).toEqual(['Notifies']);
  });

  it('finds none in text with no decision predicate, nor in empty text', () => {
    expect(predicatesIn('Strategy meeting')).toEqual([]);
    expect(predicatesIn('')).toEqual([]);
  });
});

describe('isListWord', () => {
  it('joiners and fillers may stand among role names; role words, prepositions and modals may not', () => {
    expect(['and', 'or', ',', 'their', 'named', 'designated', 'allocated'].map(isListWord)).toEqual([true, true, true, true, true, true, true]);
    expect(['manager', 'with', 'should', 'by', ''].map(isListWord)).toEqual([false, false, false, false, false]);
  });
});
