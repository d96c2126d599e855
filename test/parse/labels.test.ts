// Document text in this file is test fixture text, not guidance.
import { describe, expect, it } from 'vitest';
import { splitLabel } from '../../src/parse/labels.js';

describe('splitLabel', () => {
  it('takes a dotted paragraph number and gives the offset where the wording starts', () => {
    const raw = '1.3 The plan is agreed.';
    const r = splitLabel(raw);
    expect(r).toEqual({ label: '1.3', start: 4 });
    expect(raw.slice(r.start)).toBe('The plan is agreed.');
  });

  it('takes deeper numbers and a trailing full stop', () => {
    expect(splitLabel('12.4.1 The plan.')).toEqual({ label: '12.4.1', start: 7 });
    expect(splitLabel('12.4.1. The plan.')).toEqual({ label: '12.4.1.', start: 8 });
  });

  it('takes bracketed letters, roman numerals and numbers, and a letter with a closing bracket', () => {
    expect(splitLabel('(a) The plan.')).toEqual({ label: '(a)', start: 4 });
    expect(splitLabel('(aa) The plan.')).toEqual({ label: '(aa)', start: 5 });
    expect(splitLabel('(iv) The plan.')).toEqual({ label: '(iv)', start: 5 });
    expect(splitLabel('(xviii) The plan.')).toEqual({ label: '(xviii)', start: 8 });
    expect(splitLabel('(12) The plan.')).toEqual({ label: '(12)', start: 5 });
    expect(splitLabel('b) The plan.')).toEqual({ label: 'b)', start: 3 });
    expect(splitLabel('(B) The plan.')).toEqual({ label: '(B)', start: 4 });
  });

  it('removes spaces inside the brackets from the label and counts leading and following spaces in the offset', () => {
    expect(splitLabel('  ( iv )   The plan.')).toEqual({ label: '(iv)', start: 11 });
  });

  it('a single number with a full stop is not a label here (markdown makes it a list item)', () => {
    expect(splitLabel('42. The plan.')).toEqual({ start: 0 });
    expect(splitLabel('42 children were seen.')).toEqual({ start: 0 });
  });

  it('a label needs a space and some wording after it', () => {
    expect(splitLabel('1.3')).toEqual({ start: 0 });
    expect(splitLabel('1.3   ')).toEqual({ start: 0 });
    expect(splitLabel('(a)The plan.')).toEqual({ start: 0 });
    expect(splitLabel('1.3The plan.')).toEqual({ start: 0 });
  });

  it('brackets holding a word, or more than three digits, are wording', () => {
    expect(splitLabel('(see) the plan.')).toEqual({ start: 0 });
    expect(splitLabel('(2024) The plan.')).toEqual({ start: 0 });
  });

  it('takes a number with a closing bracket', () => {
    expect(splitLabel('2) The plan.')).toEqual({ label: '2)', start: 3 });
    expect(splitLabel('12) the plan.')).toEqual({ label: '12)', start: 4 });
  });

  it('a figure with one decimal point before a word in small letters is wording, not a label', () => {
    expect(splitLabel('1.5 million children were seen.')).toEqual({ start: 0 });
    expect(splitLabel('2.5 per cent of plans.')).toEqual({ start: 0 });
    expect(splitLabel('1.5 The plan.')).toEqual({ label: '1.5', start: 4 });
    expect(splitLabel('1.5. the plan.')).toEqual({ label: '1.5.', start: 5 });
    expect(splitLabel('7.1.2 where the child moves.')).toEqual({ label: '7.1.2', start: 6 });
  });

  it('a label only counts at the start', () => {
    expect(splitLabel('See 1.3 for the plan.')).toEqual({ start: 0 });
    expect(splitLabel('')).toEqual({ start: 0 });
  });

  it('a label before a line break is still a label', () => {
    expect(splitLabel('1.3\nThe plan.')).toEqual({ label: '1.3', start: 4 });
  });
});
