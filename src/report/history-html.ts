// `wtdiff history --format html`: one self-contained page. First, for each role that joins or
// leaves a decision in some passage, a timeline grid (editions across, decisions down) of where
// it takes part, where it was removed and where it was added; then every passage shown through
// the editions with what changed at each. Built from the compare report's blocks: the same page
// shell and Content-Security-Policy (html-page.ts, no script at all here), the same stylesheet
// with a few rules added, the same tag chips and text cleaning.
import { h, s } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent } from 'hast';
import type { History, Passage } from '../types.js';
import { roleLabel } from '../role-names.js';
import { sectionTitle } from './describe.js';
import { clean, plural } from './group.js';
import { HTML_STYLE } from './html-style.js';
import { reportCsp, selfContainedPage } from './html-page.js';
import { tagChips } from './html-parts.js';

export interface HistoryHtmlOptions {
  /** Also list passages that never change. */
  all: boolean;
}

/** How a role stands in a passage in one edition, against the edition before it. */
export type Standing = 'takes-part' | 'added' | 'removed' | 'not-part' | 'absent';

/** Each edition's standing for one role's presence list (true, false, or null where the passage is absent). */
export function standings(presence: readonly (boolean | null)[]): Standing[] {
  let before: boolean | null = null;
  return presence.map((p) => {
    if (p === null) return 'absent';
    // Against the last edition that had the passage: an excerpt not quoting it in between changes nothing.
    const out: Standing = p ? (before === false ? 'added' : 'takes-part') : before === true ? 'removed' : 'not-part';
    before = p;
    return out;
  });
}

const STANDING_WORDS: Record<Standing, string> = {
  'takes-part': 'takes part',
  added: 'added',
  removed: 'removed',
  'not-part': 'not part',
  absent: '',
};

/** A small shape per standing (drawn, so no font need hold the glyph): filled circle, triangle, cross, ring, dash. */
function standingIcon(st: Standing): Element {
  const shape = (() => {
    switch (st) {
      case 'takes-part': return s('circle', { cx: 6, cy: 6, r: 5 });
      case 'added': return s('path', { d: 'M6 0.5L11.5 11H0.5Z' });
      case 'removed': return s('path', { d: 'M1.5 1.5L10.5 10.5M10.5 1.5L1.5 10.5', className: ['stroke'] });
      case 'not-part': return s('circle', { cx: 6, cy: 6, r: 4.5, className: ['ring'] });
      default: return s('path', { d: 'M2 6H10', className: ['stroke'] });
    }
  })();
  return s('svg.standing-icon', { viewBox: '0 0 12 12', width: 12, height: 12, ariaHidden: 'true', focusable: 'false' }, [shape]);
}

export const HISTORY_STYLE = `${HTML_STYLE}
/* history-html.ts: the role grids and the passages. */
main.history { max-width: 76rem; margin: 0 auto; padding: 1.5rem 2rem 3rem; }
.role-grid { border-collapse: collapse; margin: 0 0 2rem; font-size: .95rem; background: var(--paper); }
.role-grid caption { text-align: left; font-weight: 700; font-size: 1.1rem; margin-bottom: .4rem; }
.role-grid th, .role-grid td { border: 1px solid var(--line); padding: .35rem .6rem; vertical-align: top; text-align: left; }
.role-grid thead th { background: var(--panel); }
.role-grid td.standing { text-align: center; white-space: nowrap; font-weight: 600; min-width: 7.5rem; }
.role-grid .where { display: block; font-weight: 400; color: var(--muted); font-size: .85rem; }
.standing.takes-part { background: #e6f1e9; color: #0b4a22; }
.standing.added { background: #d4efdc; color: #0b4a22; outline: 2px solid #2f7a45; outline-offset: -3px; }
.standing.removed { background: var(--del-bg); color: var(--del-ink); outline: 2px solid #b3261e; outline-offset: -3px; }
.standing.not-part { color: var(--muted); }
.standing.absent { color: var(--muted); background: #fafafa; }
.grid-key { color: var(--muted); margin: 0 0 1rem; }
.standing-icon { vertical-align: -1px; fill: currentColor; }
.standing-icon .stroke { fill: none; stroke: currentColor; stroke-width: 2.2; stroke-linecap: round; }
.standing-icon .ring { fill: none; stroke: currentColor; stroke-width: 1.5; }
article.passage { border: 1px solid var(--line); border-radius: 6px; padding: .8rem 1rem; margin: 0 0 1rem; break-inside: avoid; }
article.passage h3 { font-size: 1rem; margin: 0 0 .5rem; }
table.versions { border-collapse: collapse; width: 100%; }
table.versions th, table.versions td { border-top: 1px solid var(--line); padding: .4rem .5rem; vertical-align: top; text-align: left; }
table.versions th { white-space: nowrap; width: 10rem; }
table.versions td.absent { color: var(--muted); font-style: italic; }
@media print { main.history { padding: 0; } .standing { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
`;

