// Document text in this file is test fixture text, not guidance.
import { describe, expect, it } from 'vitest';
import { buildHistory } from '../../src/pipeline/history.js';
import type { HistoryEvent, Passage } from '../../src/types.js';
import { buildLexicon } from '../../src/classify/lexicon.js';
import { parseDocument } from '../../src/parse/document.js';

const doc = (...paragraphs: string[]) => parseDocument(`# Guide\n\n## Plans\n\n${paragraphs.join('\n\n')}\n`);

const AGREE = 'The social worker should agree the plan with their manager.';
const AGREE_ALONE = 'The social worker should agree the plan.';
const REVIEW = 'The manager must review the case within 5 working days.';
const REVIEW_LATER = 'The manager should review the case within 10 working days.';
const RECORDS = 'Records are kept in the case file at all times.';
const POLICE = 'The police may attend the strategy discussion.';

const passage = (passages: Passage[], first: string) => passages.find((p) => p.texts.some((t) => t === first))!;
/** An event with its tags in a fixed order, so the test does not depend on how tags are sorted. */
const event = (e: HistoryEvent) => ({ ...e, tags: [...e.tags].sort() });

describe('buildHistory', () => {
  it('follows each sentence through the versions and tags what changed between them', () => {
    const h = buildHistory([doc(AGREE, REVIEW, RECORDS), doc(AGREE_ALONE, REVIEW_LATER, RECORDS)], { labels: ['v1', 'v2'] });
    expect(h.passages.map((p) => p.texts)).toEqual([
      [AGREE, AGREE_ALONE],
      [REVIEW, REVIEW_LATER],
      [RECORDS, RECORDS],
    ]);
    const [agree, review, records] = h.passages;
    expect(agree!.events.map(event)).toEqual([
      { version: 1, tags: ['role-removed', 'wording'], roles: { removed: ['manager'], added: [] }, decisions: ['agree the plan'] },
    ]);
    expect(review!.events.map(event)).toEqual([
      { version: 1, tags: ['duty-weakened', 'timescale-changed', 'wording'], roles: { removed: [], added: [] } },
    ]);
    expect(records!.events).toEqual([]);
  });

  it('records, for each role that changes, whether it takes part in the decision in each version', () => {
    const h = buildHistory([doc(AGREE), doc(AGREE_ALONE), doc(AGREE)], { labels: ['a', 'b', 'c'] });
    const p = passage(h.passages, AGREE);
    expect(p.events.map((e) => [e.version, e.roles])).toEqual([
      [1, { removed: ['manager'], added: [] }],
      [2, { removed: [], added: ['manager'] }],
    ]);
    expect(p.presence).toEqual({ manager: [true, false, true] });
  });

  it('a passage unchanged throughout has no events and no presence rows', () => {
    const h = buildHistory([doc(RECORDS), doc(RECORDS), doc(RECORDS)], { labels: ['a', 'b', 'c'] });
    expect(h.passages).toHaveLength(1);
    expect(h.passages[0]).toMatchObject({ section: ['Guide', 'Plans'], texts: [RECORDS, RECORDS, RECORDS], events: [], presence: {} });
  });

  it('a sentence new in a later version starts a passage there, tagged added with the roles it brings', () => {
    const h = buildHistory([doc(RECORDS), doc(RECORDS, POLICE)], { labels: ['a', 'b'] });
    const p = passage(h.passages, POLICE);
    expect(p.texts).toEqual([null, POLICE]);
    expect(p.events.map(event)).toEqual([
      { version: 1, tags: ['added', 'role-added'], roles: { removed: [], added: ['police'] }, decisions: ['attend the strategy discussion'] },
    ]);
    expect(p.presence).toEqual({ police: [null, true] });
  });

  it('without excerpts, a sentence missing from a version is removed there and added when it comes back', () => {
    const h = buildHistory([doc(AGREE, RECORDS), doc(RECORDS), doc(AGREE_ALONE, RECORDS)], { labels: ['a', 'b', 'c'] });
    expect(h.excerpts).toBeUndefined();
    const p = passage(h.passages, AGREE);
    expect(p.texts).toEqual([AGREE, null, AGREE_ALONE]);
    expect(p.events.map(event)).toEqual([
      { version: 1, tags: ['removed', 'role-removed'], roles: { removed: ['social-worker', 'manager'], added: [] }, decisions: ['agree the plan'] },
      // Back, and compared with the wording it had when it left.
      { version: 2, tags: ['added', 'role-removed', 'wording'], roles: { removed: ['manager'], added: [] }, decisions: ['agree the plan'] },
    ]);
    expect(p.presence).toEqual({ 'social-worker': [true, null, true], manager: [true, null, false] });
  });

  it('a sentence that comes back word for word is only added', () => {
    const h = buildHistory([doc(AGREE, RECORDS), doc(RECORDS), doc(AGREE, RECORDS)], { labels: ['a', 'b', 'c'] });
    const p = passage(h.passages, AGREE);
    expect(p.texts).toEqual([AGREE, null, AGREE]);
    expect(p.events.map((e) => [e.version, [...e.tags].sort()])).toEqual([
      [1, ['removed', 'role-removed']],
      [2, ['added']],
    ]);
    expect(p.events[1]!.roles).toEqual({ removed: [], added: [] });
  });

  it('with excerpts, a missing sentence is only not quoted: no event, and the next change compares with its last wording', () => {
    const h = buildHistory([doc(AGREE, RECORDS), doc(RECORDS), doc(AGREE_ALONE, RECORDS)], { labels: ['a', 'b', 'c'], excerpts: true });
    expect(h.excerpts).toBe(true);
    const p = passage(h.passages, AGREE);
    expect(p.texts).toEqual([AGREE, null, AGREE_ALONE]);
    expect(p.events.map(event)).toEqual([
      { version: 2, tags: ['role-removed', 'wording'], roles: { removed: ['manager'], added: [] }, decisions: ['agree the plan'] },
    ]);
    expect(p.presence).toEqual({ manager: [true, null, false] });
  });

  it('a sentence unlike any that went before is a new passage, not the old one come back', () => {
    const h = buildHistory([doc(AGREE, RECORDS), doc(RECORDS), doc(POLICE, RECORDS)], { labels: ['a', 'b', 'c'], excerpts: true });
    expect(h.passages.map((p) => p.texts)).toEqual([
      [AGREE, null, null],
      [RECORDS, RECORDS, RECORDS],
      [null, null, POLICE],
    ]);
  });

  it('a rename made throughout a step is terminology, not a role change', () => {
    const old = doc('Professionals should agree the plan.', 'The professional must attend the conference.', 'All professionals should share information.');
    const neu = doc('Practitioners should agree the plan.', 'The practitioner must attend the conference.', 'All practitioners should share information.');
    const h = buildHistory([old, neu], { labels: ['a', 'b'] });
    expect(h.passages.map((p) => p.events)).toEqual([1, 2, 3].map(() => [{ version: 1, tags: ['terminology'], roles: { removed: [], added: [] } }]));
  });

  it('gives the versions their labels, and paths when given', () => {
    expect(buildHistory([doc(RECORDS), doc(RECORDS)], { labels: ['2015', '2018'], paths: ['a.md', 'b.md'] }).versions).toEqual([
      { label: '2015', path: 'a.md' },
      { label: '2018', path: 'b.md' },
    ]);
    expect(buildHistory([doc(RECORDS), doc(RECORDS)], { labels: ['2015', '2018'] }).versions).toEqual([{ label: '2015' }, { label: '2018' }]);
  });

  it('one version is a history with no events', () => {
    const h = buildHistory([doc(AGREE, RECORDS)], { labels: ['only'] });
    expect(h.passages.map((p) => [p.texts, p.events])).toEqual([
      [[AGREE], []],
      [[RECORDS], []],
    ]);
  });

  it('gives each passage a stable id, kept when later versions change it and distinct between passages', () => {
    const ids = (h: { passages: Passage[] }) => h.passages.map((p) => p.id);
    const a = buildHistory([doc(AGREE, RECORDS), doc(AGREE_ALONE, RECORDS)], { labels: ['a', 'b'] });
    const b = buildHistory([doc(AGREE, RECORDS), doc(AGREE, RECORDS)], { labels: ['x', 'y'] });
    for (const id of ids(a)) expect(id).toMatch(/^wt-[0-9a-f]{12}$/);
    expect(ids(a)).toEqual(ids(b));
    expect(new Set(ids(a)).size).toBe(2);
    // A passage that first appears in a later version has an id of its own.
    const c = buildHistory([doc(RECORDS), doc(AGREE, RECORDS)], { labels: ['a', 'b'] });
    expect(passage(c.passages, AGREE).id).not.toBe(passage(a.passages, AGREE).id);
  });

  it('reads roles from the lexicon given', () => {
    const lexicon = buildLexicon({ extend: false, roles: [{ id: 'kinship-carer', terms: ['kinship carer'] }] });
    const h = buildHistory(
      [doc('The kinship carer should agree the plan with their manager.'), doc('The social worker should agree the plan with their manager.')],
      { labels: ['a', 'b'], roles: lexicon },
    );
    expect(h.passages.map((p) => p.events.map((e) => e.roles))).toEqual([[{ removed: ['kinship-carer'], added: [] }]]);
  });
});
