// The public surface is a contract: adding is fine, removing breaks users.
import { expect, it } from 'vitest';
import * as api from '../src/index.js';

it('exports exactly the documented API', () => {
  expect(Object.keys(api).sort()).toEqual(['FORMATS', 'SCHEMA_VERSION', 'TAGS', 'TAG_NAMES', 'analyseSentence', 'buildLexicon', 'compare', 'compareDocuments', 'defaultRoles', 'loadRenderer', 'parseDocument', 'renderers', 'validateRoleFile']);
});

it('compare() returns a Comparison with the JSON contract fields', () => {
  const c = api.compare('## A\n\nThe manager must agree the plan.\n', '## A\n\nThe manager should agree the plan.\n');
  expect(c.changes[0]).toMatchObject({ kind: 'changed', tags: ['duty-weakened', 'wording'], roles: { removed: [], added: [] }, old: { section: ['A'], line: 3, column: 1 } });
  expect(c.changes[0]!.id).toMatch(/^wt-[0-9a-f]{12}$/);
});
