// `wtdiff OLD NEW --format docx -o FILE`, and the format inferred from `-o FILE.docx`; the built
// bin writes the same redline to a pipe; a Word file is never printed on a terminal.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDocx, paragraphsAfter } from '../support/docx-revisions.js';
import { BIN, GUIDANCE, runCli, runMain } from '../support/cli.js';
import { scratchDir } from '../support/documents.js';

const OLD = join(GUIDANCE, 'wt-2015.md');
const NEW = join(GUIDANCE, 'wt-2018.md');
const scratch = scratchDir();

async function accepted(path: string): Promise<string[]> {
  return paragraphsAfter(await (await openDocx(readFileSync(path))).part('word/document.xml'), 'accept');
}

describe('compare --format docx', () => {
  it('writes the redline to -o, the format inferred from .docx, with the exit code of any compare', async () => {
    const out = scratch.at('changes.docx');
    const r = await runMain([OLD, NEW, '-o', out]);
    expect(r).toMatchObject({ code: 1, stdout: '', stderr: '' });
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const text = await accepted(out);
    expect(text[0]).toBe('Working Together to Safeguard Children (2018)');
    expect(text.join('\n')).toContain('Practitioners working with children should always have access to colleagues');
  });

  it('refuses to print a Word file on a terminal, and says how to write one', async () => {
    const r = await runMain([OLD, NEW, '--format', 'docx'], {}, { stdoutTTY: true });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('-o FILE.docx');
    expect(r.stdout).toBe('');
  });

  it('the built bin writes the same document to a pipe as to -o', async () => {
    const file = scratch.at('bin.docx');
    expect((await runCli([OLD, NEW, '-o', file])).code).toBe(1);
    const piped = spawnSync(process.execPath, [BIN, OLD, NEW, '--format', 'docx'], { encoding: 'buffer' });
    expect(piped.status).toBe(1);
    writeFileSync(scratch.at('piped.docx'), piped.stdout);
    expect(await accepted(scratch.at('piped.docx'))).toEqual(await accepted(file));
  });

  it('lists docx among the formats in its help', async () => {
    const help = await runMain(['compare', '--help']);
    expect(help.stdout).toMatch(/"docx"/);
  });
});
