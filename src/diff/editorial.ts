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
  const a = editorialKey(oldText);
  const b = editorialKey(newText);
  if (a === b) return true;
  // A compound written open or hyphenated: "face to face" → "face-to-face".
  if (a.replace(/ /g, '') === b.replace(/ /g, '') && openKey(oldText) === openKey(newText)) return true;
  return typosOnly(a.split(' '), b.split(' '));
}

/** The key with hyphens read as spaces: "face-to-face" and "face to face" agree. */
function openKey(text: string): string {
  return editorialKey(unifyPunctuation(text).replace(/(\p{L})-\s*(\p{L})/gu, '$1 $2'));
}

// A typing slip corrected ("manger" → "manager") is editorial: one letter added,
// dropped, changed or two swapped, in a word long enough that this makes no other word
// (a plural "s" is a change of number, not a slip).
const TYPO_MIN = 6;
function typosOnly(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  let differs = false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (!isTypo(a[i]!, b[i]!)) return false;
    differs = true;
  }
  return differs;
}

function isTypo(x: string, y: string): boolean {
  if (Math.max(x.length, y.length) < TYPO_MIN || Math.max(x.length, y.length) > MAX_WORD || /\d/.test(x + y)) return false;
  if (x + 's' === y || y + 's' === x) return false;
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  const [rx, ry] = [x.slice(i), y.slice(i)];
  return rx.slice(1) === ry.slice(1) || rx.slice(1) === ry || rx === ry.slice(1) || (rx.length > 1 && rx[0] === ry[1] && rx[1] === ry[0] && rx.slice(2) === ry.slice(2));
}
