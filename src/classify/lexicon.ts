// The role lexicon: canonical role ids and the literal phrases that name them.
// The default lives in data/roles.json; users extend or replace it with --roles.
// Every file is validated against schema/roles.schema.json before use, and an
// error names the entry that is wrong.
import type { ErrorObject, ValidateFunction } from 'ajv';
import { createRequire } from 'node:module';
import { RoleFileError } from '../errors.js';
import type { RoleDefinition, RoleFile } from '../types.js';
import { BUILT_IN_ROLES } from '../role-names.js';
import rolesSchema from '../../schema/roles.schema.json' with { type: 'json' };
import { PhraseMatcher } from './tokens.js';

export interface RoleLexicon {
  roles: RoleDefinition[];
  matcher: PhraseMatcher<string>;
  label(id: string): string;
}

export { RoleFileError };

// ajv is loaded and the schema compiled only when a user's file is validated:
// a plain comparison should not pay for it at start-up.
let validator: ValidateFunction<RoleFile> | undefined;
/** How the schema is compiled: here, and for the browser app when it is built (scripts/build-app.mjs). */
export const ROLES_AJV_OPTIONS = { allErrors: false, strict: false } as const;
function validateRoles(data: unknown): data is RoleFile {
  if (!validator) {
    const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
    validator = new Ajv(ROLES_AJV_OPTIONS).compile<RoleFile>(rolesSchema);
  }
  return validator(data);
}

/** Check a parsed roles file; throws RoleFileError naming the bad entry. */
export function validateRoleFile(data: unknown, source = 'roles file'): RoleFile {
  if (validateRoles(data)) {
    const seen = new Set<string>();
    data.roles.forEach((r, i) => {
      if (seen.has(r.id)) throw new RoleFileError(`${source}: roles[${i}] repeats the id "${r.id}"`);
      seen.add(r.id);
    });
    return data;
  }
  throw new RoleFileError(`${source}: ${describe(validator?.errors?.[0] ?? undefined, data)}`);
}

function describe(err: ErrorObject | undefined, data: unknown): string {
  if (!err) return 'invalid';
  const where = err.instancePath ? err.instancePath.slice(1).replace(/\/(\d+)/g, '[$1]').replace(/\//g, '.') : 'top level';
  let entry = '';
  const m = /^\/roles\/(\d+)/.exec(err.instancePath);
  if (m && typeof data === 'object' && data && Array.isArray((data as RoleFile).roles)) {
    const r = (data as RoleFile).roles[Number(m[1])] as unknown;
    if (r && typeof r === 'object' && 'id' in r && typeof r.id === 'string') entry = ` (role "${r.id}")`;
  }
  const extra = err.keyword === 'additionalProperties' ? ` "${String(err.params['additionalProperty'])}"` : '';
  if (err.keyword === 'pattern' && where.endsWith('.label')) return `${where}${entry} must not contain control characters, line breaks or bidirectional overrides`;
  return `${where}${entry} ${err.message ?? 'is invalid'}${extra}`;
}

export function buildLexicon(file: RoleFile = BUILT_IN_ROLES): RoleLexicon {
  const roles = file.extend === false || file === BUILT_IN_ROLES ? file.roles : mergeRoles(BUILT_IN_ROLES.roles, file.roles);
  const matcher = new PhraseMatcher<string>();
  for (const r of roles) for (const t of r.terms) matcher.add(t, r.id);
  const labels = new Map(roles.map((r) => [r.id, r.label ?? r.id]));
  return { roles, matcher, label: (id) => labels.get(id) ?? id };
}

function mergeRoles(base: RoleDefinition[], extra: RoleDefinition[]): RoleDefinition[] {
  const byId = new Map(base.map((r) => [r.id, r]));
  for (const r of extra) byId.set(r.id, r);
  return [...byId.values()];
}

let defaultLexicon: RoleLexicon | undefined;
export function defaultRoles(): RoleLexicon {
  return (defaultLexicon ??= buildLexicon());
}
