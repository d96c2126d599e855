// Document text in this file is test fixture text, not guidance.
import { describe, expect, it } from 'vitest';
import { buildChanges, mergeOps } from '../../src/diff/changes.js';
import type { BlockRef, Op, SentenceRef, SentenceUnit, Unit } from '../../src/types.js';
import { LineIndex, parseDocument } from '../../src/parse/document.js';
import { sentencesOf } from '../../src/parse/sentences.js';

/** The blocks of a small markdown document, each with its sentences. */
function blocksOf(md: string): BlockRef[] {
  const doc = parseDocument(md);
  const lines = new LineIndex(md);
  const out: BlockRef[] = [];
  for (const section of doc.sections) {
    for (const block of section.blocks) {
      sentencesOf(block, md, lines);
      out.push({ section, block });
    }
  }
  return out;
}

/** Sentence `s` of block `b` of the document. */
function sentence(md: string, b = 0, s = 0): SentenceRef {
  const { section, block } = blocksOf(md)[b]!;
  return { section, block, sentence: block.sentences[s]! };
}

const pair = (old: SentenceRef, neu: SentenceRef, moved = false): SentenceUnit => ({ type: 'pair', old, new: neu, moved, order: 0 });

const ID = /^wt-[0-9a-f]{12}$/;

describe('buildChanges: sentence pairs', () => {
  it('an unchanged sentence in place makes no record', () => {
    const s = sentence('## Plans\n\nThe manager agrees the plan.\n');
    expect(buildChanges([pair(s, s)])).toEqual([]);
  });

  it('an edited sentence is "changed", tagged wording, with its word operations and both sides', () => {
    const old = sentence('## Plans\n\n1.3 The manager should agree the plan.\n');
    const neu = sentence('# Guide\n\n## Plans\n\n1.4 The manager must agree the plan.\n');
    const [c, ...rest] = buildChanges([pair(old, neu)]);
    expect(rest).toEqual([]);
    expect(c!.kind).toBe('changed');
    expect(c!.tags).toEqual(['wording']);
    expect(c!.ops).toEqual([
      { op: 'equal', text: 'The manager ' },
      { op: 'delete', text: 'should' },
      { op: 'insert', text: 'must' },
      { op: 'equal', text: ' agree the plan.' },
    ]);
    expect(c!.old).toEqual({ text: 'The manager should agree the plan.', section: ['Plans'], paragraph: '1.3', line: 3, column: 5, ordinal: 1 });
    expect(c!.new).toEqual({ text: 'The manager must agree the plan.', section: ['Guide', 'Plans'], paragraph: '1.4', line: 5, column: 5, ordinal: 1 });
    expect(c!.roles).toEqual({ removed: [], added: [] });
    expect(c!.roleEvents).toEqual([]);
    expect(c!.pairs).toEqual([{ old: 'The manager should agree the plan.', new: 'The manager must agree the plan.', ops: c!.ops, editorialOnly: false }]);
    expect(c!.id).toMatch(ID);
  });

  it('a spelling-only edit is tagged editorial, not wording', () => {
    const c = buildChanges([pair(sentence('The judgement is recorded.\n'), sentence('The judgment is recorded.\n'))]);
    expect(c.map((x) => [x.kind, x.tags])).toEqual([['changed', ['editorial']]]);
    // Diff decides it once, on the pair, and classify reads it from there.
    expect(c[0]!.pairs[0]!.editorialOnly).toBe(true);
  });

  it('a sentence moved unchanged is "moved" with the single tag moved and one equal operation', () => {
    const s = sentence('The manager agrees the plan.\n');
    const [c] = buildChanges([pair(s, s, true)]);
    expect(c!.kind).toBe('moved');
    expect(c!.tags).toEqual(['moved']);
    expect(c!.ops).toEqual([{ op: 'equal', text: 'The manager agrees the plan.' }]);
  });

  it('a sentence moved and edited is "moved", tagged moved first, then wording or editorial', () => {
    const [w] = buildChanges([pair(sentence('The manager agrees the plan.\n'), sentence('The chair agrees the plan.\n'), true)]);
    expect([w!.kind, w!.tags]).toEqual(['moved', ['moved', 'wording']]);
    const [e] = buildChanges([pair(sentence('The manager organises the plan.\n'), sentence('The manager organizes the plan.\n'), true)]);
    expect([e!.kind, e!.tags]).toEqual(['moved', ['moved', 'editorial']]);
  });

  it('the side of a sentence without a paragraph label has no paragraph field; a page is carried when known; ordinal counts the section’s blocks', () => {
    const s = sentence('Intro.\n\nThe manager agrees the plan. The chair signs it.\n', 1, 1);
    const paged: SentenceRef = { ...s, sentence: { ...s.sentence, position: { ...s.sentence.position, page: 7 } } };
    const [c] = buildChanges([{ type: 'added', new: paged, order: 0 }]);
    expect(c!.new).toEqual({ text: 'The chair signs it.', section: [], line: 3, column: 30, page: 7, ordinal: 2 });
  });
});

