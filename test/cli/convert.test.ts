// `wtdiff convert` through the CLI core (main) in-process.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../support/documents.js';
import { runMain } from '../support/cli.js';

const scratch = scratchDir();

describe('wtdiff convert', () => {
  it('prints the markdown the comparison sees', async () => {
    const input = scratch.at('page.html');
    await writeFile(input, '<html><body><nav>Menu</nav><main><h1>Title</h1><p>42. Text.</p></main></body></html>');
    const r = await runMain(['convert', input]);
    expect(r).toEqual({ code: 0, stdout: '# Title\n\n42. Text.\n', stderr: '' });
  });

  it('writes -o atomically, leaving no temp file', async () => {
    const input = scratch.at('notes.txt');
    await writeFile(input, '42. The social worker\nrecords it.\n');
    const output = scratch.at('out.md');
    await writeFile(output, 'old content');
    const r = await runMain(['convert', input, '-o', output]);
    expect(r.code).toBe(0);
    expect(await readFile(output, 'utf8')).toBe('42. The social worker records it.\n');
    expect(r.stdout).toBe('');
    expect((await readdir(scratch.path)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('exits 2 with one line on bad input', async () => {
    const input = scratch.at('junk.pdf');
    await writeFile(input, Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00]));
    const r = await runMain(['convert', input]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^wtdiff: cannot read .*junk\.pdf: not a PDF: the content is binary data[^\n]*\n$/);
    expect(r.stdout).toBe('');
  });

  it('exits 2 when the output cannot be written', async () => {
    const input = scratch.at('ok.md');
    await writeFile(input, '# Title\n');
    const r = await runMain(['convert', input, '-o', scratch.at('no/such/dir/out.md')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^wtdiff: cannot write .*out\.md: no such directory\n$/);
  });
});
