// Nothing a document contains may reach a terminal as a control sequence:
// C0/C1 controls (ESC, BEL, CSI …) and bidirectional overrides are made visible.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export function sanitizeForTerminal(text: string): string {
  // Lone surrogates too: a terminal (or a file the report is piped to) gets UTF-8.
  return wellFormed(text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(/\n/g, ' '));
}

/** Lone surrogates cannot be encoded as UTF-8: replace them so JSON and files stay valid. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
