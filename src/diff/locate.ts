// Places in the user's own file. The comparison reads markdown; for a text, HTML, DOCX or PDF
// input that markdown is the reader's, and its line numbers exist nowhere the user can look.
// Each side gets what its reader can vouch for: the file's line (markdown, text), the page
// (PDF); DOCX and HTML are cited by paragraph label or number in the section (`ordinal`, set
// when the side is built).
import type { Side, SourceMap } from '../types.js';
import { LineIndex } from '../parse/document.js';

interface Located {
  old: Side | null;
  new: Side | null;
}

export function locateSides(changes: readonly Located[], oldSource?: SourceMap, newSource?: SourceMap): void {
  const oldLocator = oldSource && sideLocator(oldSource);
  const newLocator = newSource && sideLocator(newSource);
  for (const c of changes) {
    if (c.old && oldLocator) oldLocator(c.old);
    if (c.new && newLocator) newLocator(c.new);
  }
}

function sideLocator(source: SourceMap): (side: Side) => void {
  switch (source.format) {
    case 'markdown':
      return (side) => (side.sourceLine = side.line);
    case 'text': {
      const lines = source.lines;
      const finder = source.text !== undefined ? new SentenceFinder(source.text) : undefined;
      return (side) => {
        const blockLine = lines?.[side.line - 1];
        if (blockLine === undefined) return;
        side.sourceLine = finder?.lineOf(side.text, blockLine) ?? blockLine;
      };
    }
    case 'pdf': {
      const pages = source.pages;
      return (side) => {
        const page = pages?.[side.line - 1];
        if (page !== undefined) side.page = page;
      };
    }
    default:
      return () => undefined;
  }
}

/** How far past its block's first line a sentence is looked for (a long hard-wrapped paragraph). */
const SEARCH_CHARS = 20_000;

/**
 * Finds the line a sentence starts on in a text file whose hard-wrapped paragraphs the reader
 * joined: its first words, with any whitespace (a line break included) between them, searched
 * from the first line of its block.
 */
class SentenceFinder {
  private readonly lines: LineIndex;

  constructor(private readonly text: string) {
    this.lines = new LineIndex(text);
  }

  lineOf(sentence: string, fromLine: number): number | undefined {
    const words = sentence.split(/\s+/).filter(Boolean).slice(0, 8);
    if (!words.length) return undefined;
    const from = this.lines.lineStart(fromLine);
    if (from === undefined) return undefined;
    const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'u');
    const found = pattern.exec(this.text.slice(from, from + SEARCH_CHARS));
    return found ? this.lines.position(from + found.index).line : undefined;
  }
}
