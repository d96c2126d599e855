// The configuration file, found like other tools find theirs: from
// the working directory up to the repository root, wtdiff.config.json,
// .wtdiffrc.json or a "wtdiff" key in package.json. Validated against
// schema/config.schema.json; an error names the bad entry. Paths in it are
// resolved against the file's own directory.
import { lstat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import configSchema from '../../schema/config.schema.json' with { type: 'json' };
import { UsageError } from '../errors.js';
import { isKnownTag, TAG_NAMES } from '../tags.js';
import { readTextFile } from '../ingest/local.js';
import { parseJson } from '../text/json.js';
import { resolveInside } from './inside.js';

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

/** A configuration file that cannot be read or does not match schema/config.schema.json. */
export class ConfigError extends UsageError {
  override readonly name = 'ConfigError';
}

/**
 * Search from `cwd` up to `stopDir` (the repository root); null when there is no
 * configuration. Written here rather than with a discovery library because every
 * candidate must be read safely: bounded, and never through a symlink that leaves the
 * repository (a pull request can add one).
 */
export async function findConfig(cwd: string, stopDir: string): Promise<CheckConfig | null> {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const place of CONFIG_FILES) {
      const filepath = join(dir, place);
      const text = await readCandidate(filepath, stopDir);
      if (text === undefined) continue;
      if (place === 'package.json') {
        const pkg = parseConfigJson(text, filepath);
        const key = pkg && typeof pkg === 'object' ? (pkg as Record<string, unknown>)['wtdiff'] : undefined;
        if (key !== undefined && key !== null) return checkConfig(key, filepath);
        continue;
      }
      if (text.trim() === '') return null;
      return checkConfig(parseConfigJson(text, filepath), filepath);
    }
    if (dir === stopDir || dir === dirname(dir)) return null;
  }
}

function parseConfigJson(text: string, filepath: string): unknown {
  try {
    return parseJson(text, filepath);
  } catch (err) {
    throw new ConfigError((err as Error).message);
  }
}

/** The text of a candidate file; undefined when there is none. */
async function readCandidate(filepath: string, root: string): Promise<string | undefined> {
  try {
    await lstat(filepath);
  } catch {
    return undefined;
  }
  const real = await resolveInside(root, filepath, 'configuration');
  try {
    return await readTextFile(real, { name: filepath, regularOnly: true });
  } catch (err) {
    throw new ConfigError(`cannot read configuration: ${(err as Error).message}`);
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