describe('buildChanges: added and removed', () => {
  it('an added sentence is one insertion with no old side', () => {
    const [c] = buildChanges([{ type: 'added', new: sentence('## Plans\n\nThe chair signs the plan.\n'), order: 0 }]);
    expect(c!.kind).toBe('added');
    expect(c!.tags).toEqual(['added']);
    expect(c!.old).toBeNull();
    expect(c!.new).toEqual({ text: 'The chair signs the plan.', section: ['Plans'], line: 3, column: 1, ordinal: 1 });
    expect(c!.ops).toEqual([{ op: 'insert', text: 'The chair signs the plan.' }]);
    expect(c!.pairs).toEqual([{ old: null, new: 'The chair signs the plan.', ops: c!.ops, editorialOnly: false }]);
  });

  it('a removed sentence is one deletion with no new side', () => {
    const [c] = buildChanges([{ type: 'removed', old: sentence('The chair signs the plan.\n'), order: 0 }]);
    expect(c!.kind).toBe('removed');
    expect(c!.tags).toEqual(['removed']);
    expect(c!.new).toBeNull();
    expect(c!.old!.text).toBe('The chair signs the plan.');
    expect(c!.ops).toEqual([{ op: 'delete', text: 'The chair signs the plan.' }]);
  });

  it('a sentence in a table carries its cell, with the header row, on the pair', () => {
    const table = '| Who | Does |\n|---|---|\n| The manager | Agrees the plan. |\n';
    const s = sentence(table, 1, 1);
    const [c] = buildChanges([{ type: 'removed', old: s, order: 0 }]);
    expect(c!.pairs).toEqual([
      {
        old: 'Agrees the plan.',
        new: null,
        ops: [{ op: 'delete', text: 'Agrees the plan.' }],
        editorialOnly: false,
        oldCell: { cells: ['The manager', 'Agrees the plan.'], header: ['Who', 'Does'], index: 1 },
      },
    ]);
  });

  it('a sentence outside a table carries no cell', () => {
    const [c] = buildChanges([{ type: 'added', new: sentence('The chair signs the plan.\n'), order: 0 }]);
    expect(c!.pairs[0]).not.toHaveProperty('newCell');
    expect(c!.pairs[0]).not.toHaveProperty('oldCell');
  });
});

