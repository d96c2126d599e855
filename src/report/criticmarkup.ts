// CriticMarkup for pandiff users: {--deleted--} and {++inserted++} inline,
// one paragraph per change under its section heading.
import type { Change } from '../types.js';
import type { Renderer } from './types.js';
import { roleLines } from './describe.js';
import { shownChanges, shownSentence } from './types.js';
import { clean, describeSectionChange, groupBySection, paragraphName } from './group.js';

/** CriticMarkup has no escape: break up delimiter sequences inside document text. */
const safe = (t: string) => clean(t).replace(/([{}])(?=[-+~=>])|([-+~=<])(?=[}])/g, '$1$2\u200B');

export const renderCriticMarkup: Renderer = (cmp, opts) => {
  const shown = shownChanges(cmp, opts.all);
  const out: string[] = [`# Changes from ${safe(cmp.documents.old.label)} to ${safe(cmp.documents.new.label)}`, '', safe(shownSentence(cmp, shown.length))];
  for (const g of groupBySection(cmp, shown)) {
    out.push('', `## ${safe(g.title)}`);
    // The section's own change (renamed, moved, merged …) as a comment, as the markdown report notes it: a renamed section's old heading is said here, once.
    if (g.sectionChange) out.push('', `{>>${safe(describeSectionChange(g.sectionChange))}<<}`);
    for (const c of g.changes) out.push('', ...changeLines(c));
  }
  return `${out.join('\n')}\n`;
};

function changeLines(c: Change): string[] {
  const head = [paragraphName(c), `[${c.tags.join(', ')}]`].filter(Boolean).join(' ');
  const notes = roleLines(c.roleEvents).map((r) => `{>>${safe(r.text)}<<}`).join(' ');
  const body = c.ops
    .map((o) => (o.op === 'equal' ? safe(o.text) : o.op === 'delete' ? `{--${safe(o.text)}--}` : `{++${safe(o.text)}++}`))
    .join('');
  return [`${head}${notes ? ` ${notes}` : ''}`, '', body || safe((c.new ?? c.old)?.text ?? '')];
}
