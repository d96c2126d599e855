// Document text in this file is test fixture text, not guidance.
import { describe, expect, it } from 'vitest';
import { tableCellOf } from '../../src/parse/context.js';
import { LineIndex, parseDocument } from '../../src/parse/document.js';
import { sentencesOf } from '../../src/parse/sentences.js';

const HEADER = ['Decision', 'Who decides', 'Who is consulted'];
const ROW = ['Close the case', 'Team manager', 'IRO'];

describe('tableCellOf', () => {
  const doc = parseDocument(`# Procedure\n\n| ${HEADER.join(' | ')} |\n|---|---|---|\n| ${ROW.join(' | ')} |\n\nThe manager should agree the plan.\n`);
  const lines = new LineIndex(doc.source);
  const blocks = doc.sections.flatMap((s) => s.blocks);
  const cellsOf = (i: number) => sentencesOf(blocks[i]!, doc.source, lines).map((s) => tableCellOf(blocks[i]!, s));

  it('gives a body row\'s sentence its row, the header row and its column', () => {
    expect(cellsOf(1)).toEqual([0, 1, 2].map((index) => ({ cells: ROW, header: HEADER, index })));
  });

  it('gives the header row\'s own sentences their row and column but no header', () => {
    expect(cellsOf(0)).toEqual([0, 1, 2].map((index) => ({ cells: HEADER, index })));
  });

  it('gives a sentence outside a table no cell', () => {
    expect(blocks[2]!.kind).toBe('paragraph');
    expect(cellsOf(2)).toEqual([undefined]);
  });
});
