// What surrounds a sentence in its block and section, read from the parsed document: the
// table cell it stands in, the lead-in of its list, the first item of the list it leads into.
// Diff hands these to classify with each sentence pair; classify's passages read them too.
import type { ParsedBlock, ParsedSection, Sentence, TableCell } from '../types.js';

/** The sentence's table cell, when its block is a table row. */
export function tableCellOf(block: ParsedBlock, sentence: Sentence): TableCell | undefined {
  if (block.kind !== 'tableRow' || !block.cells || sentence.cell === undefined) return undefined;
  return block.header ? { cells: block.cells, header: block.header, index: sentence.cell } : { cells: block.cells, index: sentence.cell };
}

/** For a lead-in sentence ("The functions of the LSPs are to:"), the first item of its list. */
export function firstItem(section: ParsedSection, block: ParsedBlock, sentence: string): string | undefined {
  if (block.kind === 'listItem' || !/:\s*$/.test(sentence)) return undefined;
  const next = section.blocks[section.blocks.indexOf(block) + 1];
  return next?.kind === 'listItem' ? next.text : undefined;
}

/**
 * The lead-in of a list item: the last sentence of the paragraph before its list when
 * that ends with a colon ("The team manager must:"). Its subject and modal carry to
 * every item ("– agree the plan;").
 */
export function leadIn(section: ParsedSection, block: ParsedBlock): string | undefined {
  if (block.kind !== 'listItem') return undefined;
  let i = section.blocks.indexOf(block) - 1;
  while (i >= 0 && section.blocks[i]!.kind === 'listItem') i--;
  const lead = section.blocks[i];
  if (!lead || lead.kind === 'listItem' || !/:\s*$/.test(lead.text)) return undefined;
  // Its last sentence: what follows the last full stop that ends one.
  const parts = lead.text.split(/(?<=[.!?])\s+(?=[A-Z"“‘(])/);
  return parts[parts.length - 1]!.trim();
}
