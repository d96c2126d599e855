// Document text in this file is test fixture text, not guidance.
import { describe, expect, it } from 'vitest';
import { compareDecisions, listDecisions } from '../../src/pipeline/roles.js';
import { parseDocument } from '../../src/parse/document.js';

const doc = (...paragraphs: string[]) => parseDocument(`# Guide\n\n## Plans\n\n${paragraphs.join('\n\n')}\n`);
const table = (who: string) => parseDocument(`# Guide\n\n## Closure\n\n| Decision | Who decides |\n|---|---|\n| Close the case | ${who} |\n`);

describe('compareDecisions', () => {
  it('a role dropped from a paired decision is removed in that row', () => {
    const old = doc('The social worker should agree the plan with their manager.', 'The IRO must chair the review.');
    const neu = doc('The social worker should agree the plan.', 'The IRO must chair the review.');
    const c = compareDecisions(old, neu);
    expect(c.rows.map((r) => [r.old?.text ?? null, r.new?.text ?? null, r.removed, r.added])).toEqual([
      ['The social worker should agree the plan with their manager.', 'The social worker should agree the plan.', ['manager'], []],
      ['The IRO must chair the review.', 'The IRO must chair the review.', [], []],
    ]);
    expect(c.rows[0]!.section).toEqual(['Guide', 'Plans']);
    expect(c.old).toEqual(listDecisions(old));
    expect(c.new).toEqual(listDecisions(neu));
  });

  it('a new decision adds all its roles, a removed one removes them, each in its own section', () => {
    const old = parseDocument('# Guide\n\n## A\n\nA paragraph that stays.\n\n## B\n\nThe manager must approve closure.\n');
    const neu = parseDocument('# Guide\n\n## A\n\nA paragraph that stays.\n\nThe police may attend the strategy discussion.\n\n## B\n\nClosure is recorded on the file system somewhere.\n');
    const rows = compareDecisions(old, neu).rows;
    expect(rows.map((r) => [r.section, r.old?.roles ?? null, r.new?.roles ?? null, r.removed, r.added])).toEqual([
      [['Guide', 'A'], null, ['police'], [], ['police']],
      [['Guide', 'B'], ['manager'], null, ['manager'], []],
    ]);
  });

  it('sentences that are no decision on either side make no row', () => {
    expect(compareDecisions(doc('The needs of the child are paramount.'), doc('The needs of the family are paramount.')).rows).toEqual([]);
  });

  it('a role swapped in a table cell is removed and the new one added', () => {
    const rows = compareDecisions(table('Team manager'), table('Social worker')).rows;
    expect(rows.map((r) => [r.old?.text, r.new?.text, r.removed, r.added])).toEqual([['Close the case | Team manager', 'Close the case | Social worker', ['manager'], ['social-worker']]]);
  });

  it('a rename made throughout the document (professional → practitioner) changes no one\'s say', () => {
    const old = doc('Professionals should agree the plan.', 'The professional must attend the conference.', 'All professionals should share information.');
    const neu = doc('Practitioners should agree the plan.', 'The practitioner must attend the conference.', 'All practitioners should share information.');
    const rows = compareDecisions(old, neu).rows;
    expect(rows.map((r) => [r.old?.roles, r.new?.roles, r.removed, r.added])).toEqual([
      [['professional'], ['practitioner'], [], []],
      [['professional'], ['practitioner'], [], []],
      [['professional'], ['practitioner'], [], []],
    ]);
  });

  it('the same replacement in only one sentence is a real change of role', () => {
    const rows = compareDecisions(doc('Professionals should agree the plan.'), doc('Practitioners should agree the plan.')).rows;
    expect(rows.map((r) => [r.removed, r.added])).toEqual([[['professional'], ['practitioner']]]);
  });
});
