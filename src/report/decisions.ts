// Who-decides views: the decisions of one version, or two versions side by side.
import type { ChalkInstance } from 'chalk';
import type { Decision, DecisionComparison } from '../types.js';
import { sanitizeForTerminal as clean, wellFormed } from '../text/sanitize.js';
import { sectionTitle } from './describe.js';
import { roleLabel } from '../role-names.js';
import { heading, serialise, table, text } from './mdast.js';

const roleList = (roles: string[]) => roles.map(roleLabel).join(', ');
const verb = (d: Decision) => [d.modal, d.predicate].filter(Boolean).join(' ');

export function renderDecisionsTerminal(ds: Decision[], chalk: ChalkInstance): string {
  const out = [chalk.bold(`${ds.length} decision${ds.length === 1 ? '' : 's'}`)];
  let last = '\u0000';
  for (const d of ds) {
    const s = sectionTitle(d.section);
    if (s !== last) out.push('', chalk.bold.underline(`§ ${clean(s)}`));
    last = s;
    out.push(`  ${chalk.cyan(clean(verb(d)).padEnd(24))} ${chalk.magenta(roleList(d.roles))}`, `    ${chalk.dim(clean(d.text))}`);
  }
  return `${out.join('\n')}\n`;
}

export function renderDecisionsMarkdown(ds: Decision[]): string {
  return wellFormed(serialise([heading(1, text('Decisions and who takes part')), table(['Section', 'Decision', 'Roles', 'Text'], ds.map((d) => [[text(sectionTitle(d.section))], [text(verb(d))], [text(roleList(d.roles))], [text(d.text)]]))]));
}

export function renderDecisionComparisonTerminal(c: DecisionComparison, chalk: ChalkInstance): string {
  const out = [chalk.bold('Decisions, old → new')];
  for (const r of c.rows) {
    const changed = r.removed.length || r.added.length;
    const marks = [...r.removed.map((x) => chalk.red(`✗ ${roleLabel(x)}`)), ...r.added.map((x) => chalk.green(`✚ ${roleLabel(x)}`))].join('  ');
    out.push('', `${changed ? chalk.yellow('*') : ' '} § ${clean(sectionTitle(r.section))}  ${chalk.cyan(clean(verb((r.new ?? r.old)!)))}`);
    out.push(`    old: ${r.old ? roleList(r.old.roles) : chalk.dim('(no such decision)')}`);
    out.push(`    new: ${r.new ? roleList(r.new.roles) : chalk.dim('(no such decision)')}${marks ? `   ${marks}` : ''}`);
  }
  const changed = c.rows.filter((r) => r.removed.length || r.added.length).length;
  out.push('', `${c.rows.length} decisions, ${changed} with a change of who takes part`);
  return `${out.join('\n')}\n`;
}

export function renderDecisionComparisonMarkdown(c: DecisionComparison): string {
  const rows = c.rows.map((r) => [
    [text(sectionTitle(r.section))],
    [text(verb((r.new ?? r.old)!))],
    [text(r.old ? roleList(r.old.roles) : '—')],
    [text(r.new ? roleList(r.new.roles) : '—')],
    [text([...r.removed.map((x) => `✗ ${roleLabel(x)} removed`), ...r.added.map((x) => `✚ ${roleLabel(x)} added`)].join('; '))],
  ]);
  return wellFormed(serialise([heading(1, text('Who decides: old and new')), table(['Section', 'Decision', 'Old roles', 'New roles', 'Change'], rows)]));
}
