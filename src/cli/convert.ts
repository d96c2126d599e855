// `wtdiff convert FILE|URL [-o out.md]`: print the markdown the comparison sees.
// Independent of commander: the CLI wiring calls runConvert and uses its return value as the exit code.

import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { readInput } from '../ingest/index.js';
import { InputError } from '../ingest/errors.js';
import type { ReadOptions } from '../ingest/types.js';

export interface ConvertOptions extends ReadOptions {
  /** Write here (atomically) instead of stdout. */
  output?: string;
}

export interface ConvertIo {
  stdout: NodeJS.WritableStream;
  /** Where `wtdiff: <message>` goes on failure; defaults to process.stderr. */
  stderr?: NodeJS.WritableStream;
}

/** 0 on success; 2 (with `wtdiff: <message>` on stderr) when the input cannot be read or the output written. */
export async function runConvert(source: string, opts: ConvertOptions, io: ConvertIo): Promise<number> {
  const stderr = io.stderr ?? process.stderr;
  try {
    const readOptions: ReadOptions = {};
    if (opts.timeoutMs !== undefined) readOptions.timeoutMs = opts.timeoutMs;
    if (opts.maxBytes !== undefined) readOptions.maxBytes = opts.maxBytes;
    const { markdown } = await readInput(source, readOptions);
    if (opts.output !== undefined && opts.output !== '-') {
      await writeAtomically(opts.output, markdown);
    } else {
      await write(io.stdout, markdown);
    }
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      stderr.write(`wtdiff: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error?: Error | null) => (error ? reject(error) : resolve()));
  });
}

/** Temp file in the same directory, then rename: readers never see half a file. */
export async function writeAtomically(path: string, content: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, content, 'utf8');
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    const code = (error as { code?: string } | null)?.code;
    throw new InputError(`cannot write ${path}: ${code === 'ENOENT' ? 'no such directory' : code === 'EACCES' ? 'permission denied' : error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
