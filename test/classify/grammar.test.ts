import { describe, expect, it } from 'vitest';
import { tagTokens } from '../../src/classify/grammar.js';
import { tokenize } from '../../src/classify/tokens.js';
import { analyseSentence, defaultRoles } from '../../src/index.js';
import { definedAcronyms, withDefinitions } from '../../src/classify/definitions.js';
import { similarDecisions } from '../../src/classify/decision-match.js';

// Sentences below are written for these tests (fixtures, not guidance).
const lexicon = defaultRoles();
const slots = (s: string) => analyseSentence(s, lexicon).mentions.map((m) => [m.role, m.slot]);

describe('tagTokens', () => {
  it('gives each token of ours a part of speech and a lemma', () => {
    const t = tagTokens('The manager decides.', tokenize('The manager decides.'));
    expect(t.map((x) => x.pos)).toEqual(['DET', 'NOUN', 'VERB', 'PUNCT']);
    expect(t[2]!.lemma).toBe('decide');
  });
  it('reads an overlong word as a placeholder and stays bounded', () => {
    const long = 'x'.repeat(100_000);
    const t = tagTokens(`${long} must agree`, tokenize(`${long} must agree`));
    expect(t).toHaveLength(3);
    expect(t[0]!.lemma).toBe(long);
  });
});

describe('participation read from the grammar', () => {
  it('a role word that only modifies a noun is no mention', () => {
    expect(slots('The meeting should be held at the police station.')).toEqual([]);
    expect(slots('Professional development should be reviewed each year.')).toEqual([]);
  });
  it('the one told is informed, the one asked is consulted', () => {
    expect(slots('The social worker must tell the practice supervisor about the safety plan.')).toEqual([['social-worker', 'bearer'], ['manager', 'informed']]);
    expect(slots('The social worker must agree the safety plan with the practice supervisor.')).toEqual([['social-worker', 'bearer'], ['manager', 'co-participant']]);
    expect(slots('The plan should be shared with the GP.')).toEqual([['health-practitioner', 'informed']]);
    expect(slots('The LADO should be informed.')).toEqual([['lado', 'informed']]);
  });
  it('roles given as examples take no part', () => {
    expect(slots('The social worker should agree the plan with other services (for example the police).')).toEqual([['social-worker', 'bearer'], ['police', 'other']]);
  });
  it('a subordinate clause with a decision of its own has its own subject', () => {
    expect(slots('Unless the team manager decides otherwise, the case will be closed.')).toEqual([['manager', 'bearer']]);
    expect(slots('If the child is at risk, the social worker should act.')).toEqual([['child', 'other'], ['social-worker', 'bearer']]);
  });
  it('"rests with" and "is the responsibility of" name who decides', () => {
    expect(slots('The decision to close the case rests with the team manager.')).toEqual([['manager', 'bearer']]);
    expect(analyseSentence('The decision to close the case rests with the team manager.', lexicon).mentions[0]!.decision).toBe('close the case');
    expect(slots('It is the responsibility of the chief executive to appoint the chair.')).toEqual([['chief-executive', 'bearer']]);
    expect(analyseSentence('It is the responsibility of the chief executive to appoint the chair.', lexicon).mentions[0]!.decision).toBe('appoint the chair');
  });
  it('"with" joins a decision only when it hangs on the decision\'s verb', () => {
    expect(slots('The DSL should record any contact the pupil has had with the police.')).toEqual([['designated-safeguarding-lead', 'bearer'], ['police', 'other']]);
  });
});

describe('definitions and similar decisions', () => {
  it('an acronym defined after a role names it for the rest of the document', () => {
    const text = 'The lead member (LM) should agree priorities. The LM must publish the arrangements.';
    expect(definedAcronyms(text, lexicon)).toEqual([['LM', 'lead-member']]);
    expect(analyseSentence('The LM must publish the arrangements.', lexicon).mentions).toEqual([]);
    const extended = withDefinitions(lexicon, definedAcronyms(text, lexicon));
    expect(analyseSentence('The LM must publish the arrangements.', extended).mentions.map((m) => [m.role, m.slot])).toEqual([['lead-member', 'bearer']]);
    expect(definedAcronyms('The police (the force) must act.', lexicon)).toEqual([]);
  });
  it('decisions are similar when the verb agrees and an object word is shared, or two object words are', () => {
    expect(similarDecisions('agree a plan of action', 'agreed')).toBe(true);
    expect(similarDecisions('agree a plan of action', 'agree the plan')).toBe(true);
    expect(similarDecisions('agree a plan of action', 'review the plan')).toBe(false);
    expect(similarDecisions('approve the closure of the case', 'close the case closure')).toBe(true);
  });
});
