// Scores alignment on the generated move suite (test/fixtures/alignment/): does every moved
// paragraph come out as a move from the right old paragraph, every renumbered one as a
// renumbering, every edited one paired with its own old paragraph (not an identical copy),
// and no untouched paragraph as a change? Changes are mapped back to the generated blocks
// by the line each side cites in the user's own file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Change, Side, SourceMap } from '../types.js';
import { compare } from '../pipeline/compare.js';
import { textToMarkdownWithLines } from '../ingest/text.js';

export interface BlockLabel {
  label: string | null;
  /** First and last line of the block in its file. */
  lines: [number, number];
}
export interface NewBlockLabel extends BlockLabel {
  /** Index of the old block it came from; null when added. */
  from: number | null;
  moved: boolean;
  edited: boolean;
  renumbered: boolean;
}
export interface CaseLabels {
  id: string;
  format: 'markdown' | 'text';
  features: string[];
  old: BlockLabel[];
  new: NewBlockLabel[];
}

export interface Counts {
  cases: number;
  moves: { labelled: number; found: number; reported: number; correct: number };
  renumbered: { labelled: number; found: number };
  edits: { labelled: number; pairedRight: number };
  /** Untouched blocks (same text, label and place) that some change touched. */
  unchangedReported: number;
  unchanged: number;
  misses: string[];
}

const empty = (): Counts => ({
  cases: 0,
  moves: { labelled: 0, found: 0, reported: 0, correct: 0 },
  renumbered: { labelled: 0, found: 0 },
  edits: { labelled: 0, pairedRight: 0 },
  unchangedReported: 0,
  unchanged: 0,
  misses: [],
});

export function scoreCase(labels: CaseLabels, oldText: string, newText: string, into: Counts = empty()): Counts {
  const read = (text: string): { markdown: string; source: SourceMap } => {
    if (labels.format === 'markdown') return { markdown: text, source: { format: 'markdown' } };
    const { markdown, lines } = textToMarkdownWithLines(text);
    return { markdown, source: { format: 'text', lines, text } };
  };
  const o = read(oldText);
  const n = read(newText);
  const cmp = compare(o.markdown, n.markdown, { oldSource: o.source, newSource: n.source });
  const blockAt = (blocks: BlockLabel[], side: Side | null): number => {
    if (!side) return -1;
    const line = side.sourceLine ?? side.line;
    return blocks.findIndex((b) => b.lines[0] <= line && line <= b.lines[1]);
  };
  const mapped = cmp.changes.map((c) => ({ c, o: blockAt(labels.old, c.old), n: blockAt(labels.new, c.new) }));
  const miss = (what: string) => into.misses.push(`${labels.id}: ${what}`);
  into.cases++;

  // Moves: a moved change from the labelled old block to the new one.
  const moves = new Map<string, { o: number; n: number }>();
  for (const m of mapped) if (m.c.kind === 'moved') moves.set(`${m.o},${m.n}`, m);
  for (const m of moves.values()) {
    into.moves.reported++;
    const l = labels.new[m.n];
    if (l?.moved && l.from === m.o) into.moves.correct++;
    else miss(`reported move old block ${m.o} → new block ${m.n} is not one`);
  }
  labels.new.forEach((l, i) => {
    const touching = mapped.filter((m) => m.n === i || (l.from !== null && m.o === l.from));
    // Paired right: something reported for it, and nothing ties it (or its old block) to another.
    const pairedRight =
      touching.length > 0 && !touching.some((m) => (m.n === i && m.o >= 0 && m.o !== l.from) || (m.o === l.from && m.n >= 0 && m.n !== i));
    if (l.moved) {
      into.moves.labelled++;
      if (moves.has(`${l.from},${i}`)) into.moves.found++;
      else miss(`move of old block ${l.from} to new block ${i} not found`);
    } else if (l.edited) {
      into.edits.labelled++;
      if (pairedRight) into.edits.pairedRight++;
      else miss(`edited block ${i} not paired with old block ${l.from}`);
    } else if (l.renumbered) {
      into.renumbered.labelled++;
      if (mapped.some((m) => m.n === i && m.o === l.from && m.c.tags.includes('renumbered'))) into.renumbered.found++;
      else miss(`renumbering of block ${i} (${labels.old[l.from!]!.label} → ${l.label}) not found`);
    } else if (l.from !== null) {
      into.unchanged++;
      if (touching.length) {
        into.unchangedReported++;
        miss(`untouched block ${i} reported: ${touching.map((m) => describe(m.c)).join('; ')}`);
      }
    }
  });
  return into;
}

function describe(c: Change): string {
  return `${c.kind} [${c.tags.join(',')}]`;
}

export function scoreSuite(dir: string): { markdown: Counts; text: Counts } {
  const out = { markdown: empty(), text: empty() };
  for (const id of readdirSync(dir).sort()) {
    const labels = JSON.parse(readFileSync(join(dir, id, 'labels.json'), 'utf8')) as CaseLabels;
    const ext = labels.format === 'markdown' ? 'md' : 'txt';
    scoreCase(labels, readFileSync(join(dir, id, `old.${ext}`), 'utf8'), readFileSync(join(dir, id, `new.${ext}`), 'utf8'), out[labels.format]);
  }
  return out;
}

const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : '—');

export function formatSuite(r: { markdown: Counts; text: Counts }): string {
  const rows = (['markdown', 'text'] as const).map((f) => {
    const c = r[f];
    return `| ${f} | ${c.cases} | ${ratio(c.moves.found, c.moves.labelled)} (${c.moves.found}/${c.moves.labelled}) | ${ratio(c.moves.correct, c.moves.reported)} (${c.moves.correct}/${c.moves.reported}) | ${ratio(c.renumbered.found, c.renumbered.labelled)} (${c.renumbered.found}/${c.renumbered.labelled}) | ${ratio(c.edits.pairedRight, c.edits.labelled)} (${c.edits.pairedRight}/${c.edits.labelled}) | ${c.unchangedReported} of ${c.unchanged} |`;
  });
  return [
    '| input | cases | move recall | move precision | renumber recall | edits paired with their own old paragraph | untouched paragraphs reported as changed |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
