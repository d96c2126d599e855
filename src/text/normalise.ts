// Text normalisation used for matching. Two strengths:
//  - collapseSpace: what a reader sees (reflow and spacing never count as a change);
//  - matchKey: the loose key used to pair units (quotes, dashes and case unified),
//    so an editorial change still pairs exactly and is then reported as editorial.

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;
// \s already covers NBSP, the Unicode spaces and BOM; only the zero-width space is added.
const SPACES = /[\s\u200B]+/g;

// Most text has single plain spaces only: skip the replace (which matches every space).
const NEEDS_COLLAPSE = /[^\S ]| {2}|\u200B/;

export function collapseSpace(text: string): string {
  return NEEDS_COLLAPSE.test(text) ? text.replace(SPACES, ' ').trim() : text.trim();
}

export function unifyPunctuation(text: string): string {
  return text.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, '-');
}

/** The key two units must share to be "the same words". */
export function matchKey(text: string): string {
  return collapseSpace(unifyPunctuation(text)).toLowerCase();
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-cased word tokens, for similarity. */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

// A heading's own number ("3.", "Chapter 2", "(iv)"), which does not name the section.
const NUMBERING = /^(?:(?:chapter|part|section|annex|appendix)\s+)?(?:\d+(?:\.\d+)*[.:)]?|[ivxlc]+[.:)]|[a-z][.:)])\s+/i;

/** Heading as compared: case, quotes, spacing and numbering do not count. */
export function headingKey(heading: string): string {
  return unifyPunctuation(heading).replace(/\s+/g, ' ').trim().replace(NUMBERING, '').toLowerCase();
}
