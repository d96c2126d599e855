// Document text in this file is test fixture text, not guidance: sentences written to
// exercise one rule each of the role reading added for real text (issue 13).
import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../../src/classify/frames.js';
import { defaultRoles } from '../../src/classify/lexicon.js';

const lexicon = defaultRoles();
const slots = (text: string) => analyseSentence(text, lexicon).mentions.map((m) => [m.role, m.slot]);
const slotOf = (text: string, role: string) => analyseSentence(text, lexicon).mentions.find((m) => m.role === role)?.slot;

describe('who takes part: recipients, patients and modifiers take none', () => {
  it('the one a case is referred to only receives it', () => {
    expect(slots('The designated safeguarding lead should refer cases to the police.')).toEqual([
      ['designated-safeguarding-lead', 'bearer'],
      ['police', 'informed'],
    ]);
  });

  it('the subject of a passive has it done to them, unless it is consulted, told or involved', () => {
    expect(slotOf('Staff should be offered appropriate support.', 'staff')).toBe('other');
    expect(slotOf('Qualified social workers should be appointed to the role.', 'social-worker')).toBe('other');
    expect(slotOf('Parents should be consulted.', 'parent-carer')).toBe('consulted');
    expect(slotOf('The manager should be involved in the decision.', 'manager')).toBe('bearer');
  });

  it('the subject of "receive" is given something', () => {
    expect(slotOf('Practitioners should also continue to receive supervision.', 'practitioner')).toBe('other');
  });

  it('a role inside the subject\'s own phrase is not the subject', () => {
    expect(slotOf('Any allegation made against a member of staff must be dealt with quickly.', 'staff')).toBe('other');
    expect(['other', 'informed']).toContain(slotOf('This advice is for practitioners who provide services to children and families, who have to make decisions.', 'family'));
  });

  it('a possessive names whose it is, unless what it owns is a say', () => {
    expect(slotOf("A child's file should be transferred to the new school.", 'child')).toBe('other');
    expect(slotOf("The social worker should close the case with the manager's agreement.", 'manager')).toBe('co-participant');
  });

  it('a role after a verb is its object, unless the verb hands it the decision', () => {
    expect(slotOf('Agencies need to work together to identify the children who would benefit from help.', 'child')).toBe('other');
    expect(slotOf('The purpose of the plan is to enable the social worker to visit the child.', 'social-worker')).toBe('bearer');
  });

  it('"to the role of X" and "the role of X in this" make X no bearer; "the role of X is to" does', () => {
    expect(slotOf('The governing body should appoint a member of staff to the role of designated safeguarding lead.', 'designated-safeguarding-lead')).toBe('other');
    expect(slotOf('The role of the designated safeguarding lead is to decide whether to refer.', 'designated-safeguarding-lead')).toBe('bearer');
  });

  it('"working with X" is no joint decision, except beside the one who decides', () => {
    expect(slotOf('The partners must set out how they will work together and with any relevant agencies.', 'agency')).toBe('other');
    expect(slotOf('It is a matter for the headteacher, working with the designated safeguarding lead, to define the rota.', 'designated-safeguarding-lead')).toBe('co-participant');
    expect(slotOf('Practitioners working with children should record their decisions.', 'child')).toBe('other');
  });
});

describe('who takes part: more ways of saying who decides', () => {
  it('an imperative is a duty addressed to the reader', () => {
    expect(slotOf('Seek advice from the designated officer.', 'designated-officer')).toBe('consulted');
    expect(slotOf('If in doubt seek advice from the designated officer.', 'designated-officer')).toBe('consulted');
    expect(slotOf('If you answer not sure, seek advice from your manager.', 'manager')).toBe('consulted');
  });

  it('reads clefts, "it is not acceptable for X to", "need to" and "is to be"', () => {
    expect(slotOf('It is the local authority that has the duty to notify the panel.', 'local-authority')).toBe('bearer');
    expect(slotOf('It is not acceptable for an employer to leave a person without support.', 'employer')).toBe('bearer');
    expect(slotOf('The safeguarding partners need to ensure that practitioners are supported.', 'safeguarding-partners')).toBe('bearer');
    expect(slotOf('The rota is to be defined by the headteacher.', 'headteacher')).toBe('agent');
  });

  it('the subject of a "that" clause or of a relative clause of its own decides', () => {
    expect(slotOf('This does not mean that the safeguarding partners must carry out a review.', 'safeguarding-partners')).toBe('bearer');
    expect(slotOf('Advice goes to parents and others who the local authority considers necessary.', 'local-authority')).toBe('bearer');
  });

  it('a bearer marker counts only with a role after it', () => {
    expect(analyseSentence('Sharing information is essential for early identification of need.', lexicon).isDecision).toBe(false);
  });

  it('a bearer does every verb its clause gives it', () => {
    const [m] = analyseSentence('The safeguarding partners should be senior enough to speak with authority, take decisions and hold their sectors to account.', lexicon).mentions;
    expect(m!.decisions).toEqual(['speak', 'take decisions', 'hold their sectors to account']);
  });

  it('a heading-like lead before a spaced dash is no part of the clause', () => {
    expect(slotOf('Looking after the welfare of the child – the designated safeguarding lead is responsible for ensuring that the child is safe.', 'designated-safeguarding-lead')).toBe('bearer');
  });

  it('"they" and "the post holder" are kept as words that stand for a role', () => {
    const f = analyseSentence('They should ensure that the plan is reviewed.', lexicon);
    expect(f.anaphors.map((a) => [a.text, a.slot, a.subject])).toEqual([['They', 'bearer', true]]);
    expect(analyseSentence('It is essential that the plan is reviewed.', lexicon).anaphors).toEqual([]);
  });
});

describe('the decision in words', () => {
  it('a passive reads as its verb and what is done', () => {
    const [m] = analyseSentence('The plan should be agreed by the manager.', lexicon).mentions;
    expect(m!.decision).toBe('agree plan');
  });

  it('never ends on "is", "that" or a name read as a verb', () => {
    const f = analyseSentence('Local authorities, which under the Children Act 2004 have a responsibility to promote cooperation, should decide which children would benefit.', lexicon);
    expect(f.mentions.find((m) => m.role === 'local-authority')!.decision).toBe('decide which children would benefit');
  });
});
