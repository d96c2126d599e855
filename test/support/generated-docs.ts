// A generator of small markdown documents (test fixtures, not guidance) and of random edit
// scripts over them: insert, delete, move, rename, reflow, renumber, reword. The properties of
// compare() (test/pipeline/compare.test.ts) and of the Word redline (test/report/docx.test.ts) run on it.
import fc from 'fast-check';

// ---- the document model -------------------------------------------------------

export type Para = { kind: 'p' | 'ol' | 'quote'; sentences: string[]; start: number; width: number };
export interface Sec {
  heading: string;
  paras: Para[];
}
export interface Doc {
  sections: Sec[];
}

export const WORDS = ['plan', 'child', 'family', 'manager', 'review', 'agree', 'assessment', 'meeting', 'record', 'decision', 'support', 'partner', 'agency', 'within', 'days', 'safety', 'visit', 'report', 'named', 'school'];
const HEADINGS = ['Assessment', 'Planning', 'Reviews', 'Strategy', 'Referral', 'Transfers', 'Records', 'Training', 'Oversight', 'Escalation'];

const wordArb = fc.constantFrom(...WORDS);
// Sentences carry a serial word so that generated sentences are (almost always) distinct.
export const sentenceArb = fc
  .tuple(fc.array(wordArb, { minLength: 2, maxLength: 7 }), fc.integer({ min: 1, max: 9999 }), fc.constantFrom('must', 'should', 'may', 'will'))
  .map(([ws, n, modal]) => `The ${ws[0]} ${modal} ${ws.slice(1).join(' ')} ${n}.`);
export const paraArb: fc.Arbitrary<Para> = fc.record({
  kind: fc.constantFrom<Para['kind']>('p', 'p', 'p', 'ol', 'quote'),
  sentences: fc.array(sentenceArb, { minLength: 1, maxLength: 3 }),
  start: fc.integer({ min: 1, max: 30 }),
  width: fc.integer({ min: 20, max: 120 }),
});
export const docArb: fc.Arbitrary<Doc> = fc
  .uniqueArray(fc.constantFrom(...HEADINGS), { minLength: 1, maxLength: 4 })
  .chain((headings) => fc.tuple(...headings.map((h) => fc.array(paraArb, { minLength: 0, maxLength: 4 }).map((paras) => ({ heading: h, paras })))))
  .map((sections) => ({ sections }));

/**
 * Wrap words into lines no wider than `width` (a reflow changes only this). A line
 * never starts with "1." — markdown would read that as a new list item, which is
 * a change of structure, not a reflow (seed 245740731 found this in the generator).
 */
function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && line.length + 1 + w.length > width && !/^\d+[.)]$/.test(w)) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : indent + l)).join('\n');
}

export function render(doc: Doc): string {
  const out = ['# Test fixture document (not guidance)', ''];
  for (const s of doc.sections) {
    out.push(`## ${s.heading}`, '');
    for (const p of s.paras) {
      const text = p.sentences.join(' ');
      if (p.kind === 'p') out.push(wrap(text, p.width, ''));
      else if (p.kind === 'quote') out.push(`> ${wrap(text, p.width, '> ')}`);
      else {
        const marker = `${p.start}. `;
        out.push(marker + wrap(text, p.width, ' '.repeat(marker.length)));
      }
      out.push('');
    }
  }
  return out.join('\n');
}

// ---- edit scripts ---------------------------------------------------------------

export type Edit =
  | { op: 'insert'; at: number; para: Para }
  | { op: 'delete'; at: number }
  | { op: 'move'; from: number; to: number }
  | { op: 'rename'; at: number; heading: string }
  | { op: 'reflow'; at: number; width: number }
  | { op: 'renumber'; at: number; start: number }
  | { op: 'reword'; at: number; word: string };

export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), para: paraArb }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('move' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ op: fc.constant('rename' as const), at: fc.nat(), heading: fc.constantFrom('Chapter one', 'Working together', 'Local arrangements', 'Case review') }),
  fc.record({ op: fc.constant('reflow' as const), at: fc.nat(), width: fc.integer({ min: 15, max: 150 }) }),
  fc.record({ op: fc.constant('renumber' as const), at: fc.nat(), start: fc.integer({ min: 1, max: 99 }) }),
  fc.record({ op: fc.constant('reword' as const), at: fc.nat(), word: fc.constantFrom('carer', 'practitioner', 'council', 'panel') }),
);

function clone(doc: Doc): Doc {
  return { sections: doc.sections.map((s) => ({ heading: s.heading, paras: s.paras.map((p) => ({ ...p, sentences: [...p.sentences] })) })) };
}

/** Every paragraph with its section, in document order. */
function slots(doc: Doc): { sec: Sec; i: number }[] {
  return doc.sections.flatMap((sec) => sec.paras.map((_, i) => ({ sec, i })));
}

export function apply(doc: Doc, edits: readonly Edit[]): Doc {
  const d = clone(doc);
  for (const e of edits) {
    const all = slots(d);
    switch (e.op) {
      case 'insert': {
        const sec = d.sections[e.at % d.sections.length]!;
        sec.paras.splice(e.at % (sec.paras.length + 1), 0, { ...e.para, sentences: [...e.para.sentences] });
        break;
      }
      case 'delete':
        if (all.length) {
          const s = all[e.at % all.length]!;
          s.sec.paras.splice(s.i, 1);
        }
        break;
      case 'move':
        if (all.length) {
          const s = all[e.from % all.length]!;
          const [p] = s.sec.paras.splice(s.i, 1);
          const to = d.sections[e.to % d.sections.length]!;
          to.paras.splice(e.to % (to.paras.length + 1), 0, p!);
        }
        break;
      case 'rename':
        d.sections[e.at % d.sections.length]!.heading = `${e.heading} ${e.at % 7}`;
        break;
      case 'reflow':
        if (all.length) {
          const s = all[e.at % all.length]!;
          s.sec.paras[s.i]!.width = e.width;
        }
        break;
      case 'renumber':
        if (all.length) {
          const s = all[e.at % all.length]!;
          s.sec.paras[s.i]!.start = e.start;
        }
        break;
      case 'reword':
        if (all.length) {
          const s = all[e.at % all.length]!;
          const p = s.sec.paras[s.i]!;
          const k = e.at % p.sentences.length;
          p.sentences[k] = p.sentences[k]!.replace(/^The \w+/, `The ${e.word}`);
        }
        break;
    }
  }
  return d;
}

