// Paragraph numbers are locators, not wording: "1.3 The plan…" has label "1.3".
// (Numbers written as "42." at the start of a line are ordered lists in markdown;
// their label comes from the list, not from here.)

// "1.3 ", "12.4.1 ", "(a) ", "a) ", "2) ", "(iv) " — followed by a space and more text.
const LABEL = /^\s*(\d+(?:\.\d+)+\.?|\(\s*(?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,3})\s*\)|[a-z]\)|\d{1,3}\))\s+(?=\S)/i;
// A figure, not a paragraph number: "1.5 million children", "2.5 per cent" (one dot, then a small letter).
const FIGURE = /^\d+\.\d+$/;
const SMALL_LETTER = /^\p{Ll}/u;

export function splitLabel(raw: string): { label?: string; start: number } {
  const m = LABEL.exec(raw);
  if (!m) return { start: 0 };
  const label = m[1]!.replace(/\s+/g, '');
  if (FIGURE.test(label) && SMALL_LETTER.test(raw.slice(m[0].length))) return { start: 0 };
  return { label, start: m[0].length };
}

/** A paragraph label as compared: "4.2." and "4.2", "(A)" and "(a)" are one number. */
export function labelKey(label: string | undefined): string {
  return (label ?? '').toLowerCase().replace(/\s+/g, '').replace(/\.$/, '');
}
