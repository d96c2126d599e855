// The rules of the tagger, one behaviour per case.
import { describe, expect, it } from 'vitest';
import { analyseSentence, defaultRoles } from '../src/index.js';
import { classifyPair } from '../src/classify/index.js';
import { timescales } from '../src/classify/timescale.js';
import { detectTerminology } from '../src/classify/terminology.js';
import { wordOps } from '../src/diff/words.js';
import { isEditorialOnly } from '../src/diff/editorial.js';

const slots = (s: string) => analyseSentence(s, defaultRoles()).mentions.map((m) => [m.role, m.slot]);

describe('slots', () => {
  it('bearer: roles named before the modal', () => {
    expect(slots('The social worker and their manager should agree a plan.')).toEqual([['social-worker', 'bearer'], ['manager', 'bearer']]);
  });
  it('agent of a passive decision', () => {
    expect(slots('The decision to close the case will be authorised by the Team Manager.')).toEqual([['manager', 'agent']]);
  });
  it('"faced by the child" is no agent: faced is no decision', () => {
    expect(slots('The plan should reflect the risk of harm faced by the child.')).toEqual([['child', 'other']]);
  });
  it('co-participant and consulted', () => {
    expect(slots('Judgements should be made by the social worker in discussion with their manager.')).toEqual([['social-worker', 'agent'], ['manager', 'co-participant']]);
    expect(slots('Practitioners should always have access to a manager to talk through their concerns.')).toEqual([['practitioner', 'bearer'], ['manager', 'consulted']]);
  });
  it('a directive "will" is a duty; a predictive one is not', () => {
    expect(analyseSentence('The team manager will authorise closure.', defaultRoles()).modals.map((m) => m.strength)).toEqual([3]);
    expect(analyseSentence('This will be important for neglect cases.', defaultRoles()).modals).toEqual([]);
  });
  it('a role in the opening clause is not the subject', () => {
    expect(slots('Where the child is at risk, the social worker must convene a strategy discussion.')).toEqual([['child', 'other'], ['social-worker', 'bearer']]);
  });
});

describe('tags of a pair', () => {
  it('role removed, with the decision and the trigger words', () => {
    const c = classifyPair('The social worker and their manager should agree a plan of action.', 'The social worker should agree a plan of action.');
    expect(c.tags).toEqual(['role-removed', 'wording']);
    expect(c.roleEvents).toEqual([{ role: 'manager', change: 'removed', slot: 'bearer', decision: 'agree a plan of action', trigger: 'their manager' }]);
  });
  it('duty weakened, strengthened, reversed', () => {
    expect(classifyPair('The manager must review the plan.', 'The manager should review the plan.').duty).toEqual({ from: 'must', to: 'should', direction: 'weakened' });
    expect(classifyPair('The manager may review the plan.', 'The manager must review the plan.').tags).toContain('duty-strengthened');
    expect(classifyPair('Staff must share the record.', 'Staff must not share the record.').tags).toContain('duty-reversed');
  });
  it('timescales: changed, and the same timescale in other words is not', () => {
    expect(classifyPair('A decision must be made within one working day.', 'A decision must be made within 3 working days.').timescale).toEqual({ from: ['within one working day'], to: ['within 3 working days'] });
    expect(classifyPair('Visits happen within five working days.', 'Visits happen within 5 working days.').tags).not.toContain('timescale-changed');
    expect(classifyPair('Reviews happen annually.', 'Reviews happen once a year.').tags).not.toContain('timescale-changed');
    expect(timescales('See section 47 of the Children Act 1989.')).toEqual([]);
  });
  it('a rename in force is not a role change', () => {
    const c = classifyPair('The social worker should agree the plan with other professionals.', 'The social worker should agree the plan with other practitioners.', { renames: [['professional', 'practitioner']] });
    expect(c.tags).toEqual(['terminology']);
    expect(c.roles).toEqual({ removed: [], added: [] });
  });
});

describe('editorial and terminology', () => {
  it('spelling variants, hyphenation, quotes and case are editorial', () => {
    expect(isEditorialOnly('Practitioners should co- ordinate their judgement.', 'practitioners should coordinate their judgment.')).toBe(true);
    expect(isEditorialOnly('Agencies should organise training.', 'Agencies should organize training.')).toBe(true);
    expect(isEditorialOnly('The manager should agree.', 'The social worker should agree.')).toBe(false);
  });
  it('a replacement seen in three changes is a terminology rename; in two it is not', () => {
    const pair = (a: string, b: string) => ({ pairs: [{ old: a, new: b, ops: wordOps(a, b) }] });
    const three = [pair('Support professionals well.', 'Support practitioners well.'), pair('Any professional may ask.', 'Practitioners may ask.'), pair('Health professionals attend.', 'Health practitioners attend.')];
    expect(detectTerminology(three)).toEqual([{ from: 'professional', to: 'practitioner', count: 3 }]);
    expect(detectTerminology(three.slice(0, 2))).toEqual([]);
  });
});
