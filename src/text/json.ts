// JSON from a file the user (or a pull request) supplied. A parse error names where it
// went wrong, never what the file says: the "file" may be /etc/shadow behind a symlink,
// and V8's messages quote the text around the error.
import { UsageError } from '../errors.js';
import { wellFormed } from './sanitize.js';

export function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const at = /at position (\d+)/.exec((error as Error).message);
    throw new UsageError(`${what}: not valid JSON${at ? ` (${lineColumn(text, Number(at[1]))})` : text.trim() === '' ? ' (empty)' : ''}`);
  }
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

/**
 * JSON for output, two-space indented with a final newline, every string well-formed UTF-16
 * (a lone surrogate from a damaged document would make the JSON unreadable to strict parsers).
 */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, (_k, v: unknown) => (typeof v === 'string' ? wellFormed(v) : v), 2)}\n`;
}
