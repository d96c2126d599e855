// Document text in this file is test fixture text, not guidance.
import { describe, expect, it } from 'vitest';
import { compareTimescales, mayNameTime, timescales } from '../../src/classify/timescale.js';
import { compare } from '../../src/pipeline/compare.js';

const keys = (text: string) => timescales(text).map((t) => t.key);

describe('timescales', () => {
  it('finds a time limit as written, with a key that ignores plural and number words', () => {
    expect(timescales('The assessment should be completed within 5 working days.')).toEqual([{ text: 'within 5 working days', key: 'within 5 working day' }]);
    expect(timescales('The assessment should be completed within five working days.')).toEqual([{ text: 'within five working days', key: 'within 5 working day' }]);
  });

  it('reads hyphenated number words and "a"/"an" as numbers', () => {
    expect(keys('Hold the meeting within forty-eight hours.')).toEqual(['within 48 hour']);
    expect(keys('Respond within an hour.')).toEqual(['within 1 hour']);
    expect(keys('Respond within a day.')).toEqual(['within 1 day']);
  });

  it('keys are case-insensitive and keep decimals', () => {
    expect(timescales('Visit within 5 Working Days.')).toEqual([{ text: 'within 5 Working Days', key: 'within 5 working day' }]);
    expect(keys('Respond within 1.5 hours.')).toEqual(['within 1.5 hour']);
  });

  it('finds every timescale of a sentence, in order', () => {
    expect(timescales('The conference must be held within 15 working days, and reviewed every 3 months.')).toEqual([
      { text: 'within 15 working days', key: 'within 15 working day' },
      { text: 'every 3 months', key: 'every 3 month' },
    ]);
  });

  it('orders timescales by where they stand, whichever kind they are', () => {
    expect(timescales('Visit within 2 days and review the plan annually.').map((t) => t.text)).toEqual(['within 2 days', 'annually']);
  });

  it('finds a number and unit without a leading word, and a hyphenated one', () => {
    expect(timescales('The plan lasts 10 calendar days.')).toEqual([{ text: '10 calendar days', key: '10 calendar day' }]);
    expect(timescales('a 2-day course')).toEqual([{ text: '2-day', key: '2 day' }]);
  });

  it('gives frequencies said in different words one key', () => {
    expect(keys('Review it annually.')).toEqual(['every 1 year']);
    expect(keys('Review it once a year.')).toEqual(['every 1 year']);
    expect(keys('Review it every 12 months.')).toEqual(['every 1 year']);
    expect(keys('Review it every twelve months.')).toEqual(['every 1 year']);
    expect(keys('Review it quarterly.')).toEqual(['every 3 month']);
    expect(keys('Visit fortnightly.')).toEqual(['every 2 week']);
    expect(keys('Visit daily.')).toEqual(['every 1 day']);
    expect(keys('Visit every day.')).toEqual(['every 1 day']);
  });

  it('"without delay" is "immediately"', () => {
    expect(timescales('Act without delay.')).toEqual([{ text: 'without delay', key: 'immediately' }]);
    expect(keys('Act immediately.')).toEqual(['immediately']);
  });

  it('finds the set phrases of urgency', () => {
    expect(keys('Visit on the same day.')).toEqual(['on the same day']);
    expect(keys('Reply as soon as practicable.')).toEqual(['as soon as practicable']);
    expect(keys('Reply by the end of the working day.')).toEqual(['by the end of the working day']);
  });

  it('finds none in a sentence that names no time, nor in empty text', () => {
    expect(timescales('The social worker should agree the plan with their manager.')).toEqual([]);
    expect(timescales('')).toEqual([]);
  });
});

