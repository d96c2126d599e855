// Reading a configuration or data file (JSON) as text, with the readers' rules:
// strict UTF-8, BOM dropped, CRLF made LF, one-line errors.
import { decodeText, readLocalBytes } from '../ingest/index.js';

export async function readTextFile(path: string): Promise<string> {
  return decodeText(path, await readLocalBytes(path));
}

export { decodeText };
