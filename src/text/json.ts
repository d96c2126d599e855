// JSON from a file the user (or a pull request) supplied. A parse error names where it
// went wrong, never what the file says: the "file" may be /etc/shadow behind a symlink,
// and V8's messages quote the text around the error.
import { UsageError } from '../errors.js';

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
