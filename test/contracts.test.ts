// The TypeScript contracts and the JSON Schema say the same: each enum of the schema is written
// here as a Record over the TypeScript union, so a value added on one side only fails either the
// typecheck (npm test runs it) or the comparison with the schema.
import { describe, expect, it } from 'vitest';
import schema from '../schema/comparison.schema.json' with { type: 'json' };
import type { ChangeKind, DecisionSlot, DutyChange, Op, RoleEvent, SectionChangeKind, SourceFormat } from '../src/types.js';

type Every<T extends string> = Record<T, true>;
const keys = (r: Record<string, true>) => Object.keys(r).sort();

/** Every `enum` under a property of this name, anywhere in the schema. */
function enumsOf(name: string): string[][] {
  const out: string[][] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === name && v && typeof v === 'object' && 'enum' in v) out.push([...(v as { enum: string[] }).enum].sort());
        walk(v);
      }
    }
  };
  walk(schema);
  return out;
}

describe('types.ts matches schema/comparison.schema.json', () => {
  it('in the role event slot, the change and the duty direction', () => {
    const slots: Every<DecisionSlot> = { bearer: true, agent: true, 'co-participant': true, consulted: true };
    const change: Every<RoleEvent['change']> = { removed: true, added: true };
    const direction: Every<DutyChange['direction']> = { weakened: true, strengthened: true, reversed: true };
    expect(enumsOf('slot')).toEqual([keys(slots)]);
    expect(enumsOf('change')).toContainEqual(keys(change));
    expect(enumsOf('direction')).toEqual([keys(direction)]);
  });

  it('in the kinds of change and section change, the word-diff operations and the source formats', () => {
    const kinds: Every<ChangeKind> = { changed: true, added: true, removed: true, moved: true };
    const sectionKinds: Every<SectionChangeKind> = { matched: true, renamed: true, moved: true, split: true, merged: true, added: true, removed: true };
    const ops: Every<Op['op']> = { equal: true, delete: true, insert: true };
    const formats: Every<SourceFormat> = { markdown: true, text: true, html: true, docx: true, pdf: true };
    expect(enumsOf('kind').sort()).toEqual([keys(kinds), keys(sectionKinds)].sort());
    expect(enumsOf('op')).toEqual([keys(ops)]);
    expect(enumsOf('format')).toEqual([keys(formats)]);
  });
});
