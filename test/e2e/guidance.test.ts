// End to end on the bundled guidance: what BASW had to assemble by hand in 2018.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import schema from '../../schema/comparison.schema.json' with { type: 'json' };
import type { Comparison } from '../../src/types.js';
import { GUIDANCE, runMain } from '../support/cli.js';

const OLD = join(GUIDANCE, 'wt-2015.md');
const NEW = join(GUIDANCE, 'wt-2018.md');

describe('guidance 2015 → 2018', async () => {
  const run = await runMain([OLD, NEW, '--format', 'json']);
  const cmp = JSON.parse(run.stdout) as Comparison;
  const roleChanges = cmp.changes.filter((c) => c.roles.removed.length || c.roles.added.length);

  it('exits 1 because there are changes, and the JSON validates against the schema', () => {
    expect(run.code).toBe(1);
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(cmp), JSON.stringify(validate.errors)).toBe(true);
  });

  it('a filtered JSON (--only) validates too, with its options, filter and each side\'s place in the file', async () => {
    const only = JSON.parse((await runMain([OLD, NEW, '--format', 'json', '--only', 'role-removed'])).stdout) as Comparison & { options: unknown };
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(only), JSON.stringify(validate.errors)).toBe(true);
    expect(only.options).toEqual({ only: ['role-removed'], all: false });
    expect(only.filter?.total.changes).toBe(cmp.changes.length);
    expect(only.documents.old.format).toBe('markdown');
    for (const c of only.changes) expect(c.old!.sourceLine).toBe(c.old!.line);
  });

  it('reports exactly the six manager changes of the "Changes in full" table', () => {
    expect(roleChanges).toHaveLength(6);
    for (const c of roleChanges) expect(c.roles.removed).toEqual(['manager']);
    const decisions = roleChanges.map((c) => c.roleEvents.find((e) => e.change === 'removed')!.decision);
    expect(decisions).toEqual([
      'judgements to be made',
      'agree a plan of action',
      'consider the need for further action',
      'review the plan for the child',
      'talk through their concerns',
      'be involved in the strategy discussion',
    ]);
  });

  it('reports "a manager" → "colleagues" as a substitution, the other five as removals', () => {
    const subs = roleChanges.filter((c) => c.tags.includes('role-substituted'));
    expect(subs).toHaveLength(1);
    expect(subs[0]!.roles).toEqual({ removed: ['manager'], added: ['colleague'] });
    expect(subs[0]!.tags).toEqual(expect.arrayContaining(['role-removed', 'role-added']));
    expect(subs[0]!.roleEvents.map((e) => e.trigger)).toEqual(['a manager', 'colleagues']);
    expect(roleChanges.filter((c) => !c.tags.includes('role-substituted') && c.tags.includes('role-removed'))).toHaveLength(5);
  });

  it('reports professional → practitioner once, as terminology, never as a role change', () => {
    expect(cmp.terminology).toEqual([{ from: 'professional', to: 'practitioner', count: 5 }]);
    const termOnly = cmp.changes.filter((c) => c.tags.length === 1 && c.tags[0] === 'terminology');
    expect(termOnly.map((c) => c.new!.text)).toEqual([
      'Effective practitioner supervision can play a critical role in ensuring a clear focus on a child’s welfare.',
      'Supervision should support practitioners to reflect critically on the impact of their decisions on the child and their family.',
    ]);
    for (const c of cmp.changes) expect(c.roles.removed).not.toContain('professional');
  });

  it('tags a change that also renames professional → practitioner with terminology beside its other tags', () => {
    const alongside = cmp.changes.filter((c) => c.tags.includes('terminology') && c.tags.length > 1);
    expect(alongside.map((c) => c.new!.text)).toEqual([
      'Where the outcome of the assessment is continued local authority children’s social care involvement, the social worker should agree a plan of action with other practitioners and discuss this with the child and their family.',
      'Practitioners working with children should always have access to colleagues to talk through their concerns and judgments affecting the welfare of the child.',
      'A local authority social worker, health practitioners and a police representative should, as a minimum, be involved in the strategy discussion.',
    ]);
    for (const c of alongside) {
      expect(c.tags).toContain('role-removed');
      expect(c.terminology).toEqual(['professional → practitioner']);
    }
  });

  it('treats judgements → judgments as editorial', () => {
    const withJudgment = cmp.changes.filter((c) => c.new?.text.includes('judgments'));
    expect(withJudgment).toHaveLength(2);
    for (const c of withJudgment) expect(c.editorial).toContain('judgements → judgments');
    expect(cmp.terminology.map((t) => t.from)).not.toContain('judgement');
  });

  it('gives each change its heading path and line', () => {
    const plan = roleChanges[1]!;
    expect(plan.old!.section).toEqual(['Working Together to Safeguard Children (2015)', 'Progressing assessments and reviewing plans']);
    expect(plan.new!.section.at(-1)).toBe('Progressing assessments and reviewing plans');
    expect(plan.new!.line).toBe(9);
    expect(plan.new!.column).toBe(1);
  });

  it('gives the same ids on every run', async () => {
    const again = JSON.parse((await runMain([OLD, NEW, '--format', 'json'])).stdout) as Comparison;
    expect(again.changes.map((c) => c.id)).toEqual(cmp.changes.map((c) => c.id));
  });
});

describe('guidance 2015 → 2017 consultation draft', () => {
  // The draft file holds only the passage the seeds quote from it, so the other
  // sections show as removed; among the sentences it does hold there is one change.
  it('finds the one change the draft proposed: "in discussion with their manager" deleted', async () => {
    const run = await runMain([OLD, join(GUIDANCE, 'wt-2017-draft.md'), '--format', 'json', '--only', 'role-removed']);
    const changed = (JSON.parse(run.stdout) as Comparison).changes.filter((c) => c.kind === 'changed');
    expect(changed).toHaveLength(1);
    expect(changed[0]!.roles.removed).toEqual(['manager']);
    expect(changed[0]!.ops.filter((o) => o.op === 'delete').map((o) => o.text.trim())).toEqual(['in discussion with their manager']);
  });
});
