// Document text in this file is test fixture text, not guidance.
import { describe, expect, it } from 'vitest';
import { frameOf } from '../../src/classify/table.js';
import type { TableCell } from '../../src/types.js';
import { analyseSentence } from '../../src/classify/frames.js';
import { defaultRoles } from '../../src/classify/lexicon.js';

const lexicon = defaultRoles();
const HEADER = ['Decision', 'Who decides', 'Who is consulted'];
const ROW = ['Close the case', 'Team manager', 'IRO'];
const at = (cells: string[], index: number, header?: string[]): TableCell => (header ? { cells, header, index } : { cells, index });
const roles = (text: string, cell: TableCell | undefined) => frameOf(text, cell, lexicon).mentions.map((m) => [m.role, m.slot, m.decision]);

describe('frameOf', () => {
  it('a role cell under a "who decides" header is the bearer of the decision its row names', () => {
    const f = frameOf('Team manager', at(ROW, 1, HEADER), lexicon);
    expect(f.isDecision).toBe(true);
    expect(f.mainPredicate).toBe('Close');
    expect(f.predicates).toEqual(['Close']);
    expect(f.mentions.map((m) => [m.role, m.slot, m.text, m.decision])).toEqual([['manager', 'bearer', 'Team manager', 'close the case']]);
  });

  it('the header gives the slot: consulted, informed and attending are not deciding', () => {
    expect(roles('IRO', at(ROW, 2, HEADER))).toEqual([['iro', 'consulted', 'close the case']]);
    expect(roles('Team manager', at(['Close the case', 'Team manager'], 1, ['Decision', 'Who is informed']))).toEqual([['manager', 'consulted', 'close the case']]);
    expect(roles('Team manager', at(['Close the case', 'Team manager'], 1, ['Decision', 'Who attends']))).toEqual([['manager', 'co-participant', 'close the case']]);
  });

  it('with no header slot, a decision predicate in another cell of the row makes the role its bearer', () => {
    expect(roles('Team manager', at(['Authorises closure', 'Team manager'], 1, ['Step', 'Notes']))).toEqual([['manager', 'bearer', 'authorises closure']]);
  });

  it('with a header slot but no predicate in the row, the decision is the first other non-blank cell', () => {
    const f = frameOf('Team manager', at(['  ', 'Team manager', 'Strategy meeting'], 1, ['Notes', 'Chaired by', 'Meeting']), lexicon);
    expect(f.isDecision).toBe(true);
    expect(f.mainPredicate).toBe('');
    expect(f.predicates).toEqual([]);
    expect(f.mentions.map((m) => [m.role, m.slot, m.decision])).toEqual([['manager', 'bearer', 'strategy meeting']]);
  });

  it('keeps a capitalised word that is not sentence case as written: "LADO referral"', () => {
    expect(roles('Team manager', at(['LADO referral', 'Team manager'], 1, ['Step', 'Who decides']))).toEqual([['manager', 'bearer', 'LADO referral']]);
  });

  it('shows at most eight words of the decision, without trailing punctuation', () => {
    expect(roles('Team manager', at(['Close the case.', 'Team manager'], 1, HEADER))).toEqual([['manager', 'bearer', 'close the case']]);
    expect(roles('Team manager', at(['Decide whether to close the case or keep it open.', 'Team manager'], 1, HEADER))).toEqual([
      ['manager', 'bearer', 'decide whether to close the case or keep'],
    ]);
  });

  it('every role of a role cell takes part, with a few spare words allowed: "Team manager or, if absent, service manager"', () => {
    expect(roles('Team manager and social worker', at(['Close the case', 'x'], 1, HEADER))).toEqual([
      ['manager', 'bearer', 'close the case'],
      ['social-worker', 'bearer', 'close the case'],
    ]);
    expect(roles('Team manager or, if absent, service manager', at(['Close the case', 'x'], 1, HEADER))).toEqual([
      ['manager', 'bearer', 'close the case'],
      ['manager', 'bearer', 'close the case'],
    ]);
  });

  it('a cell with more than three words besides role names is read as a sentence, not as a role cell', () => {
    expect(roles('Team manager when usually available', at(['Close the case', 'x'], 1, HEADER))).toEqual([['manager', 'bearer', 'close the case']]);
    const text = 'Team manager when usually not available';
    expect(frameOf(text, at(['Close the case', 'x'], 1, HEADER), lexicon)).toEqual(analyseSentence(text, lexicon));
    expect(roles(text, at(['Close the case', 'x'], 1, HEADER))).toEqual([['manager', 'other', '']]);
  });

  it('a cell that is a sentence with a decision of its own is read as that sentence', () => {
    const text = 'The team manager should approve the plan';
    expect(frameOf(text, at(['Close the case', text], 1, HEADER), lexicon)).toEqual(analyseSentence(text, lexicon));
    expect(roles(text, at(['Close the case', text], 1, HEADER))).toEqual([['manager', 'bearer', 'approve the plan']]);
  });

  it('a role cell with neither a header slot nor a decision in its row takes part in nothing', () => {
    expect(roles('Team manager', at(['Strategy meeting', 'Team manager'], 1, ['Meeting', 'Notes']))).toEqual([['manager', 'other', '']]);
  });

  it('a cell without a header (a header row, or no cell at all) is read as a plain sentence', () => {
    expect(roles('Team manager', at(ROW, 1))).toEqual([['manager', 'other', '']]);
    expect(frameOf('Team manager', undefined, lexicon)).toEqual(analyseSentence('Team manager', lexicon));
  });

  it('a cell naming no role is left as it reads', () => {
    expect(frameOf('Nobody', at(['Close the case', 'Nobody'], 1, HEADER), lexicon)).toEqual(analyseSentence('Nobody', lexicon));
  });
});