describe('compareTimescales', () => {
  it('"within 5 working days" → "within 10 working days" is a changed timescale, as written', () => {
    expect(compareTimescales('Complete it within 5 working days.', 'Complete it within 10 working days.')).toEqual({
      from: ['within 5 working days'],
      to: ['within 10 working days'],
    });
  });

  it('the same timescale in other words is no change', () => {
    expect(compareTimescales('Complete it within five working days.', 'Complete it within 5 working days.')).toBeUndefined();
    expect(compareTimescales('Review it annually.', 'Review it every year.')).toBeUndefined();
    expect(compareTimescales('Act without delay.', 'Act immediately.')).toBeUndefined();
  });

  it('a timescale dropped or added is a change', () => {
    expect(compareTimescales('Act immediately.', 'Act when ready.')).toEqual({ from: ['immediately'], to: [] });
    expect(compareTimescales('Act when ready.', 'Act within 24 hours.')).toEqual({ from: [], to: ['within 24 hours'] });
  });

  it('working days are not calendar days', () => {
    expect(compareTimescales('Complete it within 5 working days.', 'Complete it within 5 days.')).toEqual({ from: ['within 5 working days'], to: ['within 5 days'] });
  });

  it('the order of timescales counts', () => {
    expect(compareTimescales('Visit within 2 days and review within 5 days.', 'Visit within 5 days and review within 2 days.')).toEqual({
      from: ['within 2 days', 'within 5 days'],
      to: ['within 5 days', 'within 2 days'],
    });
  });

  it('a missing or empty side has nothing to compare', () => {
    expect(compareTimescales(null, 'Act immediately.')).toBeUndefined();
    expect(compareTimescales('Act immediately.', null)).toBeUndefined();
    expect(compareTimescales('', 'Act immediately.')).toBeUndefined();
  });

  it('two sentences without timescales are no change', () => {
    expect(compareTimescales('The manager must agree.', 'The manager should agree.')).toBeUndefined();
  });
});

describe('timescales normalised to count, unit, kind of limit and what they run from', () => {
  it('reads a fortnight as two weeks, however it is said', () => {
    expect(compareTimescales('Visit within a fortnight.', 'Visit within 2 weeks.')).toBeUndefined();
    expect(compareTimescales('Meet every fortnight.', 'Meet every two weeks.')).toBeUndefined();
    expect(keys('Meet fortnightly.')).toEqual(['every 2 week']);
  });

  it('finds a quarter and close of business with no other time word in the sentence', () => {
    expect(keys('Review every quarter.')).toEqual(['every 3 month']);
    expect(compareTimescales('Review every quarter.', 'Review every 3 months.')).toBeUndefined();
    expect(timescales('Reply by close of business.').map((t) => t.text)).toEqual(['by close of business']);
  });

  it('reads "no longer than", "no later than", "up to" and "at most" as "within"', () => {
    expect(compareTimescales('no longer than 45 working days from the point of referral', 'within 45 working days of the referral at most')).toBeUndefined();
    expect(keys('no later than 10 days')).toEqual(['within 10 day']);
    expect(keys('up to 10 days')).toEqual(['within 10 day']);
  });

  it('reports a change in what a limit runs from, and names it', () => {
    expect(compareTimescales('within 45 working days of the referral', 'within 45 working days of the strategy discussion')).toEqual({
      from: ['within 45 working days of the referral'],
      to: ['within 45 working days of the strategy discussion'],
    });
    expect(keys('within 10 days of the referral being received')).toEqual(['within 10 day from referral']);
  });

  it('reads a number in a table cell with the unit its column heading names', () => {
    // Fixture table, not guidance.
    const table = (n: string) => `# Timescales\n\n| Step | Working days |\n|---|---|\n| Visit | ${n} |\n| Assess | 45 |\n`;
    const [c] = compare(table('5'), table('10')).changes;
    expect(c!.tags).toContain('timescale-changed');
    expect(c!.tags).not.toContain('editorial');
    expect(c!.timescale).toEqual({ from: ['5 Working days'], to: ['10 Working days'] });
  });

  it('still reports a changed count plainly', () => {
    expect(compareTimescales('within 5 days of the referral', 'within 10 days of the referral')).toEqual({ from: ['within 5 days'], to: ['within 10 days'] });
  });
});

describe('mayNameTime', () => {
  it('is true for a digit, a number word or a unit of time, as whole words', () => {
    expect(['10', 'ten', 'forty-eight', 'days', 'weekly', 'promptly'].map(mayNameTime)).toEqual([true, true, true, true, true, true]);
  });

  it('is false for words that only contain one: "tenant", "someone", "holidays"', () => {
    expect(['tenant', 'someone', 'holidays', 'manager', ''].map(mayNameTime)).toEqual([false, false, false, false, false]);
  });
});
