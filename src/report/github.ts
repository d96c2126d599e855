// GitHub Actions workflow commands: one annotation per shown change,
// `::error file=…,line=…,col=…,title=…::message`. Error for --fail-on tags,
// warning for other role/duty/timescale tags, notice otherwise (and for
// accepted changes). Values escaped as the runner expects.
import type { CheckResult } from '../types.js';
import { visibleControls } from '../text/sanitize.js';
import { changeMessage, changeSeverity, primaryTag, shownChanges, type CheckRenderOptions } from './check-common.js';
import { primarySide } from './describe.js';

/** Escape a message: other controls made visible, then % CR LF as the toolkit does. */
export function escapeData(s: string): string {
  return withoutControls(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Every control but CR and LF (which escapeData encodes) made visible. */
function withoutControls(s: string): string {
  return s
    .split(/(\r|\n)/)
    .map((part) => (part === '\r' || part === '\n' ? part : visibleControls(part)))
    .join('');
}

/** Escape a property value: also : and ,. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function renderGithub(result: CheckResult, options: CheckRenderOptions): string {
  const out: string[] = [];
  for (const f of result.files) {
    for (const c of shownChanges(f.comparison.changes, result, options.all)) {
      const side = primarySide(c);
      const severity = c.accepted ? 'notice' : changeSeverity(c, result.failOn);
      const title = `wtdiff ${primaryTag(c, result.failOn)}${c.accepted ? ' (accepted)' : ''}`;
      const props = [`file=${escapeProperty(f.path)}`, `line=${side.line}`, `col=${side.column}`, `title=${escapeProperty(title)}`].join(',');
      out.push(`::${severity} ${props}::${escapeData(changeMessage(c))}`);
    }
  }
  const s = result.summary;
  out.push(`wtdiff check: ${s.files} file${s.files === 1 ? '' : 's'}, ${s.changes} change${s.changes === 1 ? '' : 's'}, ${s.failing} failing (${result.failOn.join(', ')}), ${s.accepted} accepted`);
  return `${out.join('\n')}\n`;
}
