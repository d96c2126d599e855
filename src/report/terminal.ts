// The default view for a person at a terminal: changes grouped under their
// section, old and new with deletions and insertions marked, then a summary.
// Without colour the marks are [-deleted-] and {+inserted+}, as in git's word diff.
import type { Change, Comparison, Op } from '../types.js';
import type { Renderer, RenderOptions } from './types.js';
import { isRenumbering, shownChanges, shownSentence, tagCountsSentence } from './types.js';
import { sanitizeForTerminal as clean } from '../text/sanitize.js';
import { describeDuty, describeTimescale, formatsOf, labelsOf, locator, movedFromSection, roleLines, sectionTitle } from './describe.js';
import { describeSectionChange, groupBySection, type SectionGroup } from './group.js';

export const renderTerminal: Renderer = (cmp, opts) => {
  const { chalk } = opts;
  const out: string[] = [];
  out.push(headerLine(cmp, opts));
  const shown = shownChanges(cmp, opts.all);
  // Each section once, under its path in the later edition (group.ts sectionPaths), as
  // --stat, markdown and HTML list it.
  for (const g of groupBySection(cmp, shown)) {
    out.push('', `${chalk.bold.underline(`§ ${clean(g.title)}`)}${wasNote(g, opts)}`);
    for (const c of g.changes) out.push(...renderChange(c, opts, formatsOf(cmp)));
  }
  out.push('', ...summaryLines(cmp, shown.length, opts));
  return `${out.join('\n')}\n`;
};

/** `  (was "Old › Heading")` after a renamed or moved section's heading, else nothing (this view and --stat). */
export function wasNote(g: SectionGroup, { chalk }: RenderOptions): string {
  return g.oldPath ? chalk.dim(`  (was "${clean(sectionTitle(g.oldPath))}")`) : '';
}

/** "wtdiff: old → new", the first line of the terminal views (this one and --stat). */
export function headerLine(cmp: Comparison, { chalk }: RenderOptions): string {
  return chalk.bold(`wtdiff: ${clean(cmp.documents.old.path ?? cmp.documents.old.label)} → ${clean(cmp.documents.new.path ?? cmp.documents.new.label)}`);
}

function renderChange(c: Change, opts: RenderOptions, formats: ReturnType<typeof formatsOf>): string[] {
  const { chalk } = opts;
  const lines: string[] = [];
  const para = labelsOf(c, { keepDot: true });
  const where = [c.old ? `old ${locator(c.old, formats.old)}` : null, c.new ? `new ${locator(c.new, formats.new)}` : null].filter(Boolean).join(' → ');
  const movedFrom = movedFromSection(c);
  const moved = movedFrom ? `  (moved from § ${clean(sectionTitle(movedFrom))})` : '';
  lines.push(`  ${para ? chalk.bold(`¶ ${clean(para)}  `) : ''}${chalk.dim(where)}  ${chalk.cyan(`[${c.tags.join(', ')}]`)}${c.accepted ? chalk.green(' (accepted)') : ''}${moved}`);
  for (const r of roleLines(c.roleEvents)) lines.push(`    ${chalk.magenta.bold(clean(r.text))}${r.triggers.length ? chalk.dim(`  (${r.triggers.map((w) => `"${clean(w)}"`).join(' → ')})`) : ''}`);
  for (const d of [describeDuty(c), describeTimescale(c)]) if (d) lines.push(`    ${chalk.yellow.bold(clean(d))}`);
  if (c.terminology?.length) lines.push(`    ${chalk.dim(`Terminology: ${c.terminology.map(clean).join('; ')}`)}`);
  if (c.editorial?.length && c.tags.length > 1) lines.push(`    ${chalk.dim(`Editorial: ${c.editorial.map(clean).join('; ')}`)}`);
  // A renumbering changed no word: the text once.
  if (isRenumbering(c) && c.new) lines.push(`      ${clean(c.new.text)}`);
  else {
    if (c.old) lines.push(`    ${chalk.red('-')} ${sideText(c.ops, 'delete', opts)}`);
    if (c.new) lines.push(`    ${chalk.green('+')} ${sideText(c.ops, 'insert', opts)}`);
  }
  return lines;
}

/** One side of the diff: unchanged words plus this side's own changes, marked. */
function sideText(ops: readonly Op[], mine: 'delete' | 'insert', { chalk }: RenderOptions): string {
  const plain = chalk.level === 0;
  return ops
    .filter((o) => o.op === 'equal' || o.op === mine)
    .map((o) => {
      const t = clean(o.text);
      if (o.op === 'equal') return t;
      if (mine === 'delete') return plain ? `[-${t}-]` : chalk.red.strikethrough(t);
      return plain ? `{+${t}+}` : chalk.green.underline(t);
    })
    .join('');
}

function summaryLines(cmp: Comparison, shown: number, { chalk }: RenderOptions): string[] {
  const lines: string[] = [];
  for (const s of cmp.sections) {
    if (s.kind === 'matched') continue;
    const text = describeSectionChange(s, { straight: true, lowerCase: true, movedFromOnly: true });
    lines.push(chalk.blue(text));
  }
  for (const t of cmp.terminology) lines.push(chalk.blue(`terminology: "${clean(t.from)}" → "${clean(t.to)}" (${t.count} changes)`));
  lines.push(chalk.bold(shownSentence(cmp, shown, true)));
  const tags = tagCountsSentence(cmp);
  if (tags) lines.push(chalk.dim(tags));
  return lines;
}
