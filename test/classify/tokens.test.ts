// Document text in this file is test fixture text, not guidance.
import { describe, expect, it } from 'vitest';
import { PhraseMatcher, phraseWords, tokenize } from '../../src/classify/tokens.js';

const words = (text: string) => tokenize(text).map((t) => t.w);

describe('tokenize', () => {
  it('lower-cases words and keeps the listed punctuation marks as tokens of their own', () => {
    expect(words('The Social Worker, (and) the IRO; agree: now! Why? Done.')).toEqual([
      'the', 'social', 'worker', ',', '(', 'and', ')', 'the', 'iro', ';', 'agree', ':', 'now', '!', 'why', '?', 'done', '.',
    ]);
  });

  it('keeps a hyphenated compound and a possessive as one word: "multi-agency" names no agency', () => {
    expect(words("The multi-agency team's plan")).toEqual(['the', 'multi-agency', "team's", 'plan']);
  });

  it('unifies curly apostrophes and dashes before matching, so typeset and plain text give the same words', () => {
    expect(words('The team’s co–ordinated plan')).toEqual(words("The team's co-ordinated plan"));
    expect(words('The team’s co–ordinated plan')).toEqual(['the', "team's", 'co-ordinated', 'plan']);
  });

  it('drops quotes, a trailing apostrophe and a hyphen that joins no two words', () => {
    expect(words('“urgent”—now')).toEqual(['urgent', 'now']);
    expect(words("workers' views")).toEqual(['workers', 'views']);
  });

  it('splits a paragraph number at its dots', () => {
    expect(words('see 1.3')).toEqual(['see', '1', '.', '3']);
  });

  it('gives character offsets into the text as written', () => {
    const text = 'The  team’s plan.';
    const tokens = tokenize(text);
    expect(tokens).toEqual([
      { w: 'the', start: 0, end: 3 },
      { w: "team's", start: 5, end: 11 },
      { w: 'plan', start: 12, end: 16 },
      { w: '.', start: 16, end: 17 },
    ]);
    expect(text.slice(tokens[1]!.start, tokens[1]!.end)).toBe('team’s');
  });

  it('reads letters beyond ASCII, with offsets in UTF-16 units (an astral letter counts two)', () => {
    const text = 'Café naïve 𝐀bc 42nd';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.w)).toEqual(['café', 'naïve', '𝐀bc', '42nd']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Café', 'naïve', '𝐀bc', '42nd']);
    expect(tokens[3]).toEqual({ w: '42nd', start: 16, end: 20 });
  });

  it('gives no tokens for empty or blank text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('  \n\t ')).toEqual([]);
    expect(tokenize('"\'—')).toEqual([]);
  });
});

describe('phraseWords', () => {
  it('gives the words of a phrase as tokenize reads them', () => {
    expect(phraseWords('Local  Authority’s')).toEqual(['local', "authority's"]);
    expect(phraseWords('')).toEqual([]);
  });
});

describe('PhraseMatcher', () => {
  const matcher = () => {
    const m = new PhraseMatcher<string>();
    m.add('local authority', 'la');
    m.add('local authority social worker', 'sw');
    m.add('social worker', 'sw');
    m.add('manager', 'mgr');
    return m;
  };

  it('matches the longest phrase starting at a token', () => {
    const tokens = tokenize('The local authority social worker agrees.');
    expect(matcher().matchAt(tokens, 1)).toEqual({ value: 'sw', from: 1, to: 5 });
  });

  it('falls back to a shorter phrase when a longer one breaks off part way', () => {
    const tokens = tokenize('The local authority social care team');
    expect(matcher().matchAt(tokens, 1)).toEqual({ value: 'la', from: 1, to: 3 });
  });

  it('finds no match where no phrase starts, nor past the end of the tokens', () => {
    const tokens = tokenize('The local authority');
    expect(matcher().matchAt(tokens, 0)).toBeUndefined();
    expect(matcher().matchAt(tokens, 3)).toBeUndefined();
    // A phrase cut off by the end of the text does not match.
    expect(matcher().matchAt(tokenize('local authority social'), 0)).toEqual({ value: 'la', from: 0, to: 2 });
  });

  it('matches whole words only, case-insensitively', () => {
    const m = matcher();
    expect(m.findAll(tokenize('The managers and the MANAGER'))).toEqual([{ value: 'mgr', from: 4, to: 5 }]);
  });

  it('findAll gives non-overlapping longest matches, left to right', () => {
    const tokens = tokenize('The local authority social worker, the social worker and the local authority.');
    expect(matcher().findAll(tokens)).toEqual([
      { value: 'sw', from: 1, to: 5 },
      { value: 'sw', from: 7, to: 9 },
      { value: 'la', from: 11, to: 13 },
    ]);
  });

  it('findAll of no tokens, or of a matcher with no phrases, is empty', () => {
    expect(matcher().findAll([])).toEqual([]);
    expect(new PhraseMatcher<string>().findAll(tokenize('the manager'))).toEqual([]);
  });

  it('reads a phrase as tokenize does: curly apostrophes and extra spaces in the phrase still match', () => {
    const m = new PhraseMatcher<number>();
    m.add('Social  Worker’s', 1);
    expect(m.findAll(tokenize("the social worker's view"))).toEqual([{ value: 1, from: 1, to: 3 }]);
  });

  it('a phrase added again takes the later value', () => {
    const m = new PhraseMatcher<string>();
    m.add('manager', 'first');
    m.add('Manager', 'second');
    expect(m.findAll(tokenize('manager'))).toEqual([{ value: 'second', from: 0, to: 1 }]);
  });

  it('an empty phrase matches nothing', () => {
    const m = new PhraseMatcher<string>();
    m.add('', 'empty');
    expect(m.findAll(tokenize('any words at all'))).toEqual([]);
  });

  it('keeps falsy values: a match is found whatever the value', () => {
    const m = new PhraseMatcher<number>();
    m.add('none', 0);
    expect(m.matchAt(tokenize('none'), 0)).toEqual({ value: 0, from: 0, to: 1 });
  });
});
