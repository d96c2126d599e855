// --roles FILE: read, parse and validate a role lexicon file.
import { buildLexicon, validateRoleFile, type RoleLexicon } from '../classify/lexicon.js';
import { UsageError } from '../errors.js';
import { readTextFile } from './read-input.js';

export async function loadRolesOption(path: string): Promise<RoleLexicon> {
  const text = await readTextFile(path);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`--roles ${path}: not valid JSON (${(err as Error).message})`);
  }
  try {
    return buildLexicon(validateRoleFile(data, `--roles ${path}`));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}
