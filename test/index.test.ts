// The public surface is a contract: adding is fine, removing breaks users.
import { expect, it } from 'vitest';
import * as api from '../src/index.js';

it('exports exactly the documented API', () => {
  expect(Object.keys(api).sort()).toEqual([
    'DocumentLimitError', 'FORMATS', 'GitError', 'InputError', 'InputFileError', 'RoleFileError', 'SCHEMA_VERSION', 'TAGS', 'TAG_NAMES', 'Timings', 'UsageError', 'WtdiffError',
    'analyseSentence', 'buildHistory', 'buildLexicon', 'buildRedline', 'compare', 'compareAligned', 'compareDecisions', 'compareDocuments', 'compareEditions', 'defaultRoles', 'editionParagraphs', 'listDecisions', 'loadRenderer', 'parseDocument', 'parseEdition', 'readBytes', 'readInput', 'redlineDocx', 'renderDocx', 'renderers', 'sourceMapOf', 'validateRoleFile',
  ]);
});

it('reads a file and compares it as the CLI does, with the error type it throws', async () => {
  const old = await api.readInput('guidance/wt-2015.md');
  const neu = await api.readInput('guidance/wt-2018.md');
  const timings = new api.Timings();
  const c = api.compareDocuments(api.parseEdition(old.markdown, 'wt-2015'), api.parseEdition(neu.markdown, 'wt-2018'), { timings, oldSource: api.sourceMapOf(old), newSource: api.sourceMapOf(neu) });
  expect(c.summary.byTag['role-removed']).toBe(6);
  expect(Object.keys(api.renderers)).toEqual([...api.FORMATS]);
  await expect(api.readInput('no-such-file.md')).rejects.toBeInstanceOf(api.WtdiffError);
});

it('compare() returns a Comparison with the JSON contract fields', () => {
  const c = api.compare('## A\n\nThe manager must agree the plan.\n', '## A\n\nThe manager should agree the plan.\n');
  expect(c.changes[0]).toMatchObject({ kind: 'changed', tags: ['duty-weakened', 'wording'], roles: { removed: [], added: [] }, old: { section: ['A'], line: 3, column: 1 } });
  expect(c.changes[0]!.id).toMatch(/^wt-[0-9a-f]{12}$/);
});
