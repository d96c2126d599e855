// Which format a command writes: --format when given, else what the -o file's extension says
// (report.html → html), else the terminal view. A file never gets colour (see CliContext.chalk).
import { extname } from 'node:path';
import { UsageError } from '../errors.js';

const BY_EXTENSION: Record<string, string> = {
  '.html': 'html',
  '.htm': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.json': 'json',
  '.sarif': 'sarif',
  '.docx': 'docx',
};

/**
 * The format for this run. An extension that names a format the command cannot write (a
 * `.sarif` file from `compare`) is an error rather than a terminal view under that name;
 * any other extension (`.txt`, `.log`) gets the plain terminal view.
 */
export function chooseOutputFormat(flag: string | undefined, output: string | undefined, formats: readonly string[], fallback = 'terminal'): string {
  if (flag !== undefined) return flag;
  if (output === undefined || output === '-') return fallback;
  const named = BY_EXTENSION[extname(output).toLowerCase()];
  if (named === undefined) return fallback;
  if (!formats.includes(named)) {
    throw new UsageError(`-o ${output}: this command cannot write ${named} (it writes ${formats.join(', ')}); give --format to choose one`);
  }
  return named;
}
