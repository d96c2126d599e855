// Document text in this file is test fixture text, not guidance.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputFileError } from '../../src/errors.js';
import { writeAtomic } from '../../src/cli/output.js';

let base: string;
let n = 0;
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'wtdiff-output-'));
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

async function freshDir(): Promise<string> {
  const d = join(base, `d${++n}`);
  await mkdir(d);
  return d;
}

describe('writeAtomic', () => {
  it('writes the content as UTF-8 and leaves no temporary file beside it', async () => {
    const dir = await freshDir();
    const target = join(dir, 'report.md');
    await writeAtomic(target, '# Report\n\nThe plan — “agreed” 😀\n');
    expect(await readFile(target, 'utf8')).toBe('# Report\n\nThe plan — “agreed” 😀\n');
    expect(await readdir(dir)).toEqual(['report.md']);
  });

  it('replaces an existing file whole', async () => {
    const dir = await freshDir();
    const target = join(dir, 'out.json');
    await writeFile(target, 'an old report that is longer than the new one\n');
    await writeAtomic(target, '{}\n');
    expect(await readFile(target, 'utf8')).toBe('{}\n');
    expect(await readdir(dir)).toEqual(['out.json']);
  });

  it('writes an empty file', async () => {
    const dir = await freshDir();
    await writeAtomic(join(dir, 'empty.txt'), '');
    expect(await readFile(join(dir, 'empty.txt'), 'utf8')).toBe('');
  });

  it('leaves one whole report when two writes race for the same file', async () => {
    const dir = await freshDir();
    const target = join(dir, 'race.txt');
    const a = 'a'.repeat(200_000);
    const b = 'b'.repeat(100_000);
    await Promise.all([writeAtomic(target, a), writeAtomic(target, b)]);
    expect([a, b]).toContain(await readFile(target, 'utf8'));
    expect(await readdir(dir)).toEqual(['race.txt']);
  });

  it('says "no such directory" when the directory does not exist', async () => {
    const target = join(base, 'missing-dir', 'report.md');
    const err = await writeAtomic(target, 'x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputFileError);
    expect((err as Error).message).toBe(`cannot write ${target}: no such directory`);
  });

  it('says "it is a directory" for a directory, leaves it alone and cleans up its temporary file', async () => {
    const dir = await freshDir();
    const target = join(dir, 'taken');
    await mkdir(target);
    await writeFile(join(target, 'inside.txt'), 'kept');
    const err = await writeAtomic(target, 'x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputFileError);
    expect((err as Error).message).toBe(`cannot write ${target}: it is a directory`);
    expect(await readdir(dir)).toEqual(['taken']);
    expect(await readFile(join(target, 'inside.txt'), 'utf8')).toBe('kept');
  });
});
