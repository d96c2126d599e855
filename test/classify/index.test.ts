// The rules of the tagger, one behaviour per case.
import { describe, expect, it } from 'vitest';
import { analyseSentence, compare, defaultRoles } from '../../src/index.js';
import { frameOf } from '../../src/classify/table.js';
import type { TableCell } from '../../src/types.js';
import { classifyPair } from '../../src/classify/index.js';
import { timescales } from '../../src/classify/timescale.js';
import { detectTerminology } from '../../src/classify/terminology.js';
import { wordOps } from '../../src/diff/words.js';
import { isEditorialOnly } from '../../src/diff/editorial.js';

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
  it('an aside inside a list ("and, where appropriate,") keeps the list together; a role inside the aside takes no part', () => {
    expect(slots('The social worker should consult the manager and, where appropriate, the police.')).toEqual([['social-worker', 'bearer'], ['manager', 'consulted'], ['police', 'consulted']]);
    expect(slots('The manager should consult the designated officer, the police and, if the child is looked after, the IRO.')).toEqual([
      ['manager', 'bearer'],
      ['designated-officer', 'consulted'],
      ['police', 'consulted'],
      ['child', 'other'],
      ['iro', 'consulted'],
    ]);
    // An aside is short (at most eight words); a longer stretch between commas is not skipped.
    expect(slots('The social worker should consult the manager and, if the parents refuse to take part in the meeting at all, the police.')).toEqual([
      ['social-worker', 'bearer'],
      ['manager', 'consulted'],
      ['parent-carer', 'other'],
      ['police', 'other'],
    ]);
  });
  it('"plan", "review", "record", "visit" are decisions as verbs, not as nouns', () => {
    const f = analyseSentence('The purpose of the safety plan is to enable the social worker and their manager to visit the child at home.', defaultRoles());
    expect(f.predicates).toEqual(['visit']);
    expect(f.mentions.filter((m) => m.slot !== 'other').map((m) => [m.role, m.slot, m.decision])).toEqual([
      ['social-worker', 'bearer', 'visit the child at home'],
      ['manager', 'bearer', 'visit the child at home'],
    ]);
    expect(analyseSentence('The plan and the record are kept on the child\'s file.', defaultRoles()).isDecision).toBe(false);
    expect(analyseSentence('Social workers review the plan and record their decisions.', defaultRoles()).predicates).toEqual(['review', 'record']);
  });
  it('seeking the views of the child is a decision in which the child is consulted', () => {
    expect(slots('The social worker and their manager will seek the views of the child.')).toEqual([['social-worker', 'bearer'], ['manager', 'bearer'], ['child', 'consulted']]);
  });
  it('a predicate inside a role\'s name makes no decision: "conference chair", "designated safeguarding lead"', () => {
    expect(analyseSentence('Conference chair', defaultRoles()).isDecision).toBe(false);
    expect(analyseSentence('The designated safeguarding lead is based in the school office.', defaultRoles()).isDecision).toBe(false);
    expect(analyseSentence('The manager will chair the meeting.', defaultRoles()).isDecision).toBe(true);
  });
});

