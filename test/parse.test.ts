// The parser: the selective GFM pipeline gives remark-gfm's tree, pieces give the
// whole document's model, and labels stay apart from wording.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkdown, parseMarkdownFullGfm, gfmNeeds } from '../src/parse/markdown.js';
import { parseDocument } from '../src/parse/document.js';
import { parseChunked } from '../src/parse/pieces.js';
import { splitIntoChunks } from '../src/parse/chunks.js';
import { ROOT } from './helpers.js';

const files = [
  ...readdirSync(join(ROOT, 'guidance')).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => join(ROOT, 'guidance', f)),
  join(ROOT, 'test/fixtures/gfm-features.md'),
  join(ROOT, 'test/fixtures/hostile-old.md'),
  join(ROOT, 'README.md'),
];

describe('selective GFM parsing', () => {
  it.each(files)('gives the same tree as remark-gfm: %s', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(parseMarkdown(text)).toEqual(parseMarkdownFullGfm(text));
  });

  it('asks only for the extensions a text could need', () => {
    expect(gfmNeeds('Plain words only.')).toBe(0);
    expect(gfmNeeds('a | b')).toBe(1 << 3);
    expect(gfmNeeds('write to x@example.org')).toBe(1 << 0);
  });
});

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
});
