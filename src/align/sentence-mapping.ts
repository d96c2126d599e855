// Which sentence of one version is which sentence of the next: the alignment's
// units, plus identical blocks (which the alignment leaves out of its units
// because nothing in them changed) paired sentence by sentence.
import type { BlockRef, ParsedDocument, SentenceMapping, Unit } from '../types.js';
import { LineIndex } from '../parse/document.js';
import { sentencesOf } from '../parse/sentences.js';
import { align } from './index.js';

export function mapSentences(old: ParsedDocument, neu: ParsedDocument): SentenceMapping {
  const oldLines = new LineIndex(old.source);
  const newLines = new LineIndex(neu.source);
  const alignment = align({ old, new: neu, oldLines, newLines });
  const out: SentenceMapping = { pairs: [], removed: [], added: [] };
  const byIndex = (o: BlockRef, n: BlockRef) => {
    const so = sentencesOf(o.block, old.source, oldLines);
    const sn = sentencesOf(n.block, neu.source, newLines);
    so.forEach((s, i) => {
      if (sn[i]) out.pairs.push([{ ...o, sentence: s }, { ...n, sentence: sn[i]! }]);
    });
  };
  for (const [o, n] of alignment.blockPairs) if (o.block.text === n.block.text) byIndex(o, n);
  const visit = (u: Unit) => {
    if (u.type === 'pair') out.pairs.push([u.old, u.new]);
    else if (u.type === 'added') out.added.push(u.new);
    else if (u.type === 'removed') out.removed.push(u.old);
    else if (u.type === 'rewritten' || (u.type === 'movedBlock' && u.old.block.text !== u.new.block.text)) u.inner.forEach(visit);
  };
  alignment.units.forEach(visit);
  return out;
}