describe('buildChanges: moved paragraphs', () => {
  it('a paragraph moved unchanged is one record with the new text as a single equal operation and no pairs', () => {
    const old = blocksOf('## A\n\n1.2 The manager agrees the plan. The chair signs it.\n')[0]!;
    const neu = blocksOf('## B\n\nIntro.\n\n1.2 The manager agrees the plan. The chair signs it.\n')[1]!;
    const [c] = buildChanges([{ type: 'movedBlock', old, new: neu, inner: [], order: 0 }]);
    expect(c!.kind).toBe('moved');
    expect(c!.tags).toEqual(['moved']);
    expect(c!.ops).toEqual([{ op: 'equal', text: 'The manager agrees the plan. The chair signs it.' }]);
    expect(c!.pairs).toEqual([]);
    expect(c!.old).toEqual({ text: 'The manager agrees the plan. The chair signs it.', section: ['A'], paragraph: '1.2', line: 3, column: 1, ordinal: 1 });
    expect(c!.new).toEqual({ text: 'The manager agrees the plan. The chair signs it.', section: ['B'], paragraph: '1.2', line: 5, column: 1, ordinal: 2 });
  });

  it('a paragraph moved with edits joins its sentences’ operations and keeps only the pairs that differ', () => {
    const oldMd = '## A\n\nThe manager agrees the plan. The chair signs it. The judgement is recorded.\n';
    const newMd = '## B\n\nThe manager agrees the plan. The parent signs it. The judgment is recorded.\n';
    const old = blocksOf(oldMd)[0]!;
    const neu = blocksOf(newMd)[0]!;
    const inner: SentenceUnit[] = [0, 1, 2].map((i) => pair(sentence(oldMd, 0, i), sentence(newMd, 0, i)));
    const [c] = buildChanges([{ type: 'movedBlock', old, new: neu, inner, order: 0 }]);
    expect(c!.kind).toBe('moved');
    // Wording outranks editorial: a paragraph with both is tagged wording only.
    expect(c!.tags).toEqual(['moved', 'wording']);
    expect(c!.ops).toEqual([
      { op: 'equal', text: 'The manager agrees the plan. The ' },
      { op: 'delete', text: 'chair' },
      { op: 'insert', text: 'parent' },
      { op: 'equal', text: ' signs it. The ' },
      { op: 'delete', text: 'judgement' },
      { op: 'insert', text: 'judgment' },
      { op: 'equal', text: ' is recorded.' },
    ]);
    expect(c!.pairs.map((p) => [p.old, p.new])).toEqual([
      ['The chair signs it.', 'The parent signs it.'],
      ['The judgement is recorded.', 'The judgment is recorded.'],
    ]);
  });

  it('a paragraph moved with only editorial edits is tagged moved and editorial', () => {
    const oldMd = 'The manager agrees the plan. The judgement is recorded.\n';
    const newMd = 'The manager agrees the plan. The judgment is recorded.\n';
    const inner: SentenceUnit[] = [0, 1].map((i) => pair(sentence(oldMd, 0, i), sentence(newMd, 0, i)));
    const [c] = buildChanges([{ type: 'movedBlock', old: blocksOf(oldMd)[0]!, new: blocksOf(newMd)[0]!, inner, order: 0 }]);
    expect(c!.tags).toEqual(['moved', 'editorial']);
  });

  it('a sentence added inside a moved paragraph counts as wording', () => {
    const oldMd = 'The manager agrees the plan.\n';
    const newMd = 'The manager agrees the plan. The chair signs it.\n';
    const inner: SentenceUnit[] = [pair(sentence(oldMd), sentence(newMd)), { type: 'added', new: sentence(newMd, 0, 1), order: 0 }];
    const [c] = buildChanges([{ type: 'movedBlock', old: blocksOf(oldMd)[0]!, new: blocksOf(newMd)[0]!, inner, order: 0 }]);
    expect(c!.tags).toEqual(['moved', 'wording']);
    expect(c!.ops).toEqual([
      { op: 'equal', text: 'The manager agrees the plan. ' },
      { op: 'insert', text: 'The chair signs it.' },
    ]);
    expect(c!.pairs.map((p) => [p.old, p.new])).toEqual([[null, 'The chair signs it.']]);
  });
});

