// Sniffing: the bytes have the last word over a lying extension or content type.
import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/ingest/index.js';
import { InputError } from '../../src/ingest/errors.js';
import { chooseFormat, sniff } from '../../src/ingest/sniff.js';
import { scratchDir } from '../support/documents.js';

const scratch = scratchDir();
const file = scratch.file;

describe('sniffing and lying extensions', () => {
  it('recognises formats by their bytes', () => {
    expect(sniff(Buffer.from('%PDF-1.7\n'))).toBe('pdf');
    expect(sniff(Buffer.from('\ufeff<!DOCTYPE html><html>'))).toBe('html');
    expect(sniff(Buffer.from('  <html lang="en">'))).toBe('html');
    expect(sniff(Buffer.from('# Title\n'))).toBe('text');
    expect(sniff(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toBe('binary');
    expect(sniff(Buffer.from('PK\x03\x04junk'))).toBe('zip');
  });

  it('reads an HTML page named .md as HTML', async () => {
    const r = await readInput(await file('page.md', '<!doctype html><html><body><nav>Menu</nav><main><h1>Title</h1><p>42. Text here.</p></main></body></html>'));
    expect(r.format).toBe('html');
    expect(r.markdown).toBe('# Title\n\n42. Text here.\n');
  });

  it('rejects binary junk named .pdf with one line', async () => {
    const path = await file('junk.pdf', Uint8Array.from({ length: 512 }, (_, i) => (i * 37 + 11) % 256));
    const error = await readInput(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).exitCode).toBe(2);
    expect((error as InputError).message).toMatch(/^cannot read .*junk\.pdf: not a PDF: the content is binary data/);
    expect((error as InputError).message).not.toContain('\n');
  });

  it('rejects an HTML page saved as .pdf and a text file named .docx', async () => {
    await expect(readInput(await file('saved.pdf', '<!DOCTYPE html><html><body>404</body></html>'))).rejects.toThrow(/not a PDF: the content is an HTML page/);
    await expect(readInput(await file('notes.docx', 'just some notes\n'))).rejects.toThrow(/not a Word \(DOCX\) document: the content is plain text/);
  });

  it('rejects a ZIP that is not a Word document', () => {
    expect(() => chooseFormat('a.docx', Buffer.from('PK\x03\x04\x14\x00content.xml'), 'docx')).toThrow(/ZIP archive but not a Word/);
  });

  it('reports missing files, directories and empty PDF or DOCX files; an empty text file is an empty document', async () => {
    await expect(readInput(scratch.at('nope.md'))).rejects.toThrow(/nope\.md: no such file$/);
    await mkdir(scratch.at('sub'), { recursive: true });
    await expect(readInput(scratch.at('sub'))).rejects.toThrow(/sub: it is a directory$/);
    await expect(readInput(await file('empty.pdf', ''))).rejects.toThrow(/empty\.pdf: the file is empty$/);
    expect((await readInput(await file('empty.md', ''))).markdown.trim()).toBe('');
  });

  it('enforces the size limit on files', async () => {
    await expect(readInput(await file('big.md', 'x'.repeat(2048)), { maxBytes: 1024 })).rejects.toThrow(/larger than the 1 KB limit/);
  });
});
