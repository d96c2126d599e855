import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConvert } from '../../src/cli/convert.js';
import { tempDir } from './fixtures.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterAll(async () => cleanup());

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('wtdiff convert', () => {
  it('prints the markdown the comparison sees', async () => {
    const input = join(dir, 'page.html');
    await writeFile(input, '<html><body><nav>Menu</nav><main><h1>Title</h1><p>42. Text.</p></main></body></html>');
    const out = capture();
    const err = capture();
    expect(await runConvert(input, {}, { stdout: out.stream, stderr: err.stream })).toBe(0);
    expect(out.text()).toBe('# Title\n\n42. Text.\n');
    expect(err.text()).toBe('');
  });

  it('writes -o atomically, leaving no temp file', async () => {
    const input = join(dir, 'notes.txt');
    await writeFile(input, '42. The social worker\nrecords it.\n');
    const output = join(dir, 'out.md');
    await writeFile(output, 'old content');
    const out = capture();
    expect(await runConvert(input, { output }, { stdout: out.stream })).toBe(0);
    expect(await readFile(output, 'utf8')).toBe('42. The social worker records it.\n');
    expect(out.text()).toBe('');
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('exits 2 with one line on bad input', async () => {
    const input = join(dir, 'junk.pdf');
    await writeFile(input, Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00]));
    const out = capture();
    const err = capture();
    expect(await runConvert(input, {}, { stdout: out.stream, stderr: err.stream })).toBe(2);
    expect(err.text()).toMatch(/^wtdiff: cannot read .*junk\.pdf: not a PDF: the content is binary data[^\n]*\n$/);
    expect(out.text()).toBe('');
  });

  it('exits 2 when the output cannot be written', async () => {
    const input = join(dir, 'ok.md');
    await writeFile(input, '# Title\n');
    const err = capture();
    expect(await runConvert(input, { output: join(dir, 'no', 'such', 'dir', 'out.md') }, { stdout: capture().stream, stderr: err.stream })).toBe(2);
    expect(err.text()).toMatch(/^wtdiff: cannot write .*out\.md: no such directory\n$/);
  });
});
