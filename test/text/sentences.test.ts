// Document text in this file is test fixture text, not guidance.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.js';

const texts = (text: string): string[] => splitSentences(text).map((r) => text.slice(r.start, r.end));

describe('splitSentences', () => {
  it('splits at full stops, question marks and exclamation marks', () => {
    expect(texts('The plan is agreed. The manager signs it.')).toEqual(['The plan is agreed.', 'The manager signs it.']);
    expect(texts('Is the child safe? Yes! The plan stands.')).toEqual(['Is the child safe?', 'Yes!', 'The plan stands.']);
  });

  it('gives ranges into the original text, trimmed of surrounding whitespace', () => {
    expect(splitSentences('  The plan is agreed.   It is signed.  ')).toEqual([
      { start: 2, end: 21 },
      { start: 24, end: 37 },
    ]);
  });

  it('gives no ranges for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t ')).toEqual([]);
  });

  it('gives the whole trimmed text for text with no sentence boundary', () => {
    expect(splitSentences(' the plan is agreed without a full stop ')).toEqual([{ start: 1, end: 39 }]);
  });

  it('does not split after the guidance and legislation abbreviations', () => {
    expect(texts('See para. 4 of the guidance. Then act.')).toEqual(['See para. 4 of the guidance.', 'Then act.']);
    expect(texts('Under s. 47 of the Act, enquiries start. They end later.')).toEqual([
      'Under s. 47 of the Act, enquiries start.',
      'They end later.',
    ]);
    expect(texts('See the report (p. 12) for details. It was read.')).toEqual(['See the report (p. 12) for details.', 'It was read.']);
  });

  it('does not split after the default abbreviations it keeps from sbd', () => {
    expect(texts('Dr. Smith agrees the plan. The manager signs it.')).toEqual(['Dr. Smith agrees the plan.', 'The manager signs it.']);
    expect(texts('Use a tool, e.g. a checklist, to plan. Then review it.')).toEqual(['Use a tool, e.g. a checklist, to plan.', 'Then review it.']);
  });

  it('does not split inside a decimal number', () => {
    expect(texts('The total is 2.5 million cases. Next year it rises.')).toEqual(['The total is 2.5 million cases.', 'Next year it rises.']);
  });

  it('keeps a closing quote with the sentence it ends', () => {
    expect(texts('He said "Stop the visit." Then he left.')).toEqual(['He said "Stop the visit."', 'Then he left.']);
  });

  it('gives the same ranges whether sentences are separated by spaces or line breaks (reflow)', () => {
    const spaced = 'The child is safe. The plan is agreed in step 1. Then review it. The end.';
    expect(texts(spaced)).toEqual(['The child is safe.', 'The plan is agreed in step 1.', 'Then review it.', 'The end.']);
    expect(splitSentences(spaced.replace(/ /g, '\n'))).toEqual(splitSentences(spaced));
    expect(splitSentences(spaced.replace(/ /g, '\t'))).toEqual(splitSentences(spaced));
    expect(splitSentences(spaced.replace(/\. /g, '.\r'))).toEqual(splitSentences(spaced));
  });

  it('keeps a line break inside a sentence in the range', () => {
    const text = 'The social worker\nagrees the plan. The manager\r\nsigns it.';
    expect(texts(text)).toEqual(['The social worker\nagrees the plan.', 'The manager\r\nsigns it.']);
  });

  it('splits text far longer than one chunk into the same sentences, with offsets into the whole text', () => {
    const sentences = Array.from({ length: 600 }, (_, i) => `Practitioner number ${i} should record the decision.`);
    const text = sentences.join(' ');
    expect(text.length).toBeGreaterThan(3 * 8_000);
    expect(texts(text)).toEqual(sentences);
  });

  it('cuts long text without a capital after a full stop and still loses no words', () => {
    const sentences = Array.from({ length: 500 }, (_, i) => `the practitioner ${i} should record the decision.`);
    const text = sentences.join(' ');
    expect(text.length).toBeGreaterThan(2 * 8_000);
    const ranges = splitSentences(text);
    // Every range is trimmed, in order and within the text, and together they hold every word.
    let last = 0;
    for (const r of ranges) {
      expect(r.start).toBeGreaterThanOrEqual(last);
      expect(r.end).toBeGreaterThan(r.start);
      expect(text.slice(r.start, r.end)).toBe(text.slice(r.start, r.end).trim());
      last = r.end;
    }
    expect(last).toBe(text.length);
    expect(ranges.map((r) => text.slice(r.start, r.end)).join(' ')).toBe(text);
  });

  it('gives one range for a long text with no sentence end', () => {
    const text = 'word '.repeat(4_000).trim();
    expect(splitSentences(text)).toEqual([{ start: 0, end: text.length }]);
  });
});
