// The configuration file, found like other tools find theirs (lilconfig): from
// the working directory up to the repository root, wtdiff.config.json,
// .wtdiffrc.json or a "wtdiff" key in package.json. Validated against
// schema/config.schema.json; an error names the bad entry. Paths in it are
// resolved against the file's own directory.
import { dirname, resolve } from 'node:path';
import { lilconfig, type LilconfigResult } from 'lilconfig';
import { Ajv, type ErrorObject } from 'ajv';
import configSchema from '../../schema/config.schema.json' with { type: 'json' };
import { UsageError } from '../errors.js';
import { isKnownTag, TAG_NAMES } from '../tags.js';

export const CONFIG_FILES = ['wtdiff.config.json', '.wtdiffrc.json', 'package.json'];

export interface RawConfig {
  roles?: string;
  failOn?: string | string[];
  paths?: string[];
  base?: string;
  accepted?: string;
}

/** The configuration with paths made absolute. */
export interface CheckConfig {
  /** The file it came from. */
  filepath: string;
  roles?: string;
  failOn?: string[];
  paths?: string[];
  base?: string;
  accepted?: string;
}

const ajv = new Ajv({ allErrors: false, strict: false });
const validateConfig = ajv.compile<RawConfig>(configSchema);

export class ConfigError extends UsageError {}

/** Search from `cwd` up to `stopDir` (the repository root); null when there is no configuration. */
export async function findConfig(cwd: string, stopDir: string): Promise<CheckConfig | null> {
  let found: LilconfigResult;
  try {
    found = await lilconfig('wtdiff', {
      searchPlaces: CONFIG_FILES,
      stopDir,
      cache: false,
      loaders: { '.json': (filepath: string, content: string) => parseJson(filepath, content) },
    }).search(cwd);
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new ConfigError(`cannot read configuration: ${(err as Error).message}`);
  }
  if (!found || found.isEmpty) return null;
  return checkConfig(found.config, found.filepath);
}

function parseJson(filepath: string, content: string): unknown {
  try {
    return JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ConfigError(`${filepath}: not valid JSON (${(err as Error).message})`);
  }
}

/** Validate a parsed configuration; paths resolved against the file's directory. */
export function checkConfig(data: unknown, filepath: string): CheckConfig {
  const where = filepath.endsWith('package.json') ? `${filepath} ("wtdiff" key)` : filepath;
  if (!validateConfig(data)) throw new ConfigError(`${where}: ${describe(validateConfig.errors?.[0])}`);
  const dir = dirname(filepath);
  const out: CheckConfig = { filepath };
  if (data.failOn !== undefined) {
    const tags = typeof data.failOn === 'string' ? data.failOn.split(',').map((t) => t.trim()).filter(Boolean) : data.failOn;
    const bad = tags.filter((t) => !isKnownTag(t));
    if (bad.length || !tags.length) throw new ConfigError(`${where}: failOn: unknown tag ${bad.length ? `"${bad.join('", "')}"` : '(none given)'}; valid tags: ${TAG_NAMES.join(', ')}`);
    out.failOn = tags;
  }
  if (data.roles !== undefined) out.roles = resolve(dir, data.roles);
  if (data.accepted !== undefined) out.accepted = resolve(dir, data.accepted);
  if (data.paths !== undefined) out.paths = data.paths.map((p) => resolve(dir, p));
  if (data.base !== undefined) out.base = data.base;
  return out;
}

function describe(err: ErrorObject | undefined): string {
  if (!err) return 'invalid';
  const where = err.instancePath ? err.instancePath.slice(1).replace(/\/(\d+)/g, '[$1]').replace(/\//g, '.') : 'top level';
  const extra = err.keyword === 'additionalProperties' ? ` "${String(err.params['additionalProperty'])}" (known: roles, failOn, paths, base, accepted)` : '';
  return `${where} ${err.message ?? 'is invalid'}${extra}`;
}
