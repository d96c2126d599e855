// --roles FILE: read (bounded), parse and validate a role lexicon file.
import { buildLexicon, validateRoleFile, type RoleLexicon } from '../classify/lexicon.js';
import { UsageError } from '../errors.js';
import { readJsonFile, type BoundedReadOptions } from '../ingest/local.js';

export async function loadRolesOption(path: string, options: BoundedReadOptions = {}): Promise<RoleLexicon> {
  const data = await readJsonFile(path, `--roles ${options.name ?? path}`, options);
  try {
    return buildLexicon(validateRoleFile(data, `--roles ${options.name ?? path}`));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}
