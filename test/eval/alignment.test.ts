// The generated move suite (test/fixtures/alignment) and the alignment rules it measures
// (issue 16): repeated paragraphs paired by place and neighbours, renumbering reported as such.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline/compare.js';
import { alignSequences } from '../../src/align/sequence.js';
import { scoreSuite } from '../../src/eval/alignment.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { Chalk } from 'chalk';

const SUITE = join(import.meta.dirname, '..', 'fixtures', 'alignment');
const tmp = mkdtempSync(join(tmpdir(), 'wtdiff-alignment-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the generated move suite', () => {
  it('is what the generator writes, byte for byte', () => {
    execFileSync(process.execPath, [join(SUITE, 'generate.mjs'), tmp]);
    const committed = readdirSync(join(SUITE, 'cases')).sort();
    expect(readdirSync(tmp).sort()).toEqual(committed);
    expect(committed.length).toBe(80);
    for (const id of committed) {
      for (const f of readdirSync(join(SUITE, 'cases', id))) expect(readFileSync(join(tmp, id, f), 'utf8'), `${id}/${f}`).toBe(readFileSync(join(SUITE, 'cases', id, f), 'utf8'));
    }
  });

  it('meets the issue 16 targets: moves found from the right paragraph, renumbering found, no untouched paragraph reported', () => {
    const r = scoreSuite(join(SUITE, 'cases'));
    for (const c of [r.markdown, r.text]) {
      expect(c.cases).toBe(40);
      expect(c.moves.labelled).toBeGreaterThan(50);
      expect(c.moves.found / c.moves.labelled).toBeGreaterThanOrEqual(0.95);
      expect(c.moves.correct).toBe(c.moves.reported);
      expect(c.renumbered.found / c.renumbered.labelled).toBeGreaterThanOrEqual(0.99);
      expect(c.edits.pairedRight / c.edits.labelled).toBeGreaterThanOrEqual(0.95);
      expect(c.unchangedReported).toBe(0);
    }
  });
});

// Real paragraphs of Working Together 2018 (OGL), repeated here as boilerplate would be.
const P = 'Effective practitioner supervision can play a critical role in ensuring a clear focus on a child’s welfare.';
const X = 'The social worker should review the plan for the child.';
const Y = 'A local authority social worker, health practitioners and a police representative should, as a minimum, be involved in the strategy discussion.';
const Z = 'This will require judgments to be made by the social worker on each individual case.';
const EDITED = P.replace('can play', 'plays');

describe('copies of a repeated paragraph', () => {
  it('an edited copy is paired with the copy that stood where it stands, not the first or last', () => {
    const old = `## Supervision\n\n${X}\n\n${P}\n\n${P}\n\n${P}\n\n${P}\n\n${Y}\n`;
    for (const k of [0, 1, 2, 3]) {
      const copies = [P, P, P, P];
      copies[k] = EDITED;
      const c = compare(old, `## Supervision\n\n${X}\n\n${copies.join('\n\n')}\n\n${Y}\n`);
      expect(c.changes).toHaveLength(1);
      expect(c.changes[0]!.old!.line, `copy ${k}`).toBe(5 + 2 * k);
      expect(c.changes[0]!.new!.line).toBe(5 + 2 * k);
    }
  });

  it('of two equally long pairings, the one that leaves the edited copy beside its old place', () => {
    const r = alignSequences(['X', 'P', 'P', 'Y', 'P', 'P', 'Z', 'P'], ['X', 'P', 'P', 'Y', 'Q', 'P', 'W', 'P', 'V'], {
      key: (s) => s,
      similarity: () => 0,
      threshold: 2,
      affinity: (a, b) => (a + b === 'PQ' || a + b === 'ZW' ? 0.8 : 0),
      repeated: (k) => k === 'P',
    });
    expect(r.steps).toContainEqual([4, null]);
    expect(r.steps).toContainEqual([null, 4]);
    expect(r.steps).toContainEqual([5, 5]);
    expect(r.steps).toContainEqual([7, 7]);
  });

  it('the copy that moved to another section is the one whose section lost it, and an edited copy stays an edit', () => {
    // Boilerplate in every section; section B's copy edited, section C's copy moved to A.
    const old = `## A\n\n${X}\n\n${P}\n\n## B\n\n${Y}\n\n${P}\n\n## C\n\n${Z}\n\n${P}\n`;
    const neu = `## A\n\n${P}\n\n${X}\n\n${P}\n\n## B\n\n${Y}\n\n${EDITED}\n\n## C\n\n${Z}\n`;
    const c = compare(old, neu);
    const moved = c.changes.filter((x) => x.kind === 'moved');
    expect(moved.map((x) => [x.old!.section.at(-1), x.new!.section.at(-1)])).toEqual([['C', 'A']]);
    const edit = c.changes.find((x) => x.kind === 'changed')!;
    expect([edit.old!.section.at(-1), edit.new!.section.at(-1), edit.old!.line]).toEqual(['B', 'B', 11]);
    expect(c.changes).toHaveLength(2);
  });

  it('a unique paragraph that stayed is never taken for moved because a copy arrived beside it', () => {
    const old = `## A\n\n${X}\n\n${Y}\n\n${P}\n\n${Z}\n\n## B\n\n${P}\n`;
    const neu = `## A\n\n${X}\n\n${P}\n\n${Y}\n\n${EDITED}\n\n${Z}\n\n## B\n`;
    const c = compare(old, neu);
    expect(c.changes.filter((x) => x.old?.text === Y || x.new?.text === Y)).toEqual([]);
    expect(c.changes.map((x) => [x.kind, x.old?.section.at(-1), x.new?.section.at(-1)])).toEqual([
      ['moved', 'B', 'A'],
      ['changed', 'A', 'A'],
    ]);
  });
});

describe('renumbering (item 5)', () => {
  const old = `## Plans\n\n4.1 ${X}\n\n4.2 ${Y}\n\n4.3 ${Z}\n`;
  const neu = `## Plans\n\n4.1 ${X}\n\n4.2 ${P}\n\n4.3 ${Y}\n\n4.4 ${Z}\n`;

  it('a paragraph that kept its words and place under another number is a renumbering, not substantive', () => {
    const c = compare(old, neu);
    const renumbered = c.changes.filter((x) => x.tags.includes('renumbered'));
    expect(renumbered.map((x) => [x.kind, x.tags, x.old!.paragraph, x.new!.paragraph])).toEqual([
      ['changed', ['renumbered'], '4.2', '4.3'],
      ['changed', ['renumbered'], '4.3', '4.4'],
    ]);
    expect(c.changes.filter((x) => !x.tags.includes('renumbered')).map((x) => x.kind)).toEqual(['added']);
    expect(compare(old, old.replace(/4\.(\d)/g, (_, d: string) => `4.${Number(d) + 1}`)).summary.substantive).toBe(false);
  });

  it('is shown only with --all, and then with both numbers', () => {
    const chalk = new Chalk({ level: 0 });
    const c = compare(old, neu);
    const plain = renderTerminal(c, { all: false, chalk });
    expect(plain).not.toContain('[renumbered]');
    expect(plain).toContain('1 of 3 changes shown: 2 editorial-only, terminology-only or renumbering changes left out (--all shows them).');
    const all = renderTerminal(c, { all: true, chalk });
    expect(all).toContain('¶ 4.2 → 4.3  old line 5 → new line 7  [renumbered]');
    expect(all).toContain(`      ${Y}`);
  });

  it('a labelled paragraph moved elsewhere reports its old and new labels', () => {
    const moved = compare(`## A\n\n1.1 ${X}\n\n1.2 ${Y}\n\n## B\n\n2.1 ${Z}\n`, `## A\n\n1.1 ${X}\n\n## B\n\n2.1 ${Z}\n\n2.2 ${Y}\n`);
    const m = moved.changes.find((x) => x.kind === 'moved')!;
    expect([m.old!.paragraph, m.new!.paragraph]).toEqual(['1.2', '2.2']);
    expect(renderTerminal(moved, { all: false, chalk: new Chalk({ level: 0 }) })).toContain('¶ 1.2 → 2.2');
  });
});

// Fixtures for item 3: the old side quotes Working Together 2018 (OGL); the new side is a
// rewrite written for this test (not guidance), as a later edition folds subsections together.
const IDENTIFY =
  'Local agencies should have in place effective ways to identify emerging problems and potential unmet needs for individual children and families. This requires all practitioners, including those in universal services and those providing services to adults with children, to understand their role in identifying emerging problems and to share information with other practitioners to support early identification and assessment.';
const ASSESS1 = 'Where a child and family would benefit from co-ordinated support from more than one organisation or agency (e.g. education, health, housing, police) there should be an inter-agency assessment.';
const ASSESS2 =
  'These early help assessments should be evidence-based, be clear about the action to be taken and services to be provided and identify what help the child and family require to prevent needs escalating to a point where intervention would be needed through a statutory assessment under the Children Act 1989.';
const LEAD = 'A lead practitioner should undertake the assessment, provide help to the child and family, act as an advocate on their behalf and co-ordinate the delivery of support services.';
const REWRITE = [
  'Children and families who need support from several organisations, such as schools, health visitors, housing teams or the police, receive a single joint assessment.',
  'That assessment rests on evidence, states plainly what each service will deliver, and sets out the help needed so that problems do not grow into ones requiring statutory intervention under the 1989 Act.',
  'One named lead practitioner carries out the assessment, supports the family, speaks up for them and co-ordinates every service involved.',
].join(' ');

describe('merged and rewritten sections (item 3)', () => {
  const old = `# Early help\n\n## Identifying children and families who would benefit from early help\n\n${IDENTIFY}\n\n## Effective assessment of the need for early help\n\n${ASSESS1} ${ASSESS2}\n\n${LEAD}\n`;
  const neu = `# Early help\n\n## Identifying children and families who would benefit from early help\n\n${IDENTIFY}\n\n${REWRITE}\n`;

  it('a subsection rewritten as it was folded into another is reported merged, not removed', () => {
    const c = compare(old, neu);
    expect(c.sections.map((s) => [s.kind, s.old?.path.at(-1), s.new?.path.at(-1)])).toContainEqual([
      'merged',
      'Effective assessment of the need for early help',
      'Identifying children and families who would benefit from early help',
    ]);
    expect(c.sections.some((s) => s.kind === 'removed')).toBe(false);
  });

  it('its sentences are paired across the sections as one rewritten passage: old passage and new passage, not unrelated sentences', () => {
    const c = compare(old, neu);
    expect(c.changes).toHaveLength(1);
    const [p] = c.changes;
    expect(p!.kind).toBe('changed');
    expect(p!.old!.section.at(-1)).toBe('Effective assessment of the need for early help');
    expect(p!.new!.section.at(-1)).toBe('Identifying children and families who would benefit from early help');
    expect(p!.old!.text).toBe(`${ASSESS1} ${ASSESS2} ${LEAD}`);
    expect(p!.new!.text).toBe(REWRITE);
    // Both passages can be read back from the word diff.
    expect(p!.ops.filter((o) => o.op !== 'insert').map((o) => o.text).join('')).toBe(p!.old!.text);
    expect(p!.ops.filter((o) => o.op !== 'delete').map((o) => o.text).join('')).toBe(p!.new!.text);
  });

  it('a removal beside an unrelated addition is not taken for a rewrite', () => {
    const c = compare(`## A\n\n${IDENTIFY}\n\n${ASSESS1} ${ASSESS2}\n`, `## A\n\n${IDENTIFY}\n\n${P} ${X} ${Z}\n`);
    expect(c.changes.map((x) => x.kind).sort()).toEqual(['added', 'added', 'added', 'removed', 'removed']);
  });

  it('a section with nothing of the old in it is still added, and one whose words went nowhere still removed', () => {
    const c = compare(`# G\n\n## A\n\n${IDENTIFY}\n\n## B\n\n${ASSESS1} ${ASSESS2}\n`, `# G\n\n## A\n\n${IDENTIFY}\n\n## C\n\n${P} ${X}\n`);
    expect(c.sections.map((s) => s.kind).sort()).toEqual(['added', 'removed']);
    expect(c.changes.map((x) => x.kind).sort()).toEqual(['added', 'added', 'removed', 'removed']);
  });
});

describe('a long schedule of one repeated paragraph', () => {
  it('every edited copy is quoted against its own old copy, however many copies (too many to search exhaustively)', () => {
    for (const n of [30, 600]) {
      const copies = Array.from({ length: n }, () => P);
      const edited = copies.map((p, i) => (i % 7 === 3 ? p.replace('a critical role', `role ${i}`) : p));
      const c = compare(`## Schedule\n\n${copies.join('\n\n')}\n`, `## Schedule\n\n${edited.join('\n\n')}\n`);
      const expected = edited.flatMap((p, i) => (p === P ? [] : [3 + 2 * i]));
      expect(c.changes.map((x) => [x.kind, x.old!.line, x.new!.line]), `${n} copies`).toEqual(expected.map((l) => ['changed', l, l]));
    }
  });
});
