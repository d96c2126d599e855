// The CriticMarkup report (for pandiff users): deletions, insertions and role notes.
import { describe, expect, it } from 'vitest';
import { compareFiles, GUIDANCE_NEW, GUIDANCE_OLD, HOSTILE_NEW, HOSTILE_OLD, render } from '../support/report.js';

describe('criticmarkup report', () => {
  it('marks deletions and insertions for pandiff and notes role changes', () => {
    const out = render('criticmarkup', compareFiles(GUIDANCE_OLD, GUIDANCE_NEW));
    expect(out).toContain('the social worker {--and their manager --}should agree a plan of action');
    expect(out).toContain('{++practitioners++}');
    expect(out).toContain('{>>Manager removed from: agree a plan of action<<}');
    // Five removals, and the substitution as one note.
    expect(out.match(/\{>>Manager removed from:/g)).toHaveLength(5);
    expect(out).toContain('{>>Manager → Colleague: talk through their concerns<<}');
  });

  it('breaks up CriticMarkup delimiters that occur in the document', () => {
    const cmp = compareFiles(HOSTILE_OLD, HOSTILE_NEW);
    cmp.changes[0]!.ops.unshift({ op: 'equal', text: 'a {--fake--} and {++fake++} ' });
    const out = render('criticmarkup', cmp, true);
    expect(out).not.toContain('{--fake--}');
    expect(out).not.toContain('{++fake++}');
  });
});
