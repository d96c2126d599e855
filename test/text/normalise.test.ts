// Document text in this file is test fixture text, not guidance.
import { describe, expect, it } from 'vitest';
import { collapseSpace, matchKey, unifyPunctuation, words } from '../../src/text/normalise.js';

describe('collapseSpace', () => {
  it('trims the ends and leaves text with single plain spaces as it is', () => {
    expect(collapseSpace('  The plan is agreed.  ')).toBe('The plan is agreed.');
    expect(collapseSpace('The plan is agreed.')).toBe('The plan is agreed.');
  });

  it('turns every run of spaces, tabs and line breaks into one space', () => {
    expect(collapseSpace('The plan\n  is\t\tagreed\r\n by the  manager.')).toBe('The plan is agreed by the manager.');
  });

  it('treats no-break, Unicode and zero-width spaces and the BOM as spaces', () => {
    expect(collapseSpace('The\u00A0plan\u2003is\u200Bagreed\u3000now.')).toBe('The plan is agreed now.');
    expect(collapseSpace('\uFEFFThe plan.')).toBe('The plan.');
    expect(collapseSpace('\u200B The plan \u200B')).toBe('The plan');
  });

  it('gives the empty string for empty or blank text', () => {
    expect(collapseSpace('')).toBe('');
    expect(collapseSpace(' \n\t\u00A0\u200B ')).toBe('');
  });

  it('does not touch punctuation or case', () => {
    expect(collapseSpace('“The  Plan” – agreed')).toBe('“The Plan” – agreed');
  });
});

describe('unifyPunctuation', () => {
  it('turns curly, low and prime single quotes, backtick and acute accent into an apostrophe', () => {
    expect(unifyPunctuation('\u2018a\u2019 \u201Ab\u201B c\u2032 `d\u00B4')).toBe("'a' 'b' c' 'd'");
  });

  it('turns curly, low, prime and guillemet double quotes into a straight double quote', () => {
    expect(unifyPunctuation('\u201Ca\u201D \u201Eb\u201F c\u2033 \u00ABd\u00BB')).toBe('"a" "b" c" "d"');
  });

  it('turns hyphens, dashes and the minus sign into a hyphen-minus', () => {
    expect(unifyPunctuation('a\u2010b\u2011c\u2012d\u2013e\u2014f\u2015g\u2212h')).toBe('a-b-c-d-e-f-g-h');
  });

  it('keeps case and spacing', () => {
    expect(unifyPunctuation('The  Child\u2019s Plan')).toBe("The  Child's Plan");
  });
});

describe('matchKey', () => {
  it('gives an editorial variant of quotes, dashes, case and spacing the same key', () => {
    const a = matchKey('The child\u2019s \u201Cplan\u201D \u2013 agreed  by the Manager.');
    const b = matchKey("the child's \"plan\" - agreed by the manager.");
    expect(a).toBe(b);
    expect(a).toBe("the child's \"plan\" - agreed by the manager.");
  });

  it('keeps different words apart', () => {
    expect(matchKey('The manager should agree.')).not.toBe(matchKey('The manager must agree.'));
  });

  it('keeps other punctuation, so a changed full stop is a different key', () => {
    expect(matchKey('The plan is agreed.')).not.toBe(matchKey('The plan is agreed'));
  });
});

describe('words', () => {
  it('gives lower-cased runs of letters and digits, dropping punctuation', () => {
    expect(words('The Child\u2019s social-care plan: 1,000 cases.')).toEqual(['the', 'child', 's', 'social', 'care', 'plan', '1', '000', 'cases']);
  });

  it('keeps letters outside ASCII inside a word', () => {
    expect(words('Naïve Ölçü café')).toEqual(['naïve', 'ölçü', 'café']);
  });

  it('gives no words for empty text or punctuation only', () => {
    expect(words('')).toEqual([]);
    expect(words(' -- ... !? ')).toEqual([]);
  });

  it('keeps repeats, in order', () => {
    expect(words('plan the plan')).toEqual(['plan', 'the', 'plan']);
  });
});
