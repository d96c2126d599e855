// The markdown and text readers: decoding (BOM, CRLF, strict UTF-8) and plain text made markdown.
import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/ingest/index.js';
import { decodeText } from '../../src/ingest/sniff.js';
import { blocksOf, guidanceMarkdown, scratchDir } from '../support/documents.js';

const scratch = scratchDir();
const file = scratch.file;

describe('markdown and text decoding', () => {
  it('strips a UTF-8 BOM and turns CRLF into LF', async () => {
    const path = await file('bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('# Title\r\n\r\n42. Text\r\n')]));
    const r = await readInput(path);
    expect(r.format).toBe('markdown');
    expect(r.markdown).toBe('# Title\n\n42. Text\n');
  });

  it('passes markdown through unchanged', async () => {
    const md = guidanceMarkdown({ table: true });
    const r = await readInput(await file('g.markdown', md));
    expect(r.markdown).toBe(md);
  });

  it('rejects invalid UTF-8 with one clear line', async () => {
    const path = await file('latin1.md', Buffer.from([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a]));
    await expect(readInput(path)).rejects.toThrow(/^cannot read .*latin1\.md: not valid UTF-8 text \(at byte 5\)/);
  });

  it('rejects NUL bytes as binary', () => {
    expect(() => decodeText('x.txt', Uint8Array.from([0x41, 0x00, 0x42]))).toThrow(/binary data \(NUL byte at offset 1\)/);
  });

  it('reads plain text: blank-line paragraphs, joined lines, labels kept', async () => {
    const text = [
      'Working Together to Safeguard Children',
      '',
      'Chapter 1',
      '',
      '42. The social worker should discuss the case',
      'with their manager and record the decision.',
      '',
      '43. Practitioners should agree a plan',
      'with the family.',
      '',
      '1.3 The lead practitioner reviews the plan.',
      '',
      'The following apply:',
      '- children are at the centre',
      '- parents are partners',
      '',
      '45. A later paragraph, after a gap in the numbering.',
      '',
    ].join('\r\n');
    const r = await readInput(await file('g.txt', text));
    expect(r.format).toBe('text');
    expect(blocksOf(r.markdown)).toEqual([
      'h2 Working Together to Safeguard Children',
      'h2 Chapter 1',
      '42. The social worker should discuss the case with their manager and record the decision.',
      '43. Practitioners should agree a plan with the family.',
      'p 1.3 The lead practitioner reviews the plan.',
      'p The following apply:',
      '- children are at the centre',
      '- parents are partners',
      '45. A later paragraph, after a gap in the numbering.',
    ]);
    expect(r.markdown).toContain('42. The social worker should discuss the case with their manager and record the decision.\n');
    expect(r.markdown).toContain('\n45. A later paragraph');
  });
});