export function renderHistoryHtml(history: History, { all }: HistoryHtmlOptions): string {
  const labels = history.versions.map((v) => clean(v.label));
  const title = `History: ${labels.join(' → ')}`;
  const passages = history.passages.filter((p) => all || p.events.length > 0);
  const csp = reportCsp(HISTORY_STYLE);
  const grids = roleGrids(history, passages);
  const tree = selfContainedPage({ title, csp, style: HISTORY_STYLE, generator: 'wtdiff' }, [
    h('a.skip', { href: '#passages' }, 'Skip to the passages'),
    h('header.masthead', [
      h('h1', title),
      ...history.versions.map((v, i) => h('p', [`Edition ${i + 1}: `, h('strong', labels[i]!), ...(v.path ? [' ', h('code', clean(v.path))] : [])])),
    ]),
    h('main.history', [
      h('section', { ariaLabelledBy: 'roles-heading' }, [
        h('h2#roles-heading', 'Who takes part, edition by edition'),
        ...(grids.length
          ? [h('p.grid-key', [
            ...(['takes-part', 'added', 'removed', 'not-part'] as const).flatMap((st) => [standingIcon(st), ` ${STANDING_WORDS[st]} · `]),
            standingIcon('absent'), ` ${history.excerpts ? 'not quoted in this edition' : 'passage absent'}. Each row is a decision in one passage; its first cell links to the passage.`,
          ]), ...grids]
          : [h('p.empty', 'No role joins or leaves a decision in these editions.')]),
      ]),
      h('section#passages', { ariaLabelledBy: 'passages-heading' }, [
        h('h2#passages-heading', 'Passages through the editions'),
        h('p', `${plural(passages.length, 'passage')} shown of ${history.passages.length}${all ? '' : ' (--all shows the unchanged ones)'}.`),
        ...passages.map((p) => passageView(history, p)),
      ]),
    ]),
    h('footer', [h('p', `Generated by wtdiff history from ${labels.join(', ')}.`)]),
  ]);
  return `${toHtml(tree)}\n`;
}

/** One table per role, in the order the roles first appear: its decisions down, the editions across. */
function roleGrids(history: History, passages: readonly Passage[]): Element[] {
  const rolesInOrder: string[] = [];
  for (const p of passages) for (const role of Object.keys(p.presence)) if (!rolesInOrder.includes(role)) rolesInOrder.push(role);
  return rolesInOrder.map((role) => {
    const rows = passages.filter((p) => p.presence[role]);
    return h('table.role-grid', { dataRole: role }, [
      h('caption', clean(roleLabel(role))),
      h('thead', h('tr', [h('th', { scope: 'col' }, 'Decision'), ...history.versions.map((v) => h('th', { scope: 'col' }, clean(v.label)))])),
      h('tbody', rows.map((p) => h('tr', [
        h('th', { scope: 'row' }, [h('a', { href: `#${p.id}` }, clean(decisionOf(p, role))), h('span.where', clean(p.section.at(-1) ?? sectionTitle(p.section)))]),
        ...standings(p.presence[role]!).map((st) => standingCell(st, history)),
      ]))),
    ]);
  });
}

function standingCell(st: Standing, history: History): Element {
  const text = st === 'absent' ? (history.excerpts ? 'not quoted' : 'absent') : STANDING_WORDS[st];
  return h('td', { className: ['standing', st] }, [standingIcon(st), ` ${text}`]);
}

/** The decision a role took part in or left, as the events name it; else the passage's opening words. */
function decisionOf(p: Passage, role: string): string {
  for (const e of p.events) if (e.decisions?.length && (e.roles.removed.includes(role) || e.roles.added.includes(role))) return e.decisions.join('; ');
  const text = [...p.texts].reverse().find((t) => t !== null) ?? '';
  return text.length > 90 ? `${text.slice(0, 89)}…` : text;
}

function passageView(history: History, p: Passage): Element {
  const eventsAt = new Map(p.events.map((e) => [e.version, e] as const));
  return h('article.passage', { id: p.id, ariaLabelledBy: `${p.id}-heading` }, [
    h('h3', { id: `${p.id}-heading` }, clean(sectionTitle(p.section))),
    h('table.versions', h('tbody', p.texts.map((t, i) => {
      const e = eventsAt.get(i);
      const cells: ElementContent[] = [h('th', { scope: 'row' }, clean(history.versions[i]!.label))];
      cells.push(t === null
        ? h('td.absent', history.excerpts ? 'Not quoted in this edition.' : 'Not in this edition.')
        : h('td', [
          clean(t),
          ...(e ? [tagChips(e.tags), ...roleChangeLines(e)] : []),
        ]));
      return h('tr', cells);
    }))),
  ]);
}

function roleChangeLines(e: Passage['events'][number]): Element[] {
  const lines = [...e.roles.removed.map((r) => `${roleLabel(r)} removed`), ...e.roles.added.map((r) => `${roleLabel(r)} added`)];
  if (!lines.length) return [];
  const decisions = e.decisions?.length ? ` (${e.decisions.join('; ')})` : '';
  return [h('p.role-event', h('strong', clean(`${lines.join(', ')}${decisions}`)))];
}
