// Reports of `wtdiff check`, by name: a pure function from a CheckResult to text.
import type { ChalkInstance } from 'chalk';
import type { CheckResult, FileComparison } from '../types.js';
import { summarise } from '../summary.js';
import { renderTerminal } from './terminal.js';
import { renderSarif } from './sarif.js';
import { renderGithub } from './github.js';
import { sanitizeForTerminal as clean, sanitizeOutput } from '../text/sanitize.js';
import { shownChanges, type CheckRenderOptions } from './check-common.js';
import { isRenumbering } from './types.js';
import { toJson } from '../text/json.js';

export interface CheckRenderTextOptions extends CheckRenderOptions {
  chalk: ChalkInstance;
}

export type CheckRenderer = (result: CheckResult, options: CheckRenderTextOptions) => string;

/** Terminal: each file under its own heading (the compare view), then one verdict. */
export const renderCheckTerminal: CheckRenderer = (result, options) => {
  const { chalk } = options;
  const out: string[] = [];
  for (const f of result.files) {
    const changes = shownChanges(f.comparison.changes, result, options.all);
    const hidden = f.comparison.changes.length - changes.length;
    if (!changes.length && !options.all) {
      const minor = f.comparison.changes.some(isRenumbering) ? 'editorial, terminology-only or renumbering' : 'editorial or terminology-only';
      if (hidden) out.push(chalk.dim(`${clean(fileTitle(f))}: ${hidden} ${minor} change${hidden === 1 ? '' : 's'} hidden`), '');
      continue;
    }
    const cmp = { ...f.comparison, changes, summary: summarise(changes), documents: { old: { ...f.comparison.documents.old, path: f.oldPath ?? '/dev/null' }, new: { ...f.comparison.documents.new, path: f.newPath ?? '/dev/null' } } };
    out.push(chalk.bold.inverse(` ${clean(fileTitle(f))} `));
    out.push(renderTerminal(cmp, { all: true, chalk }));
  }
  const s = result.summary;
  const verdict = result.passed ? chalk.green.bold('passed') : chalk.red.bold('FAILED');
  out.push(
    `wtdiff check against ${clean(result.base)}: ${s.files} file${s.files === 1 ? '' : 's'}, ${s.changes} change${s.changes === 1 ? '' : 's'}, ` +
      `${s.failing} failing on ${result.failOn.join(', ')}, ${s.accepted} accepted: ${verdict}`,
  );
  if (!result.passed) {
    for (const { path, change } of result.failing) {
      const side = (change.new ?? change.old)!;
      out.push(`  ${chalk.red(change.id)}  ${clean(path)}:${side.line}  [${change.tags.join(', ')}]`);
    }
    out.push(chalk.dim('Accept reviewed changes by listing their ids in .wtdiff-accepted.json (or run with --write-accepted FILE).'));
  }
  return `${out.join('\n')}\n`;
};

function fileTitle(f: FileComparison): string {
  const link = f.symlink ? ` [${f.symlink === 'both' ? 'a symlink' : `a symlink on the ${f.symlink} side`}: its link text compared, never followed]` : '';
  return statusTitle(f) + link;
}

function statusTitle(f: FileComparison): string {
  switch (f.status) {
    case 'added':
      return `${f.path} (new file)`;
    case 'removed':
      return `${f.path} (deleted)`;
    case 'renamed':
      return `${f.path} (renamed from ${f.oldPath ?? '?'}${f.similarity !== undefined ? `, ${f.similarity}% similar` : ''})`;
    default:
      return f.path;
  }
}

export const renderCheckJson: CheckRenderer = (result) =>
  toJson(result);

const edge =
  (render: CheckRenderer): CheckRenderer =>
  (result, options) =>
    sanitizeOutput(render(result, options), options.chalk.level > 0);

/** By name, each passed through sanitizeOutput at its edge. */
export const checkRenderers: Record<string, CheckRenderer> = {
  terminal: edge(renderCheckTerminal),
  json: edge(renderCheckJson),
  sarif: edge(renderSarif),
  github: edge(renderGithub),
};
