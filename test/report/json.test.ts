// Document text in this file is test fixture text, not guidance.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/types.js';
import { compareDocuments } from '../../src/pipeline/compare.js';
import { parseDocument } from '../../src/parse/document.js';
import { renderJson } from '../../src/report/json.js';

const opts = { all: false, chalk: new Chalk({ level: 0 }) };

function realComparison(oldText: string, newText: string): Comparison {
  return compareDocuments(parseDocument(oldText, 'old.md'), parseDocument(newText, 'new.md'), { oldLabel: 'old.md', newLabel: 'new.md', oldPath: 'old.md', newPath: 'new.md' });
}

describe('renderJson', () => {
  it('is the Comparison itself: parsing the output gives back an equal value, every change included', () => {
    const cmp = realComparison(
      '# Assessment\n\nThe social worker should agree the plan with their manager.\n\nThe judgement should be recorded.\n',
      '# Assessment\n\nThe social worker should agree the plan.\n\nThe judgment should be recorded.\n',
    );
    expect(cmp.changes.length).toBe(2);
    expect(JSON.parse(renderJson(cmp, opts))).toEqual({ ...cmp, options: { only: null, all: opts.all } });
  });

  it('includes editorial-only changes even when not asked for all (it is the machine format)', () => {
    const cmp = realComparison('# A\n\nThe judgement should be recorded.\n', '# A\n\nThe judgment should be recorded.\n');
    expect(cmp.changes.map((c) => c.tags)).toEqual([['editorial']]);
    const parsed = JSON.parse(renderJson(cmp, { ...opts, all: false })) as Comparison;
    expect(parsed.changes).toHaveLength(1);
  });

  it('is indented by two spaces and ends with one newline', () => {
    const out = renderJson(realComparison('# A\n\nSame.\n', '# A\n\nSame.\n'), opts);
    expect(out.startsWith('{\n  "schemaVersion": ')).toBe(true);
    expect(out.endsWith('}\n')).toBe(true);
    expect(out.endsWith('\n\n')).toBe(false);
  });

  it('replaces lone surrogates in any string with U+FFFD and leaves pairs and controls to JSON escaping', () => {
    const cmp = realComparison('# A\n\nSame.\n', '# A\n\nSame.\n');
    cmp.documents.old.label = 'broken \ud800 label';
    cmp.documents.new.title = 'emoji 😀 and \u001b';
    const out = renderJson(cmp, opts);
    expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    expect(Buffer.from(out, 'utf8').toString('utf8')).toBe(out);
    const parsed = JSON.parse(out) as Comparison;
    expect(parsed.documents.old.label).toBe('broken \ufffd label');
    expect(parsed.documents.new.title).toBe('emoji 😀 and \u001b');
    expect(out).toContain('\\u001b');
  });

  it('does not change the comparison it is given', () => {
    const cmp = realComparison('# A\n\nSame.\n', '# A\n\nSame.\n');
    cmp.documents.old.label = 'x\udc00';
    renderJson(cmp, opts);
    expect(cmp.documents.old.label).toBe('x\udc00');
  });
});