describe('roles in table cells', () => {
  const lexicon = defaultRoles();
  const cell = (cells: string[], index: number, header?: string[]): TableCell => (header ? { cells, header, index } : { cells, index });
  const roleSlots = (text: string, c: TableCell) => frameOf(text, c, lexicon).mentions.map((m) => [m.role, m.slot, m.decision]);

  it('a role cell under a decision header takes part in the row\'s decision', () => {
    const header = ['Decision', 'Who decides', 'Who is consulted'];
    expect(roleSlots('Team manager', cell(['Close the case', 'Team manager', 'IRO'], 1, header))).toEqual([['manager', 'bearer', 'close the case']]);
    expect(roleSlots('IRO', cell(['Close the case', 'Team manager', 'IRO'], 2, header))).toEqual([['iro', 'consulted', 'close the case']]);
  });
  it('a role cell beside a cell that names a decision takes part in it, whatever the header', () => {
    expect(roleSlots('Team manager', cell(['Team manager', 'Authorises the closure of the case'], 0, ['Role', 'Responsibility']))).toEqual([['manager', 'bearer', 'authorises the closure of the case']]);
  });
  it('no decision in the header or the row, a cell that is not mostly roles, or no header: not a decision', () => {
    expect(roleSlots('Police', cell(['Police', '999'], 0, ['Service', 'Telephone']))).toEqual([['police', 'other', '']]);
    // "police station" is a place: the role word does not head its noun phrase, so it is no mention at all.
    expect(roleSlots('Crime reference number from the police station', cell(['Close the case', 'Crime reference number from the police station'], 1, ['Decision', 'Notes']))).toEqual([]);
    expect(roleSlots('Team manager', cell(['Close the case', 'Team manager'], 1))).toEqual([['manager', 'other', '']]);
  });
  it('a cell that is a sentence with a decision of its own is read as a sentence', () => {
    const text = 'The team manager should agree the plan with the IRO.';
    const inCell = frameOf(text, cell(['Plans', text], 1, ['Topic', 'Who decides']), lexicon);
    expect(inCell).toEqual(analyseSentence(text, lexicon));
    expect(inCell.mentions.map((m) => [m.role, m.slot])).toEqual([['manager', 'bearer'], ['iro', 'co-participant']]);
  });
  it('"Team manager" → "Social worker" under "Who decides" is a substitution in compare()', () => {
    const table = (who: string) => `| Decision | Who decides |\n|---|---|\n| Close the case | ${who} |\n`;
    const c = compare(table('Team manager'), table('Social worker'));
    expect(c.changes).toHaveLength(1);
    expect(c.changes[0]!.tags).toEqual(['role-removed', 'role-added', 'role-substituted', 'wording']);
    expect(c.changes[0]!.roleEvents.map((e) => [e.role, e.change, e.decision])).toEqual([
      ['manager', 'removed', 'close the case'],
      ['social-worker', 'added', 'close the case'],
    ]);
  });
  it('a cell emptied beside a changed one: the changed cell is still one pair', () => {
    const row = (who: string, consulted: string) => `| Decision | Who decides | Who is consulted |\n|---|---|---|\n| Close the case | ${who} | ${consulted} |\n`;
    const c = compare(row('Team manager', 'IRO'), row('Social worker', ''));
    expect(c.changes.map((x) => [x.kind, x.roles])).toEqual([
      ['removed', { removed: ['iro'], added: [] }],
      ['changed', { removed: ['manager'], added: ['social-worker'] }],
    ]);
    // Events carry the lexicon's name for the role, which reports show.
    expect(c.changes[0]!.roleEvents[0]!.label).toBe('Independent reviewing officer');
  });
});

describe('tags of a pair', () => {
  it('role removed, with the decision and the trigger words', () => {
    const c = classifyPair('The social worker and their manager should agree a plan of action.', 'The social worker should agree a plan of action.');
    expect(c.tags).toEqual(['role-removed', 'wording']);
    expect(c.roleEvents).toEqual([{ role: 'manager', label: 'Manager', change: 'removed', slot: 'bearer', decision: 'agree a plan of action', trigger: 'their manager' }]);
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
  it('a duty or a time limit changed throughout is never terminology: must → should, 10 → 15 days', () => {
    const pair = (a: string, b: string) => ({ pairs: [{ old: a, new: b, ops: wordOps(a, b) }] });
    const weakened = [pair('The manager must agree the plan.', 'The manager should agree the plan.'), pair('Staff must record it.', 'Staff should record it.'), pair('The chair must convene it.', 'The chair should convene it.')];
    expect(detectTerminology(weakened)).toEqual([]);
    const longer = [pair('Visit within 10 days.', 'Visit within 15 days.'), pair('Review within 10 days.', 'Review within 15 days.'), pair('Close within 10 days.', 'Close within 15 days.')];
    expect(detectTerminology(longer)).toEqual([]);
    const weeks = [pair('Visit every two weeks.', 'Visit every four weeks.'), pair('Review every two weeks.', 'Review every four weeks.'), pair('Meet every two weeks.', 'Meet every four weeks.')];
    expect(detectTerminology(weeks)).toEqual([]);
  });
});
