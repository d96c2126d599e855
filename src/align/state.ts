// What the alignment passes share: the two documents, their blocks (flattened and by section),
// the matched sections, and the pairing of blocks the passes build up. Each pass (pass-*.ts)
// takes this state explicitly and sees only what earlier passes left, so what one pass hands
// the next is written down here instead of living in the closures of one long function.
import type { ParsedDocument, Sentence } from '../types.js';
import type { LineIndex } from '../parse/document.js';
import { sentencesOf } from '../parse/sentences.js';
import type { GBlock } from './units.js';
import { BagCache, flatten, groupBySection } from './blocks.js';
import { matchSections, type SectionMatch } from './sections.js';

export interface AlignContext {
  old: ParsedDocument;
  new: ParsedDocument;
  oldLines: LineIndex;
  newLines: LineIndex;
}

export class AlignState {
  readonly ctx: AlignContext;
  readonly oldBlocks: GBlock[];
  readonly newBlocks: GBlock[];
  readonly secMatches: SectionMatch[];
  /** Matched sections: old section index → new one, and back. */
  readonly secO2N: Map<number, number>;
  readonly secN2O: Map<number, number>;
  /** Old global block → new global block, in the order paired (units and blockPairs follow it). */
  readonly pairO: Map<number, number>;
  /** New global block → old global block. */
  readonly pairN: Map<number, number>;
  /** Old globals paired out of order inside their own pair of sections. */
  readonly reorderedInSection: Set<number>;
  /** Blocks of each section, by section index. */
  readonly byOldSec: GBlock[][];
  readonly byNewSec: GBlock[][];
  readonly bags: BagCache;
  /** How alike two blocks' words are (Dice); a function, to be handed to alignSequences. */
  readonly blockSim: (x: GBlock, y: GBlock) => number;

  constructor(ctx: AlignContext) {
    this.ctx = ctx;
    this.oldBlocks = flatten(ctx.old.sections);
    this.newBlocks = flatten(ctx.new.sections);
    this.secMatches = matchSections(ctx.old.sections, ctx.new.sections);
    this.secO2N = new Map(this.secMatches.map((m) => [m.oldIndex, m.newIndex]));
    this.secN2O = new Map(this.secMatches.map((m) => [m.newIndex, m.oldIndex]));
    this.pairO = new Map<number, number>();
    this.pairN = new Map<number, number>();
    this.reorderedInSection = new Set<number>();
    this.byOldSec = groupBySection(this.oldBlocks, ctx.old.sections.length);
    this.byNewSec = groupBySection(this.newBlocks, ctx.new.sections.length);
    this.bags = new BagCache();
    const bags = this.bags;
    this.blockSim = (x, y) => bags.dice(x.block, y.block);
  }

  /** Pair old global block o with new global block n. */
  pair(o: number, n: number): void {
    this.pairO.set(o, n);
    this.pairN.set(n, o);
  }

  /** The sentences of an old block. */
  oldSentences(b: GBlock): Sentence[] {
    return sentencesOf(b.block, this.ctx.old.source, this.ctx.oldLines);
  }

  /** The sentences of a new block. */
  newSentences(b: GBlock): Sentence[] {
    return sentencesOf(b.block, this.ctx.new.source, this.ctx.newLines);
  }
}
