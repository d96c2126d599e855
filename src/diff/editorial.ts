// Is a difference only editorial? Spelling variants (judgement/judgment,
// organise/organize), quotes, punctuation, hyphenation ("co- ordinate",
// "co-ordinate", "coordinate"), case and numbering do not change what a
// sentence says. Everything else is wording.
import spelling from '../../data/spelling.json' with { type: 'json' };
import { unifyPunctuation } from '../text/normalise.js';

const VARIANT = new Map<string, string>();
for (const group of spelling.variants as string[][]) for (const form of group) VARIANT.set(form, group[0]!);

const MAX_WORD = 64;

function canonicalWord(word: string): string {
  const listed = VARIANT.get(word);
  if (listed) return listed;
  // The suffix patterns below backtrack quadratically on a very long "word" (a
  // megabyte of letters with no space hung the diff stage); no real word is this long.
  if (word.length > MAX_WORD) return word;
  // British and American endings: organise/organize, organisation/organization, analyse/analyze.
  return word
    .replace(/(\w{2,})iz(e|es|ed|ing|ation|ations|er|ers)$/, '$1is$2')
    .replace(/(\w{2,})yz(e|es|ed|ing)$/, '$1ys$2');
}

// Keys are asked for the same short texts many times (every hunk, both sides):
// remember them, up to a bound so memory stays flat on huge inputs.
const memo = new Map<string, string>();
const MEMO_LIMIT = 50_000;

/** The sentence with every editorial difference normalised away. */
export function editorialKey(text: string): string {
  let key = memo.get(text);
  if (key === undefined) {
    key = computeEditorialKey(text);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, key);
  }
  return key;
}

function computeEditorialKey(text: string): string {
  let t = unifyPunctuation(text).toLowerCase();
  for (const [a, b] of [['e-mail', 'email'], ['on-line', 'online'], ['web site', 'website']] as const) t = t.split(a).join(b);
  // Hyphenation, including a hyphen left by a line break ("co- ordinate").
  t = t.replace(/(\p{L})-\s*(\p{L})/gu, '$1$2');
  // Numbering and labels at the start: "1.3", "(a)", "42.". A bare number ("15 working days")
  // is a quantity, not numbering.
  t = t.replace(/^\s*(?:\d+(?:\.\d+)+\.?|\d+\.|\([a-z0-9]{1,4}\)|[a-z]\))\s+/, '');
  const tokens = t.match(/[\p{L}\p{N}]+/gu) ?? [];
  return tokens.map(canonicalWord).join(' ');
}

export function isEditorialOnly(oldText: string, newText: string): boolean {
  return editorialKey(oldText) === editorialKey(newText);
}
