// History views: a timeline per changed passage with role presence per version
// ("manager ✓ → ✗ → ✗"). Terminal and markdown; JSON is the History value itself.
import type { ChalkInstance } from 'chalk';
import type { History, Passage } from '../types.js';
import { sanitizeForTerminal as clean, wellFormed } from '../text/sanitize.js';
import { sectionTitle } from './describe.js';
import { roleLabel } from '../role-names.js';
import { heading, paragraph, serialise, strong, table, text } from './mdast.js';
import type { RootContent } from 'mdast';
import { toJson } from '../text/json.js';

export interface HistoryRenderOptions {
  all: boolean;
  chalk: ChalkInstance;
}

const shown = (h: History, all: boolean) => h.passages.filter((p) => all || p.events.length > 0);
const mark = (v: boolean | null) => (v === null ? '–' : v ? '✓' : '✗');
/** What stands for a version without the passage: in excerpts it may simply not be quoted. */
const missing = (h: History) => (h.excerpts ? '(not quoted)' : '(absent)');

function eventLine(h: History, e: Passage['events'][number]): string {
  const roles = [...e.roles.removed.map((r) => `${roleLabel(r)} removed`), ...e.roles.added.map((r) => `${roleLabel(r)} added`)];
  const decisions = e.decisions?.length ? ` (${e.decisions.join('; ')})` : '';
  return `${h.versions[e.version]!.label}: [${e.tags.join(', ')}]${roles.length ? ` ${roles.join(', ')}${decisions}` : ''}`;
}

export function renderHistoryTerminal(h: History, { all, chalk }: HistoryRenderOptions): string {
  const out: string[] = [chalk.bold(`wtdiff history: ${h.versions.map((v) => clean(v.label)).join(' → ')}`)];
  const passages = shown(h, all);
  for (const p of passages) {
    out.push('', chalk.bold.underline(`§ ${clean(sectionTitle(p.section))}`));
    p.texts.forEach((t, i) => out.push(`  ${chalk.dim(clean(h.versions[i]!.label))}: ${t === null ? chalk.dim(missing(h)) : clean(t)}`));
    for (const e of p.events) out.push(`  ${chalk.cyan('→')} ${chalk.magenta(clean(eventLine(h, e)))}`);
    for (const [role, marks] of Object.entries(p.presence)) out.push(`  ${chalk.bold(roleLabel(role))} ${marks.map(mark).join(' → ')}`);
  }
  out.push('', `${passages.length} passage${passages.length === 1 ? '' : 's'} shown of ${h.passages.length}${all ? '' : ' (--all shows unchanged ones)'}`);
  return `${out.join('\n')}\n`;
}

export function renderHistoryMarkdown(h: History, { all }: HistoryRenderOptions): string {
  const nodes: RootContent[] = [heading(1, text(`History: ${h.versions.map((v) => v.label).join(' → ')}`))];
  for (const p of shown(h, all)) {
    nodes.push(heading(2, text(sectionTitle(p.section))));
    const header = ['Version', 'Text', ...Object.keys(p.presence).map(roleLabel)];
    nodes.push(table(header, p.texts.map((t, i) => [[text(h.versions[i]!.label)], [text(t ?? missing(h))], ...Object.values(p.presence).map((m) => [text(mark(m[i]!))])])));
    for (const e of p.events) nodes.push(paragraph(strong(text(h.versions[e.version]!.label)), text(`: ${eventLine(h, e).slice(h.versions[e.version]!.label.length + 2)}`)));
  }
  return wellFormed(serialise(nodes));
}

export function renderHistoryJson(h: History): string {
  return toJson(h);
}
