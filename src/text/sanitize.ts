// Nothing a document (or a role file, a file name, an accepted reason) contains may reach
// the output as a control: one sanitiser per output kind.
// - terminal fields: C0/C1 controls (ESC, BEL, CSI …) and bidirectional overrides made
//   visible as \uXXXX, newlines folded (sanitizeForTerminal);
// - any rendered text, at the edge of every renderer (sanitizeOutput): the same controls
//   made visible, except tab and newline, and, when colour is on, the SGR colour codes
//   chalk writes; JSON stays valid (\uXXXX is its own escape for the same character);
// - GitHub workflow commands: controls made visible first, then the toolkit's escaping
//   (report/github.ts);
// - HTML: text escaped by construction (hast), then sanitizeOutput;
// - Word (.docx): text escaped by construction (the docx package), the characters XML 1.0
//   cannot hold left out first (xmlSafe).
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const CONTROL_OR_NEWLINE = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const SGR = /^\u001b\[[0-9;]*m/;

function visible(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

export function sanitizeForTerminal(text: string): string {
  // Lone surrogates too: a terminal (or a file the report is piped to) gets UTF-8.
  return wellFormed(text.replace(CONTROL, visible).replace(/\n/g, ' '));
}

/** Controls (newlines included) made visible: for one-line values such as workflow-command fields. */
export function visibleControls(text: string): string {
  return wellFormed(text.replace(CONTROL_OR_NEWLINE, visible));
}

/**
 * The last step of every renderer: no control character leaves wtdiff except tab and
 * newline, and the colour codes chalk wrote when `colour` is set.
 */
export function sanitizeOutput(text: string, colour = false): string {
  return wellFormed(text.replace(CONTROL, (c, at: number) => (colour && c === '\u001b' && SGR.test(text.slice(at, at + 32)) ? c : visible(c))));
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Lone surrogates cannot be encoded as UTF-8: replace them so JSON and files stay valid. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** Characters XML 1.0 cannot carry: C0 controls but tab, newline and carriage return, and U+FFFE/F. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text a Word file can hold: what XML 1.0 cannot carry, lone surrogates included, left out. */
export function xmlSafe(text: string): string {
  // Surrogates first: a control between two halves must not join them into a pair.
  return text.replace(LONE_SURROGATE, '').replace(NOT_XML, '');
}
