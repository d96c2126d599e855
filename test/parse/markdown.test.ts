// The parser: the selective GFM pipeline gives remark-gfm's tree.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkdown, parseMarkdownFullGfm, gfmNeeds } from '../../src/parse/markdown.js';
import { ROOT } from '../support/cli.js';

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
