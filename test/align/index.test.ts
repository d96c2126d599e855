// Each alignment case on small fixtures (procedure-style text written for these
// tests — not guidance). What the alignment must say, case by case.
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/index.js';

const P1 = 'The social worker and their manager should agree a plan of action with other practitioners.';
const P2 = 'The plan should be reviewed regularly to analyse whether sufficient progress has been made.';
const P3 = 'A strategy discussion must be held within 2 working days of the referral.';
const P4 = 'The conference chair should ensure that the parents understand the purpose of the conference.';
const P5 = 'Information should be shared with the police before the strategy discussion takes place.';

const doc = (sections: [string, string[]][]) => sections.map(([h, ps]) => `## ${h}\n\n${ps.join('\n\n')}\n`).join('\n');

describe('alignment', () => {
  it('a document compared with itself has no changes', () => {
    const d = doc([['Assessment', [P1, P2]], ['Strategy', [P3, P4]]]);
    const c = compare(d, d);
    expect(c.changes).toEqual([]);
    expect(c.sections).toEqual([]);
    expect(c.summary.substantive).toBe(false);
  });

  it('reflowed lines are not a change', () => {
    const wrapped = `## Assessment\n\nThe social worker and their manager should agree a plan\nof action with other\n   practitioners.\n`;
    expect(compare(doc([['Assessment', [P1]]]), wrapped).changes).toEqual([]);
  });

  it('renumbered paragraphs are renumberings only, and the label is kept apart from the wording', () => {
    const a = `## Assessment\n\n41. ${P1}\n42. ${P2}\n`;
    const b = `## Assessment\n\n42. ${P1}\n43. ${P2}\n`;
    const renumbered = compare(a, b);
    expect(renumbered.changes.map((c) => [c.kind, c.tags, c.old!.paragraph, c.new!.paragraph, c.old!.text === c.new!.text])).toEqual([
      ['changed', ['renumbered'], '41.', '42.', true],
      ['changed', ['renumbered'], '42.', '43.', true],
    ]);
    expect(renumbered.summary.substantive).toBe(false);
    const edited = compare(a, b.replace('regularly', 'every month'));
    expect(edited.changes.map((c) => c.tags.includes('renumbered'))).toEqual([true, false]);
    expect(edited.changes[1]!.tags).toContain('wording');
    edited.changes.shift();
    expect(edited.changes[0]!.old!.paragraph).toBe('42.');
    expect(edited.changes[0]!.new!.paragraph).toBe('43.');
    expect(edited.changes[0]!.new!.text.startsWith('The plan')).toBe(true);
  });

  it('"1.3 " prefixes are labels too', () => {
    const c = compare(`## A\n\n1.3 ${P2}\n`, `## A\n\n1.4 ${P2.replace('regularly', 'monthly')}\n`);
    expect(c.changes[0]!.old!.paragraph).toBe('1.3');
    expect(c.changes[0]!.new!.paragraph).toBe('1.4');
  });

  it('curly vs straight quotes are editorial only', () => {
    const a = doc([['A', ['The child’s views should be recorded.']]]);
    const b = doc([['A', ["The child's views should be recorded."]]]);
    const c = compare(a, b);
    expect(c.changes.map((x) => x.tags)).toEqual([['editorial']]);
    expect(c.summary.substantive).toBe(false);
  });

  it('a case-only heading change is not a rename', () => {
    const c = compare(doc([['Strategy discussions', [P3]]]), doc([['Strategy Discussions', [P3]]]));
    expect(c.sections).toEqual([]);
    expect(c.changes).toEqual([]);
  });

  it('a renamed section is reported as renamed, its paragraphs as unchanged', () => {
    const c = compare(doc([['Strategy discussions', [P3, P4, P5]]]), doc([['Holding a strategy meeting', [P3, P4, P5]]]));
    expect(c.sections).toMatchObject([{ kind: 'renamed', old: { path: ['Strategy discussions'] }, new: { path: ['Holding a strategy meeting'] } }]);
    expect(c.changes).toEqual([]);
  });

  it('a moved section is reported as moved, with no wording changes', () => {
    const c = compare(doc([['Assessment', [P1, P2]], ['Strategy', [P3, P4]], ['Conference', [P5]]]), doc([['Strategy', [P3, P4]], ['Conference', [P5]], ['Assessment', [P1, P2]]]));
    expect(c.sections.map((s) => s.kind)).toEqual(['moved']);
    expect(c.changes).toEqual([]);
  });

  it('a paragraph moved to another section is one "moved" record, not a deletion plus an insertion', () => {
    const c = compare(doc([['Assessment', [P1, P2, P5]], ['Strategy', [P3, P4]]]), doc([['Assessment', [P1, P2]], ['Strategy', [P3, P5, P4]]]));
    expect(c.changes).toHaveLength(1);
    expect(c.changes[0]).toMatchObject({ kind: 'moved', tags: ['moved'], old: { section: ['Assessment'] }, new: { section: ['Strategy'] } });
  });

  it('a paragraph moved and edited is one "moved" record carrying the edit', () => {
    const c = compare(doc([['Assessment', [P1, P2, P5]], ['Strategy', [P3, P4]]]), doc([['Assessment', [P1, P2]], ['Strategy', [P3, P5.replace('with the police', 'with the police, with the agreement of the team manager,'), P4]]]));
    expect(c.changes).toHaveLength(1);
    expect(c.changes[0]!.kind).toBe('moved');
    expect(c.changes[0]!.tags).toEqual(expect.arrayContaining(['moved', 'wording', 'role-added']));
    // Those it is shared with are only informed; the one whose agreement is needed takes part.
    expect(c.changes[0]!.roles.added).toEqual(['manager']);
  });

  it('a split section is reported as split, its paragraphs not as moved', () => {
    const c = compare(doc([['Strategy', [P3, P4, P5, P2]]]), doc([['Strategy', [P3, P4]], ['Sharing information', [P5, P2]]]));
    expect(c.sections).toMatchObject([{ kind: 'split', old: { path: ['Strategy'] }, new: { path: ['Sharing information'] }, related: [['Strategy']] }]);
    expect(c.changes).toEqual([]);
  });

  it('merged sections are reported as merged', () => {
    const c = compare(doc([['Strategy', [P3, P4]], ['Sharing information', [P5, P2]]]), doc([['Strategy', [P3, P4, P5, P2]]]));
    expect(c.sections).toMatchObject([{ kind: 'merged', old: { path: ['Sharing information'] }, new: { path: ['Strategy'] } }]);
    expect(c.changes).toEqual([]);
  });

  it('an edited list item is one record with its label and section', () => {
    const c = compare(`## Steps\n\n1. ${P1}\n2. ${P3}\n`, `## Steps\n\n1. ${P1}\n2. ${P3.replace('2 working days', '5 working days')}\n`);
    expect(c.changes).toHaveLength(1);
    expect(c.changes[0]).toMatchObject({ kind: 'changed', new: { paragraph: '2.', section: ['Steps'], line: 4 } });
    expect(c.changes[0]!.tags).toEqual(['timescale-changed', 'wording']);
  });

  it('an edited table row is one record per changed cell', () => {
    const table = (who: string) => `## Roles\n\n| Decision | Who decides |\n|---|---|\n| Close the case | ${who} |\n| Convene a conference | Conference chair |\n`;
    const c = compare(table('Team manager'), table('Social worker'));
    expect(c.changes).toHaveLength(1);
    expect(c.changes[0]!.old!.text).toBe('Team manager');
    expect(c.changes[0]!.new!.text).toBe('Social worker');
    expect(c.changes[0]!.new!.line).toBe(5);
  });

  it('inserted and deleted sentences are added and removed records', () => {
    const c = compare(doc([['A', [`${P1} ${P2}`, P4]]]), doc([['A', [`${P2} ${P3}`, P4]]]));
    expect(c.changes.map((x) => [x.kind, x.old?.text ?? x.new?.text])).toEqual([
      ['removed', P1],
      ['added', P3],
    ]);
  });

  it('a paragraph split in two keeps its sentences paired', () => {
    const c = compare(doc([['A', [`${P1} ${P2} ${P4}`]]]), doc([['A', [`${P1} ${P2}`, P4]]]));
    expect(c.changes).toEqual([]);
  });

  it('swapping old and new swaps added and removed', () => {
    const a = doc([['A', [`${P1} ${P2}`]]]);
    const b = doc([['A', [`${P1} ${P3}`, P5]]]);
    const ab = compare(a, b).summary.byKind;
    const ba = compare(b, a).summary.byKind;
    expect([ab.added, ab.removed]).toEqual([ba.removed, ba.added]);
  });

  it('an edited paragraph pairs with its most similar partner, whatever the paragraphs around it do', () => {
    // Shrunk from the swap property (seed 2134434131): the last paragraph moves to the top,
    // the first is edited, the second deleted.
    const a = '## Strategy\n\nThe plan should plan plan plan 1. The plan must plan child 1.\n\nThe plan should child report 2. The visit should plan 2.\n\nThe plan must plan 1.\n';
    const b = '## Strategy\n\nThe plan must plan 1.\n\nThe carer should plan plan plan 1. The plan must plan child 1.\n';
    const shape = (c: ReturnType<typeof compare>) => c.changes.map((x) => [x.kind, x.old?.text ?? null, x.new?.text ?? null]);
    expect(shape(compare(a, b))).toEqual([
      ['changed', 'The plan should plan plan plan 1.', 'The carer should plan plan plan 1.'],
      ['removed', 'The plan should child report 2.', null],
      ['removed', 'The visit should plan 2.', null],
    ]);
    expect(shape(compare(b, a))).toEqual([
      ['changed', 'The carer should plan plan plan 1.', 'The plan should plan plan plan 1.'],
      ['added', null, 'The plan should child report 2.'],
      ['added', null, 'The visit should plan 2.'],
    ]);
  });

  it('sentence positions point at the source line and column', () => {
    const c = compare(`# T\n\n## A\n\n${P1}\n`, `# T\n\n## A\n\nIntro line here.\n   ${P1.replace('their manager', 'the team manager')}\n`);
    const ch = c.changes.find((x) => x.kind === 'changed')!;
    expect(ch.new).toMatchObject({ line: 6, column: 4 });
  });
});
