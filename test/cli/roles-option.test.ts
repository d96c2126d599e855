// Document text in this file is test fixture text, not guidance.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RoleFileError, UsageError } from '../../src/errors.js';
import { InputError } from '../../src/ingest/errors.js';
import type { RoleLexicon } from '../../src/classify/lexicon.js';
import { tokenize } from '../../src/classify/tokens.js';
import { loadRolesOption } from '../../src/cli/roles-option.js';

let dir: string;
let n = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wtdiff-roles-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function rolesFile(content: unknown, raw = false): Promise<string> {
  const p = join(dir, `roles-${++n}.json`);
  await writeFile(p, raw ? String(content) : JSON.stringify(content));
  return p;
}

/** The role ids the lexicon finds in a sentence, left to right. */
const rolesIn = (lex: RoleLexicon, text: string) => lex.matcher.findAll(tokenize(text)).map((m) => m.value);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('loadRolesOption', () => {
  it('adds the file’s roles to the built-in lexicon by default, with their labels', async () => {
    const p = await rolesFile({ roles: [{ id: 'virtual-school-head', label: 'Virtual school head', terms: ['virtual school head', 'virtual school heads'] }] });
    const lex = await loadRolesOption(p);
    expect(lex.label('virtual-school-head')).toBe('Virtual school head');
    expect(lex.label('manager')).toBe('Manager');
    expect(rolesIn(lex, 'The virtual school head should agree it with the social worker.')).toEqual(['virtual-school-head', 'social-worker']);
  });

  it('replaces a built-in role that has the same id', async () => {
    const p = await rolesFile({ extend: true, roles: [{ id: 'manager', label: 'Team leader', terms: ['team leader'] }] });
    const lex = await loadRolesOption(p);
    expect(lex.label('manager')).toBe('Team leader');
    expect(lex.roles.filter((r) => r.id === 'manager')).toHaveLength(1);
    expect(rolesIn(lex, 'Their team leader and their manager agree.')).toEqual(['manager']);
  });

  it('uses only the file’s roles with "extend": false', async () => {
    const p = await rolesFile({ extend: false, roles: [{ id: 'panel', terms: ['panel'] }] });
    const lex = await loadRolesOption(p);
    expect(lex.roles.map((r) => r.id)).toEqual(['panel']);
    expect(lex.label('panel')).toBe('panel');
    expect(rolesIn(lex, 'The social worker and the panel agree.')).toEqual(['panel']);
  });

  it('reads a file with a byte-order mark and CRLF line ends', async () => {
    const p = await rolesFile(`\uFEFF{\r\n"roles": [{"id": "panel", "terms": ["panel"]}]\r\n}\r\n`, true);
    expect((await loadRolesOption(p)).label('panel')).toBe('panel');
  });

  it('reports invalid JSON as a usage error naming the option and file', async () => {
    const p = await rolesFile('{"roles": [', true);
    const err = await loadRolesOption(p).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toBe(`--roles ${p}: not valid JSON`);
  });

  it('reports a schema violation as a usage error naming the entry and its role id', async () => {
    const p = await rolesFile({ roles: [{ id: 'panel', terms: ['panel'] }, { id: 'Bad Id', terms: ['x'] }] });
    const err = await loadRolesOption(p).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect(err).not.toBeInstanceOf(RoleFileError);
    expect((err as Error).message).toMatch(new RegExp(`^--roles ${escape(p)}: roles\\[1\\]\\.id \\(role "Bad Id"\\) must match pattern`));
  });

  it('reports a missing "roles" key and an unknown key', async () => {
    await expect(loadRolesOption(await rolesFile({ role: [] }))).rejects.toThrow(UsageError);
    const p = await rolesFile({ roles: [{ id: 'panel', terms: ['panel'], colour: 'red' }] });
    await expect(loadRolesOption(p)).rejects.toThrow(`--roles ${p}: roles[0] (role "panel") must NOT have additional properties "colour"`);
  });

  it('reports a repeated id', async () => {
    const p = await rolesFile({ roles: [{ id: 'panel', terms: ['panel'] }, { id: 'panel', terms: ['board'] }] });
    await expect(loadRolesOption(p)).rejects.toThrow(new UsageError(`--roles ${p}: roles[1] repeats the id "panel"`));
  });

  it('reports a missing file with the readers’ one-line error', async () => {
    const p = join(dir, 'absent.json');
    const err = await loadRolesOption(p).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(new RegExp(`^cannot read ${escape(p)}: `));
  });
});
