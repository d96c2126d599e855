// Document text in this file is test fixture text, not guidance.
import { describe, expect, it } from 'vitest';
import { compareRoles } from '../../src/classify/roles.js';
import { analyseSentence, type Frame, type RoleMention, type Slot } from '../../src/classify/frames.js';
import { defaultRoles } from '../../src/classify/lexicon.js';

const lexicon = defaultRoles();
const frame = (text: string): Frame => analyseSentence(text, lexicon);
const none = new Map<string, string>();

const mention = (role: string, slot: Slot, text = role, decision = 'agree the plan'): RoleMention => ({ role, slot, text, decision, token: 0 });
const decision = (...mentions: RoleMention[]): Frame => ({ isDecision: true, mainPredicate: 'agree', modals: [], predicates: ['agree'], mentions, anaphors: [] });

describe('compareRoles', () => {
  it('a co-participant dropped from a decision is removed, with its slot, decision and the words that named it', () => {
    const d = compareRoles(
      frame('The social worker should agree the plan with their manager.'),
      frame('The social worker should agree the plan.'),
      none,
    );
    expect(d).toEqual({
      removed: ['manager'],
      added: [],
      substituted: false,
      events: [{ role: 'manager', change: 'removed', slot: 'co-participant', decision: 'agree the plan', trigger: 'their manager' }],
    });
  });

  it('a role newly named in a decision is added', () => {
    const d = compareRoles(frame('The social worker should agree the plan.'), frame('The social worker should agree the plan with their manager.'), none);
    expect(d.removed).toEqual([]);
    expect(d.added).toEqual(['manager']);
    expect(d.substituted).toBe(false);
    expect(d.events).toEqual([{ role: 'manager', change: 'added', slot: 'co-participant', decision: 'agree the plan', trigger: 'their manager' }]);
  });

  it('one role replaced by another in the same slot is a substitution', () => {
    const d = compareRoles(frame('The team manager must authorise closure.'), frame('The social worker must authorise closure.'), none);
    expect(d.removed).toEqual(['manager']);
    expect(d.added).toEqual(['social-worker']);
    expect(d.substituted).toBe(true);
    expect(d.events.map((e) => [e.role, e.change, e.slot])).toEqual([['manager', 'removed', 'bearer'], ['social-worker', 'added', 'bearer']]);
  });

  it('a role removed from one slot and another added in a different slot is no substitution', () => {
    const d = compareRoles(decision(mention('manager', 'co-participant')), decision(mention('police', 'bearer')), none);
    expect(d.removed).toEqual(['manager']);
    expect(d.added).toEqual(['police']);
    expect(d.substituted).toBe(false);
  });

  it('the same roles in the same decision are no change, even when their words and slots move', () => {
    const d = compareRoles(
      frame('The social worker should agree the plan with their manager.'),
      frame('The social worker and their manager should agree the plan.'),
      none,
    );
    expect(d).toEqual({ removed: [], added: [], substituted: false, events: [] });
  });

  it('a document-wide rename applies to the old side: professional → practitioner is no removal', () => {
    const oldFrame = frame('Professionals should agree the plan.');
    const newFrame = frame('Practitioners should agree the plan.');
    expect(compareRoles(oldFrame, newFrame, none).removed).toEqual(['professional']);
    const d = compareRoles(oldFrame, newFrame, new Map([['professional', 'practitioner']]));
    expect(d).toEqual({ removed: [], added: [], substituted: false, events: [] });
  });

  it('roles in no slot ("the needs of the child") take part in nothing and are never removed or added', () => {
    const d = compareRoles(frame('The social worker should consider the needs of the child.'), frame('The social worker should consider the needs of the family.'), none);
    expect(d).toEqual({ removed: [], added: [], substituted: false, events: [] });
  });

  it('roles of a sentence that is no decision do not count', () => {
    const d = compareRoles(frame('The manager is based in the office.'), frame('The manager should approve the plan.'), none);
    expect(d.removed).toEqual([]);
    expect(d.added).toEqual(['manager']);
    expect(compareRoles(frame('The manager should approve the plan.'), frame('The manager is based in the office.'), none).removed).toEqual(['manager']);
  });

  it('a frame that is no decision contributes no roles, whatever slots its mentions carry', () => {
    const notDecision: Frame = { ...decision(mention('manager', 'bearer')), isDecision: false };
    expect(compareRoles(notDecision, decision(), none)).toEqual({ removed: [], added: [], substituted: false, events: [] });
    expect(compareRoles(decision(), notDecision, none)).toEqual({ removed: [], added: [], substituted: false, events: [] });
  });

  it('a missing side (a sentence added or removed whole) has no roles', () => {
    const f = frame('The social worker should agree the plan with their manager.');
    expect(compareRoles(null, f, none).added).toEqual(['social-worker', 'manager']);
    expect(compareRoles(f, null, none).removed).toEqual(['social-worker', 'manager']);
    expect(compareRoles(null, null, none)).toEqual({ removed: [], added: [], substituted: false, events: [] });
  });

  it('a role named twice counts once, by its first slotted mention', () => {
    const d = compareRoles(
      decision(mention('manager', 'other', 'the manager'), mention('manager', 'bearer', 'the team manager'), mention('manager', 'consulted', 'the service manager')),
      decision(),
      none,
    );
    expect(d.removed).toEqual(['manager']);
    expect(d.events).toEqual([{ role: 'manager', change: 'removed', slot: 'bearer', decision: 'agree the plan', trigger: 'the team manager' }]);
  });

  it('two old roles renamed onto one new role count as that role once', () => {
    const renames = new Map([['professional', 'practitioner'], ['colleague', 'practitioner']]);
    const d = compareRoles(decision(mention('professional', 'bearer'), mention('colleague', 'co-participant')), decision(), renames);
    expect(d.removed).toEqual(['practitioner']);
    expect(d.events.map((e) => [e.role, e.slot, e.trigger])).toEqual([['practitioner', 'bearer', 'professional']]);
  });
});
