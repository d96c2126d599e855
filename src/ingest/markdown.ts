// Markdown is what the comparison reads already: only the text decoding is checked and normalised.

import type { Ingested } from './types.js';
import { decodeText } from './sniff.js';

export function readMarkdown(source: string, bytes: Uint8Array): Ingested {
  let markdown = decodeText(source, bytes);
  if (!markdown.endsWith('\n')) markdown += '\n';
  return { markdown, format: 'markdown', source };
}
