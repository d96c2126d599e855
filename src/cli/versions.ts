// What `history` and `roles` share: their formats, reading a version, writing the report.
import { Option } from 'commander';
import { parseEdition } from '../pipeline/compare.js';
import { sanitizeOutput } from '../text/sanitize.js';
import type { CliContext } from './context.js';
import { readInput } from '../ingest/index.js';
import { inputLabel } from './compare.js';
import { localFiles, writeOutput } from './output.js';

export interface Common {
  format?: string;
  output?: string;
  color?: boolean;
  roles?: string;
}

export const FORMATS = ['terminal', 'json', 'markdown'];
export const formatOption = (formats: readonly string[] = FORMATS) => new Option('-f, --format <name>', 'output format (default: from the -o extension, else terminal)').choices(formats);

/** Write to --output (never over one of `read`, the files this run read) or stdout. */
export async function emit(ctx: CliContext, flags: Common, rendered: string, read: readonly (string | undefined)[]): Promise<void> {
  const text = sanitizeOutput(rendered, ctx.chalk(flags.color, flags.output === undefined).level > 0);
  if (flags.output !== undefined) await writeOutput(flags.output, text, { inputs: localFiles(read) });
  else ctx.io.stdout.write(text);
}

/** Read and parse one version (a file, URL or standard input), labelled by its file name. */
export async function readDoc(ctx: CliContext, path: string) {
  return parseEdition((await readInput(path, ctx.io.stdin ? { stdin: ctx.io.stdin } : {})).markdown, inputLabel(path));
}
