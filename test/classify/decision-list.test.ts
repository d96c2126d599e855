// Document text in this file is test fixture text, not guidance.
import { describe, expect, it } from 'vitest';
import { decisionOf, listDecisions } from '../../src/classify/decision-list.js';
import { allSentences } from '../../src/parse/sentences.js';
import { buildLexicon, defaultRoles } from '../../src/classify/lexicon.js';
import { parseDocument } from '../../src/parse/document.js';

const doc = (...paragraphs: string[]) => parseDocument(`# Guide\n\n## Plans\n\n${paragraphs.join('\n\n')}\n`);
const table = (who: string) => parseDocument(`# Guide\n\n## Closure\n\n| Decision | Who decides |\n|---|---|\n| Close the case | ${who} |\n`);

describe('decisionOf', () => {
  it('a decision predicate with its subject is a decision: text, predicate, modal, roles and line', () => {
    const [s] = allSentences(doc('The social worker should agree the plan with their manager.'));
    expect(decisionOf(s!, defaultRoles())).toEqual({
      text: 'The social worker should agree the plan with their manager.',
      section: ['Guide', 'Plans'],
      predicate: 'agree',
      modal: 'should',
      roles: ['social-worker', 'manager'],
      line: 5,
    });
  });

  it('a duty made by a modal takes the verb it governs as predicate; the one reported to is only informed', () => {
    const [s] = allSentences(doc('The social worker should report concerns to the designated safeguarding lead.'));
    const d = decisionOf(s!, defaultRoles());
    expect(d?.predicate).toBe('report');
    expect(d?.modal).toBe('should');
    expect(d?.roles).toEqual(['social-worker']);
  });

  it('a decision without a modal has a null modal', () => {
    const [s] = allSentences(doc('The plan is reviewed by the manager.'));
    expect(decisionOf(s!, defaultRoles())).toMatchObject({ predicate: 'reviewed', modal: null, roles: ['manager'] });
  });

  it('lists each role once, however often it is named', () => {
    const [s] = allSentences(doc('The team manager should agree the plan with the service manager.'));
    expect(decisionOf(s!, defaultRoles())?.roles).toEqual(['manager']);
  });

  it('a sentence that is no decision, or a decision no role takes part in, is none', () => {
    const [a, b] = allSentences(doc('The needs of the child are paramount.', 'Plans must be reviewed regularly.'));
    expect(decisionOf(a!, defaultRoles())).toBeNull();
    expect(decisionOf(b!, defaultRoles())).toBeNull();
  });

  it('a role in a table cell decides what its row says: the decision shows the whole row', () => {
    const [, , rowDecision, roleCell] = allSentences(table('Team manager'));
    expect(rowDecision!.sentence.text).toBe('Close the case');
    expect(decisionOf(rowDecision!, defaultRoles())).toBeNull();
    expect(decisionOf(roleCell!, defaultRoles())).toEqual({
      text: 'Close the case | Team manager',
      section: ['Guide', 'Closure'],
      predicate: 'Close',
      modal: null,
      roles: ['manager'],
      line: 7,
    });
  });
});

describe('listDecisions', () => {
  it('lists the decisions of a document in order, skipping sentences that are none', () => {
    const d = doc('The social worker should agree the plan with their manager. The report is kept on file.', 'The needs of the child are paramount.', 'The IRO must chair the review.');
    expect(listDecisions(d).map((x) => [x.text, x.roles, x.line])).toEqual([
      ['The social worker should agree the plan with their manager.', ['social-worker', 'manager'], 5],
      ['The IRO must chair the review.', ['iro'], 9],
    ]);
  });

  it('reads roles from the lexicon given', () => {
    const lexicon = buildLexicon({ extend: false, roles: [{ id: 'kinship-carer', terms: ['kinship carer'] }] });
    expect(listDecisions(doc('The kinship carer should agree the plan with their manager.'), lexicon).map((x) => x.roles)).toEqual([['kinship-carer']]);
  });

  it('a document with no decisions lists none', () => {
    expect(listDecisions(doc('The needs of the child are paramount.'))).toEqual([]);
    expect(listDecisions(parseDocument(''))).toEqual([]);
  });
});
