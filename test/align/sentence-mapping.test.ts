// Document text in this file is test fixture text, not guidance.
import { describe, expect, it } from 'vitest';
import { mapSentences } from '../../src/align/sentence-mapping.js';
import { allSentences } from '../../src/parse/sentences.js';
import type { SentenceMapping } from '../../src/types.js';
import { parseDocument } from '../../src/parse/document.js';

const doc = (...paragraphs: string[]) => parseDocument(`# Guide\n\n## Plans\n\n${paragraphs.join('\n\n')}\n`);
const texts = (m: SentenceMapping) => ({
  pairs: m.pairs.map(([o, n]) => [o.sentence.text, n.sentence.text]).sort((a, b) => a[0]!.localeCompare(b[0]!)),
  removed: m.removed.map((s) => s.sentence.text),
  added: m.added.map((s) => s.sentence.text),
});

describe('allSentences', () => {
  it('gives every sentence of a document in order, with its section, block and position', () => {
    const d = parseDocument('# Guide\n\n## Assessment\n\nThe social worker should agree the plan. The report is kept on file.\n\n## Closure\n\nThe manager must approve closure.\n');
    expect(allSentences(d).map((s) => [s.section.path, s.block.kind, s.sentence.text, s.sentence.position])).toEqual([
      [['Guide', 'Assessment'], 'paragraph', 'The social worker should agree the plan.', { line: 5, column: 1 }],
      [['Guide', 'Assessment'], 'paragraph', 'The report is kept on file.', { line: 5, column: 42 }],
      [['Guide', 'Closure'], 'paragraph', 'The manager must approve closure.', { line: 9, column: 1 }],
    ]);
  });

  it('gives each cell of a table row as a sentence of its own, with the cell index', () => {
    const d = parseDocument('# Guide\n\n| Decision | Who decides |\n|---|---|\n| Close the case | Team manager |\n');
    expect(allSentences(d).map((s) => [s.block.kind, s.sentence.text, s.sentence.cell])).toEqual([
      ['tableRow', 'Decision', 0],
      ['tableRow', 'Who decides', 1],
      ['tableRow', 'Close the case', 0],
      ['tableRow', 'Team manager', 1],
    ]);
  });

  it('an empty document has no sentences', () => {
    expect(allSentences(parseDocument(''))).toEqual([]);
  });
});

describe('mapSentences', () => {
  it('pairs every sentence of two identical documents with itself', () => {
    const d = doc('First sentence here. Second sentence here.', 'A paragraph that stays.');
    const m = mapSentences(d, doc('First sentence here. Second sentence here.', 'A paragraph that stays.'));
    expect(texts(m)).toEqual({
      pairs: [
        ['A paragraph that stays.', 'A paragraph that stays.'],
        ['First sentence here.', 'First sentence here.'],
        ['Second sentence here.', 'Second sentence here.'],
      ],
      removed: [],
      added: [],
    });
  });

  it('pairs a changed sentence with its new wording, and the unchanged sentences of its block with themselves', () => {
    const m = mapSentences(
      doc('The social worker should agree the plan with their manager. The report is kept on file.', 'A paragraph that stays.'),
      doc('The social worker should agree the plan. The report is kept on file.', 'A paragraph that stays.'),
    );
    expect(texts(m)).toEqual({
      pairs: [
        ['A paragraph that stays.', 'A paragraph that stays.'],
        ['The report is kept on file.', 'The report is kept on file.'],
        ['The social worker should agree the plan with their manager.', 'The social worker should agree the plan.'],
      ],
      removed: [],
      added: [],
    });
  });

  it('reports a paragraph that went as removed and a new one as added', () => {
    const m = mapSentences(
      doc('A paragraph that stays.', 'A paragraph that goes away entirely.'),
      doc('A paragraph that stays.', 'The police may attend the strategy discussion.'),
    );
    expect(texts(m)).toEqual({
      pairs: [['A paragraph that stays.', 'A paragraph that stays.']],
      removed: ['A paragraph that goes away entirely.'],
      added: ['The police may attend the strategy discussion.'],
    });
  });

  it('keeps each side\'s section and block with its sentence', () => {
    const old = parseDocument('# Guide\n\n## Assessment\n\nThe manager must approve closure.\n');
    const neu = parseDocument('# Guide\n\n## Closure\n\nIntroductory words come first.\n\nThe manager must approve closure.\n');
    const m = mapSentences(old, neu);
    expect(m.pairs.map(([o, n]) => [o.section.path, o.sentence.position.line, n.section.path, n.sentence.position.line])).toEqual([
      [['Guide', 'Assessment'], 5, ['Guide', 'Closure'], 7],
    ]);
    expect(m.added.map((s) => s.sentence.text)).toEqual(['Introductory words come first.']);
    expect(m.removed).toEqual([]);
  });

  it('maps an empty document to nothing: every sentence of the other side is added', () => {
    const m = mapSentences(parseDocument(''), doc('One sentence. Another one.'));
    expect(texts(m)).toEqual({ pairs: [], removed: [], added: ['One sentence.', 'Another one.'] });
  });
});
