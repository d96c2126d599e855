import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { TAG_NAMES } from '../../src/tags.js';
import { checkConfig, CONFIG_FILES, ConfigError, findConfig } from '../../src/check/config.js';

let base: string;
let n = 0;
beforeAll(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'wtdiff-config-')));
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

/** A fresh directory tree: { 'a/b/wtdiff.config.json': '…', 'a/b/c/': '' } (a trailing / makes a directory). */
async function tree(files: Record<string, string>): Promise<string> {
  const root = join(base, `t${++n}`);
  await mkdir(root);
  for (const [name, content] of Object.entries(files)) {
    const p = join(root, name);
    if (name.endsWith('/')) await mkdir(p, { recursive: true });
    else {
      await mkdir(dirname(p), { recursive: true });
      await writeFile(p, content);
    }
  }
  return root;
}

const json = (v: unknown) => JSON.stringify(v);

describe('CONFIG_FILES', () => {
  it('looks for wtdiff.config.json, then .wtdiffrc.json, then package.json', () => {
    expect(CONFIG_FILES).toEqual(['wtdiff.config.json', '.wtdiffrc.json', 'package.json']);
  });
});

describe('checkConfig', () => {
  const file = '/repo/conf/wtdiff.config.json';

  it('resolves roles, accepted and paths against the file’s directory and keeps base as given', () => {
    expect(checkConfig({ roles: 'roles.json', accepted: '../.accepted.json', paths: ['docs', '/abs/x', 'a/../b'], base: 'origin/main' }, file)).toEqual({
      filepath: file,
      roles: '/repo/conf/roles.json',
      accepted: '/repo/.accepted.json',
      paths: ['/repo/conf/docs', '/abs/x', '/repo/conf/b'],
      base: 'origin/main',
    });
  });

  it('gives only the file for an empty configuration, and allows a $schema key', () => {
    expect(checkConfig({}, file)).toEqual({ filepath: file });
    expect(checkConfig({ $schema: './schema/config.schema.json' }, file)).toEqual({ filepath: file });
  });

  it('splits a comma-separated failOn string, trimming and dropping empty items', () => {
    expect(checkConfig({ failOn: ' role-removed , duty-weakened,,' }, file).failOn).toEqual(['role-removed', 'duty-weakened']);
    expect(checkConfig({ failOn: ['role-added', 'moved'] }, file).failOn).toEqual(['role-added', 'moved']);
  });

  it('rejects unknown tags, naming them and the valid ones', () => {
    expect(() => checkConfig({ failOn: 'role-removed,role-gone,Wording' }, file)).toThrow(
      new ConfigError(`${file}: failOn: unknown tag "role-gone", "Wording"; valid tags: ${TAG_NAMES.join(', ')}`),
    );
    expect(() => checkConfig({ failOn: ['nope'] }, file)).toThrow(`${file}: failOn: unknown tag "nope"; valid tags: `);
  });

  it('rejects a failOn that names no tag at all', () => {
    expect(() => checkConfig({ failOn: ' , ' }, file)).toThrow(`${file}: failOn: unknown tag (none given); valid tags: ${TAG_NAMES.join(', ')}`);
  });

  it('names an unknown key and lists the known ones', () => {
    expect(() => checkConfig({ fail_on: 'role-removed' }, file)).toThrow(`${file}: top level must NOT have additional properties "fail_on" (known: roles, failOn, paths, base, accepted)`);
  });

  it('names the bad entry of a list by index', () => {
    expect(() => checkConfig({ paths: ['ok', 3] }, file)).toThrow(`${file}: paths[1] must be string`);
  });

  it('rejects wrong types and empty strings, naming the key', () => {
    expect(() => checkConfig({ base: 1 }, file)).toThrow(`${file}: base must be string`);
    expect(() => checkConfig({ roles: '' }, file)).toThrow(`${file}: roles must NOT have fewer than 1 characters`);
    expect(() => checkConfig({ failOn: [] }, file)).toThrow(/^\/repo\/conf\/wtdiff\.config\.json: failOn /);
  });

  it('rejects a configuration that is not an object', () => {
    for (const bad of [[], 'x', null, 3]) expect(() => checkConfig(bad, file)).toThrow(`${file}: top level must be object`);
  });

  it('says a package.json configuration is its "wtdiff" key', () => {
    expect(() => checkConfig({ base: 1 }, '/repo/package.json')).toThrow('/repo/package.json ("wtdiff" key): base must be string');
  });

  it('throws ConfigError, a UsageError (exit 2)', () => {
    let err: unknown;
    try {
      checkConfig({ base: 1 }, file);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect(err).toBeInstanceOf(UsageError);
  });
});

describe('findConfig', () => {
  it('finds wtdiff.config.json from a subdirectory, resolving its paths against the file', async () => {
    const root = await tree({ 'wtdiff.config.json': json({ failOn: 'duty-weakened', paths: ['docs'], roles: 'roles.json', base: 'main' }), 'docs/sub/': '' });
    expect(await findConfig(join(root, 'docs', 'sub'), root)).toEqual({
      filepath: join(root, 'wtdiff.config.json'),
      failOn: ['duty-weakened'],
      paths: [join(root, 'docs')],
      roles: join(root, 'roles.json'),
      base: 'main',
    });
  });

  it('finds .wtdiffrc.json', async () => {
    const root = await tree({ '.wtdiffrc.json': json({ base: 'develop' }) });
    expect(await findConfig(root, root)).toEqual({ filepath: join(root, '.wtdiffrc.json'), base: 'develop' });
  });

  it('prefers wtdiff.config.json to .wtdiffrc.json and package.json in the same directory', async () => {
    const root = await tree({ 'wtdiff.config.json': json({ base: 'a' }), '.wtdiffrc.json': json({ base: 'b' }), 'package.json': json({ wtdiff: { base: 'c' } }) });
    expect((await findConfig(root, root))?.base).toBe('a');
  });

  it('takes the nearest file on the way up', async () => {
    const root = await tree({ 'wtdiff.config.json': json({ base: 'outer' }), 'sub/.wtdiffrc.json': json({ base: 'inner' }), 'sub/deeper/': '' });
    const found = await findConfig(join(root, 'sub', 'deeper'), root);
    expect(found).toEqual({ filepath: join(root, 'sub', '.wtdiffrc.json'), base: 'inner' });
  });

  it('reads the "wtdiff" key of package.json, and passes over a package.json without one', async () => {
    const root = await tree({ 'package.json': json({ name: 'x', wtdiff: { failOn: ['role-added'] } }), 'pkg/package.json': json({ name: 'inner' }) });
    expect(await findConfig(join(root, 'pkg'), root)).toEqual({ filepath: join(root, 'package.json'), failOn: ['role-added'] });
  });

  it('gives null when there is no configuration', async () => {
    const root = await tree({ 'a/b/': '', 'package.json': json({ name: 'no-config' }) });
    expect(await findConfig(join(root, 'a', 'b'), root)).toBeNull();
  });

  it('does not look above the repository root', async () => {
    const root = await tree({ 'wtdiff.config.json': json({ base: 'outside' }), 'repo/sub/': '' });
    expect(await findConfig(join(root, 'repo', 'sub'), join(root, 'repo'))).toBeNull();
  });

  it('treats an empty configuration file as none', async () => {
    const root = await tree({ 'wtdiff.config.json': '  \n' });
    expect(await findConfig(root, root)).toBeNull();
  });

  it('reads a file with a byte-order mark', async () => {
    const root = await tree({ 'wtdiff.config.json': `\uFEFF${json({ base: 'main' })}` });
    expect((await findConfig(root, root))?.base).toBe('main');
  });

  it('reports invalid JSON as a ConfigError naming the file', async () => {
    const root = await tree({ 'wtdiff.config.json': '{"base": ' });
    const err = await findConfig(root, root).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toBe(`${join(root, 'wtdiff.config.json')}: not valid JSON`);
  });

  it('validates what it found, naming the file', async () => {
    const root = await tree({ '.wtdiffrc.json': json({ failOn: 'role-gone' }) });
    await expect(findConfig(root, root)).rejects.toThrow(`${join(root, '.wtdiffrc.json')}: failOn: unknown tag "role-gone"`);
    const pkg = await tree({ 'package.json': json({ wtdiff: { extra: true } }) });
    await expect(findConfig(pkg, pkg)).rejects.toThrow(`${join(pkg, 'package.json')} ("wtdiff" key): top level must NOT have additional properties "extra"`);
  });
});