describe('buildChanges: ids', () => {
  const edit = (oldMd: string, newMd: string, moved = false) => pair(sentence(oldMd), sentence(newMd), moved);

  it('keeps records in unit order and gives each an id of the form wt- and 12 hex digits', () => {
    const units: Unit[] = [
      { type: 'removed', old: sentence('First removed sentence.\n'), order: 0 },
      edit('The manager agrees.\n', 'The chair agrees.\n'),
      { type: 'added', new: sentence('Last added sentence.\n'), order: 2 },
    ];
    const changes = buildChanges(units);
    expect(changes.map((c) => c.kind)).toEqual(['removed', 'changed', 'added']);
    for (const c of changes) expect(c.id).toMatch(ID);
    expect(new Set(changes.map((c) => c.id)).size).toBe(3);
  });

  it('an id does not depend on the line, column or paragraph number of either side', () => {
    const [a] = buildChanges([edit('## Plans\n\nThe manager agrees.\n', '## Plans\n\nThe chair agrees.\n')]);
    const [b] = buildChanges([edit('## Plans\n\n\n\n1.2 The manager agrees.\n', '## Plans\n\n\n\n   The chair agrees.\n')]);
    expect([b!.old!.line, b!.old!.column, b!.old!.paragraph]).toEqual([5, 5, '1.2']);
    expect([a!.old!.line, a!.old!.column, a!.old!.paragraph]).toEqual([3, 1, undefined]);
    expect([b!.new!.line, b!.new!.column]).toEqual([5, 4]);
    expect(b!.id).toBe(a!.id);
  });

  it('an id ignores case, curly quotes and spacing of the text', () => {
    const [a] = buildChanges([edit('The child\u2019s plan is “agreed”.\n', 'The chair agrees.\n')]);
    const [b] = buildChanges([edit('THE CHILD\'S  PLAN IS "AGREED".\n', 'The chair agrees.\n')]);
    expect(b!.id).toBe(a!.id);
  });

  it('an id changes with the section path, the text, the kind and the scope', () => {
    const base = buildChanges([edit('## Plans\n\nThe manager agrees.\n', '## Plans\n\nThe chair agrees.\n')])[0]!.id;
    const otherSection = buildChanges([edit('## Plans\n\nThe manager agrees.\n', '## Reviews\n\nThe chair agrees.\n')])[0]!.id;
    const otherText = buildChanges([edit('## Plans\n\nThe manager agrees.\n', '## Plans\n\nThe parent agrees.\n')])[0]!.id;
    const otherKind = buildChanges([edit('## Plans\n\nThe manager agrees.\n', '## Plans\n\nThe chair agrees.\n', true)])[0]!.id;
    const otherScope = buildChanges([edit('## Plans\n\nThe manager agrees.\n', '## Plans\n\nThe chair agrees.\n')], { idScope: 'guidance/a.md' })[0]!.id;
    const ids = [base, otherSection, otherText, otherKind, otherScope];
    expect(new Set(ids).size).toBe(ids.length);
    // The same scope gives the same id again.
    expect(buildChanges([edit('## Plans\n\nThe manager agrees.\n', '## Plans\n\nThe chair agrees.\n')], { idScope: 'guidance/a.md' })[0]!.id).toBe(otherScope);
  });

  it('repeats of one record get -2, -3 after the first id', () => {
    const u = (): Unit => ({ type: 'added', new: sentence('## Plans\n\nNot applicable.\n'), order: 0 });
    const ids = buildChanges([u(), u(), u()]).map((c) => c.id);
    expect(ids[0]).toMatch(ID);
    expect(ids.slice(1)).toEqual([`${ids[0]}-2`, `${ids[0]}-3`]);
  });
});

describe('mergeOps', () => {
  it('joins neighbouring operations of one kind and keeps the order', () => {
    const ops: Op[] = [
      { op: 'equal', text: 'The ' },
      { op: 'equal', text: 'plan ' },
      { op: 'delete', text: 'is ' },
      { op: 'delete', text: 'agreed' },
      { op: 'insert', text: 'was signed' },
      { op: 'equal', text: '.' },
      { op: 'insert', text: ' Now.' },
    ];
    expect(mergeOps(ops)).toEqual([
      { op: 'equal', text: 'The plan ' },
      { op: 'delete', text: 'is agreed' },
      { op: 'insert', text: 'was signed' },
      { op: 'equal', text: '.' },
      { op: 'insert', text: ' Now.' },
    ]);
  });

  it('does not change the operations it is given', () => {
    const ops: Op[] = [
      { op: 'equal', text: 'a' },
      { op: 'equal', text: 'b' },
    ];
    mergeOps(ops);
    expect(ops).toEqual([
      { op: 'equal', text: 'a' },
      { op: 'equal', text: 'b' },
    ]);
  });

  it('gives nothing for nothing', () => {
    expect(mergeOps([])).toEqual([]);
  });
});
