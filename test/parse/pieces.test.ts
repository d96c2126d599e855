// Parsing piece by piece: cut at headings, never inside fences or HTML blocks, and the pieces
// give the whole document's model (sections, blocks, labels, positions).
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/document.js';
import { parseChunked, PieceCache, sharedPieces } from '../../src/parse/pieces.js';
import { LineIndex } from '../../src/parse/document.js';
import { sentencesOf } from '../../src/parse/sentences.js';
import { splitIntoChunks } from '../../src/parse/chunks.js';

describe('chunked parsing', () => {
  // A generated document long enough to be cut (fixture text, not guidance).
  const section = (i: number) => `## Section ${i}\n\n${i}.1 The social worker should agree the plan with the family within ${i} working days.\n\n- a list item ${i}\n- another\n\n| A | B |\n|---|---|\n| ${i} | x |\n\n`;
  const long = `# Fixture document\n\nIntro before the first section.\n\n${Array.from({ length: 400 }, (_, i) => section(i)).join('')}\`\`\`\n# not a heading inside a fence\n\`\`\`\n`;

  it('is cut only at headings outside fences, into several pieces', () => {
    const chunks = splitIntoChunks(long, 2000);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.map((c) => c.text).join('')).toBe(long);
    for (const c of chunks.slice(1)) expect(c.text).toMatch(/^#{1,3} /);
  });

  it('is never cut inside an HTML block: a multi-line comment, or raw HTML running into a heading', () => {
    const filler = Array.from({ length: 40 }, (_, i) => section(i)).join('');
    const doc = `# Fixture\n\n${filler}<!-- a comment\n## not a heading inside a comment\n-->\n\n${filler}<div>\n## part of the div's HTML block, not a heading\n\n${filler}`;
    const chunks = splitIntoChunks(doc, 500);
    expect(chunks.length).toBeGreaterThan(5);
    for (const c of chunks.slice(1)) expect(c.text).not.toMatch(/^## (?:not a heading|part of the div)/);
    const shape = (d: ReturnType<typeof parseDocument>) => d.sections.map((s) => ({ path: s.path, blocks: s.blocks.map((b) => [b.kind, b.text, b.position.line]) }));
    expect(shape(parseChunked({ markdown: doc, title: 'doc' }, chunks))).toEqual(shape(parseDocument(doc, 'doc')));
  });

  it('gives the same sections, blocks, labels and positions as parsing the whole', () => {
    const whole = parseDocument(long, 'doc');
    const pieces = parseChunked({ markdown: long, title: 'doc' }, splitIntoChunks(long, 2000));
    const shape = (d: typeof whole) => d.sections.map((s) => ({ path: s.path, line: s.position.line, blocks: s.blocks.map((b) => [b.id, b.kind, b.label, b.text, b.position.line, b.position.column, b.segs]) }));
    expect(shape(pieces)).toEqual(shape(whole));
  });

  describe('two editions sharing the pieces they have byte for byte', () => {
    // The later edition: one sentence reworded (longer) in section 200 of 400.
    const later = long.replace('200.1 The social worker should agree the plan with the family within 200 working days.', '200.1 The social worker must agree the plan with the family and their manager within 200 working days.');
    const shape = (d: ReturnType<typeof parseDocument>) => d.sections.map((s) => ({ id: s.id, path: s.path, line: s.position.line, blocks: s.blocks.map((b) => [b.id, b.kind, b.label, b.text, b.position.line, b.position.column, b.segs, b.breaks]) }));

    it('parses only the pieces that changed, and gives the model parsing alone gives', () => {
      expect(later).not.toBe(long);
      const cache = new PieceCache();
      const first = parseChunked({ markdown: long, title: 'doc' }, splitIntoChunks(long, 2000), cache);
      const parsedForFirst = cache.size;
      const chunks = splitIntoChunks(later, 2000);
      const second = parseChunked({ markdown: later, title: 'doc' }, chunks, cache);
      // Every piece of the later edition but the one holding the change (and at most one after
      // it, where a cut moves) came from the cache.
      expect(chunks.length).toBeGreaterThan(10);
      expect(cache.size - parsedForFirst).toBeGreaterThanOrEqual(1);
      expect(cache.size - parsedForFirst).toBeLessThanOrEqual(2);
      expect(shape(second)).toEqual(shape(parseChunked({ markdown: later, title: 'doc' }, chunks)));
      expect(shape(first)).toEqual(shape(parseChunked({ markdown: long, title: 'doc' }, splitIntoChunks(long, 2000))));
    });

    it('a shared piece is copied, not shared: sentences read in one edition leave the other as it was', () => {
      const cache = new PieceCache();
      const first = parseChunked({ markdown: long, title: 'doc' }, splitIntoChunks(long, 2000), cache);
      const second = parseChunked({ markdown: later, title: 'doc' }, splitIntoChunks(later, 2000), cache);
      const a = first.sections[5]!.blocks[0]!;
      const b = second.sections[5]!.blocks[0]!;
      expect(b.text).toBe(a.text);
      expect(b).not.toBe(a);
      expect(sentencesOf(b, later, new LineIndex(later)).length).toBeGreaterThan(0);
      expect(a.sentences).toEqual([]);
    });

    it('keeps only the pieces both editions have: a pair with little in common holds no second copy', () => {
      const a = splitIntoChunks(long, 2000);
      const b = splitIntoChunks(later, 2000);
      const cache = sharedPieces(a, b);
      parseChunked({ markdown: long, title: 'doc' }, a, cache);
      const common = a.filter((c) => b.some((d) => d.text === c.text)).length;
      expect(common).toBeGreaterThan(0);
      expect(common).toBeLessThan(a.length);
      expect(cache.size).toBe(common);
      const second = parseChunked({ markdown: later, title: 'doc' }, b, cache);
      expect(cache.size).toBe(common);
      expect(shape(second)).toEqual(shape(parseChunked({ markdown: later, title: 'doc' }, b)));
    });
  });
});
