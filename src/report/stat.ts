// `--stat`: only the counts, per section and per tag, as `git diff --stat` gives per file.
import type { Comparison } from '../types.js';
import { shownChanges, shownSentence, tagCountsSentence, type RenderOptions } from './types.js';
import { groupBySection, plural } from './group.js';
import { sanitizeForTerminal as clean } from '../text/sanitize.js';
import { sortTags } from '../tags.js';
import { headerLine, wasNote } from './terminal.js';

export function renderStat(cmp: Comparison, opts: RenderOptions): string {
  const { chalk } = opts;
  const shown = shownChanges(cmp, opts.all);
  const groups = groupBySection(cmp, shown);
  const width = Math.max(0, ...groups.map((g) => String(g.changes.length).length));
  const out = [headerLine(cmp, opts)];
  for (const g of groups) {
    const counts = new Map<string, number>();
    for (const c of g.changes) for (const t of c.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
    const tags = sortTags([...counts.keys()]).map((t) => `${counts.get(t)} ${t}`).join(', ');
    out.push(` ${String(g.changes.length).padStart(width)}  ${clean(g.title)}${wasNote(g, opts)}  ${chalk.cyan(`[${tags}]`)}`);
  }
  out.push(chalk.bold(shownSentence(cmp, shown.length, true)));
  const tags = tagCountsSentence(cmp);
  if (tags) out.push(chalk.dim(tags));
  if (groups.length) out.push(chalk.dim(`${plural(groups.length, 'section')} with changes shown`));
  return `${out.join('\n')}\n`;
}
