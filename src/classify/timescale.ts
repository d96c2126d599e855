// Time limits and frequencies in a sentence, normalised so that "within five
// working days" and "within 5 working days" are the same timescale.
import type { TimescaleChange } from '../types.js';

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, 'forty-eight': 48, 'twenty-four': 24, 'seventy-two': 72,
};
const NUM = `(?:\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join('|')}|a|an)`;
const UNIT = '(?:working |calendar |school |business |clear )?(?:minute|hour|day|week|fortnight|month|year)s?';
const LEAD = '(?:within|after|before|no later than|not later than|no longer than|not longer than|at least every|at least once every|every|each|up to|for|in|at intervals of|no more than|at least|at most)';
const PATTERNS = [
  /\b(?:by the end of the (?:(?:same|next|following|working|school|calendar) )?(?:day|week|month)|by close of business|on the same day|on the day (?:it|they) (?:arises?|is raised|are raised)|immediately|without delay|promptly|as soon as possible|as soon as practicable|same day|next working day|annually|monthly|weekly|daily|fortnightly|quarterly|every (?:week|month|year|day|quarter|fortnight)|once a (?:week|month|year|fortnight))\b/gi,
  new RegExp(`\\b${LEAD}\\s+(?:the\\s+)?(?:first\\s+|next\\s+)?${NUM}(?:\\s*-\\s*|\\s+)${UNIT}\\b`, 'gi'),
  new RegExp(`\\b${NUM}(?:\\s*-\\s*|\\s+)${UNIT}\\b`, 'gi'),
];

// Cheap screen: most sentences name no time at all.
const MAYBE_TIME = /\d|\b(?:minutes?|hours?|days?|weeks?|fortnight(?:ly)?|months?|monthly|years?|annually|quarter(?:ly)?|weekly|daily|immediately|promptly|delay|soon|business)\b/i;

const NUMBER_WORD = new RegExp(`\\b(?:${Object.keys(NUMBER_WORDS).join('|')})\\b`, 'i');

/** Could these words be (part of) a time limit: a number, a number word or a unit of time? */
export function mayNameTime(text: string): boolean {
  return MAYBE_TIME.test(text) || NUMBER_WORD.test(text);
}

export interface Timescale {
  /** As written: "within five working days". */
  text: string;
  /** Normalised for comparison: count, unit, kind of limit and what it runs from — "within 5 working day from referral". */
  key: string;
  /** What it runs from, as written: "from the point of referral". */
  from?: string;
}

// What a time limit runs from: "of the referral", "from the point of referral", "after the strategy discussion".
const ANCHOR = /^\s+(?:of|from|after|following)\s+(?:the\s+)?(?:(?:point|date|time|day)\s+(?:of|at which|on which)\s+)?(?:the\s+|a\s+|an\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u;
const ANCHOR_STOP = new Set(['being', 'been', 'has', 'have', 'was', 'were', 'which', 'that', 'who', 'and', 'or', 'to', 'for', 'by', 'with', 'in', 'at', 'of', 'the', 'a', 'an', 'is', 'are', 'be', 'should', 'must', 'unless', 'if', 'where', 'when']);

/** "the referral being received" → "referral": the anchor's words up to the first that is not part of its name. */
function anchorOf(after: string): { key: string; written: string } {
  const m = ANCHOR.exec(after);
  if (!m) return { key: '', written: '' };
  const words: string[] = [];
  const written = m[1]!.split(/\s+/);
  for (const w of written) {
    if (ANCHOR_STOP.has(w.toLowerCase())) break;
    words.push(w.toLowerCase().replace(/s$/, ''));
  }
  if (!words.length) return { key: '', written: '' };
  const cut = m[0].length - m[1]!.length + written.slice(0, words.length).join(' ').length;
  return { key: words.join(' '), written: m[0].slice(0, cut).trim() };
}

export function timescales(text: string): Timescale[] {
  if (!MAYBE_TIME.test(text)) return [];
  const found: { at: number; end: number; value: Timescale }[] = [];
  for (const re of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const at = m.index;
      const end = at + m[0].length;
      if (found.some((f) => at < f.end && end > f.at)) continue;
      const anchor = anchorOf(text.slice(end, end + 80));
      found.push({ at, end, value: { text: m[0], key: anchor.key ? `${normalise(m[0])} from ${anchor.key}` : normalise(m[0]), ...(anchor.written ? { from: anchor.written } : {}) } });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.value);
}

function normalise(s: string): string {
  const words = s
    .toLowerCase()
    .split(/\s+/)
    .flatMap((w) => (NUMBER_WORDS[w] !== undefined ? [String(NUMBER_WORDS[w])] : w.split('-')))
    .filter(Boolean);
  const t = words
    .join(' ')
    .replace(/\b(?:an? )?fortnight\b/g, '2 week')
    .replace(/\b(an?) (hour|day|week|month|year)\b/g, '1 $2')
    .replace(/\b(minute|hour|day|week|month|year)s\b/g, '$1');
  const f = FREQUENCIES[t] ?? t;
  // The limit's kind, however it is said: "no later than", "no longer than", "up to" and "at most" are "within".
  const lead = LIMITS.find((l) => f.startsWith(`${l} `));
  return lead ? `within ${f.slice(lead.length + 1)}` : f;
}

const LIMITS = ['within', 'no later than', 'not later than', 'no longer than', 'not longer than', 'no more than', 'up to', 'at most', 'in'];

/** Frequencies said in different words are the same timescale. */
const FREQUENCIES: Record<string, string> = {
  annually: 'every 1 year', 'once 1 year': 'every 1 year', 'every year': 'every 1 year', 'every 12 month': 'every 1 year',
  monthly: 'every 1 month', 'once 1 month': 'every 1 month', 'every month': 'every 1 month',
  weekly: 'every 1 week', 'once 1 week': 'every 1 week', 'every week': 'every 1 week',
  fortnightly: 'every 2 week', 'every 2 week': 'every 2 week', 'once 2 week': 'every 2 week', daily: 'every 1 day', 'every day': 'every 1 day',
  quarterly: 'every 3 month', 'every quarter': 'every 3 month',
  'without delay': 'immediately',
};

export function compareTimescales(oldText: string | null, newText: string | null): TimescaleChange | undefined {
  if (!oldText || !newText) return undefined;
  const a = timescales(oldText);
  const b = timescales(newText);
  const keys = (xs: Timescale[]) => xs.map((x) => x.key).join('|');
  if (keys(a) === keys(b)) return undefined;
  // Name what a limit runs from when that is what changed: "within 45 working days of the strategy discussion".
  const anchorChanged = a.length === b.length && a.every((x, i) => x.key.split(' from ')[0] === b[i]!.key.split(' from ')[0]);
  const shown = (x: Timescale) => (anchorChanged && x.from ? `${x.text} ${x.from}` : x.text);
  return { from: a.map(shown), to: b.map(shown) };
}
