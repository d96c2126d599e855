// The DOCX reader on real files written by the `docx` package: Word styles, numbering, tables.
import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/ingest/index.js';
import { blocksOf, guidanceMarkdown, markdownToDocx, scratchDir } from '../support/documents.js';

const scratch = scratchDir();

describe('DOCX reader', () => {
  it('reads headings from Word styles, keeps the real paragraph numbers, bullets and the table', async () => {
    const source = guidanceMarkdown({ table: true });
    const path = scratch.at('guidance.docx');
    await writeFile(path, await markdownToDocx(source));
    const r = await readInput(path);
    expect(r.format).toBe('docx');
    expect(blocksOf(r.markdown)).toEqual(blocksOf(source));
    expect(r.markdown).toMatch(/^# Working Together to Safeguard Children\n\n## Chapter 1: A shared responsibility\n\n40\. Local authorities/);
    // Numbering continues across the bullets, headings and the unnumbered paragraph in between.
    expect(r.markdown).toContain('\n46. ');
    expect(r.markdown).toContain('\n52. ');
    expect(r.markdown).toContain('| Role | Responsibility |');
  });

  it('reads a DOCX named .pdf as a DOCX (the bytes are unambiguous)', async () => {
    const path = scratch.at('misnamed.pdf');
    await writeFile(path, await markdownToDocx('# Title\n\n7. Only paragraph.\n'));
    const r = await readInput(path);
    expect(r.format).toBe('docx');
    expect(blocksOf(r.markdown)).toEqual(['h1 Title', '7. Only paragraph.']);
  });

  it('rejects a corrupt DOCX with one line', async () => {
    const good = await markdownToDocx('# Title\n');
    const path = scratch.at('broken.docx');
    await writeFile(path, good.subarray(0, Math.floor(good.length / 2)));
    await expect(readInput(path)).rejects.toThrow(/^cannot read .*broken\.docx: not a readable Word \(DOCX\) document/);
  });
});
