// Paragraph numbers are locators, not wording: "1.3 The plan…" has label "1.3".
// (Numbers written as "42." at the start of a line are ordered lists in markdown;
// their label comes from the list, not from here.)

// "1.3 ", "12.4.1 ", "(a) ", "a) ", "(iv) " — followed by a space and more text.
const LABEL = /^\s*(\d+(?:\.\d+)+\.?|\(\s*(?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,3})\s*\)|[a-z]\))\s+(?=\S)/i;

export function splitLabel(raw: string): { label?: string; start: number } {
  const m = LABEL.exec(raw);
  if (!m) return { start: 0 };
  return { label: m[1]!.replace(/\s+/g, ''), start: m[0].length };
}
