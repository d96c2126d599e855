// The change map at the top of the HTML report: an edition as a strip of its sections to scale,
// a row of marks above it for each kind of change (roles, duties, time limits, other wording),
// each kind its own shape and colour, and arcs below it from where a moved section was to where
// it is. Inline SVG built as a hast tree like the rest of the page: its text is escaped, it
// fetches nothing and needs no style attribute (the page's CSP allows only its own stylesheet).
// Every mark is a link to its change; its SVG title (the change in words) is both its accessible
// name and its tooltip, and the script shows the same words under the map when a mark is hovered
// or focused. Document text goes only into text nodes, never into attributes.
import { h, s } from 'hastscript';
import type { Element } from 'hast';
import type { Change, Comparison } from '../types.js';
import { changeMap, chapterDepth, LANES, type ChangeMap, type Lane, type MapMark } from './change-map.js';
import { clean } from './group.js';

const WIDTH = 1000;
const LEFT = 118; // lane labels
const RIGHT = 12;
const STRIP_W = WIDTH - LEFT - RIGHT;
const LANE_TOP = 6;
const ROW_H = 14; // one row of marks in a lane
const LANE_GAP = 8;
const MAX_ROWS = 4; // marks closer than GAP beyond this many rows overlap in the last
const GAP = 13;
const STRIP_H = 28;

const x = (at: number) => round(LEFT + at * STRIP_W);
const round = (n: number) => Math.round(n * 10) / 10;
/** "1 word", "12,345 words". */
const count = (n: number, word: string) => `${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`;

/**
 * Where each mark sits: marks closer than a mark's width (sentences of one paragraph share a
 * line) go to the next row of their lane instead of covering each other, up to MAX_ROWS; each
 * lane is as tall as its rows. Returns every mark's centre and the y of each lane's first row.
 */
function placeMarks(m: ChangeMap): { at: Map<MapMark, { cx: number; cy: number }>; laneY: Map<Lane, number>; stripY: number } {
  const at = new Map<MapMark, { cx: number; cy: number }>();
  const laneY = new Map<Lane, number>();
  let top = LANE_TOP;
  for (const { lane } of LANES) {
    const marks = m.marks.filter((k) => k.lane === lane).sort((a, b) => a.at - b.at);
    const ends: number[] = [];
    const rowOf = marks.map((k) => {
      const cx = x(k.at);
      let row = ends.findIndex((end) => cx - end >= GAP);
      if (row < 0) row = ends.length < MAX_ROWS ? ends.length : MAX_ROWS - 1;
      ends[row] = cx;
      return row;
    });
    const y0 = top + ROW_H / 2;
    laneY.set(lane, y0);
    marks.forEach((k, i) => at.set(k, { cx: x(k.at), cy: y0 + rowOf[i]! * ROW_H }));
    top += Math.max(1, ends.length) * ROW_H + LANE_GAP;
  }
  return { at, laneY, stripY: top };
}

/** A mark's shape, centred on (cx, cy): circle, triangle, diamond or square, so colour is never the only signal. */
function shape(lane: Lane, cx: number, cy: number): Element {
  const p = (d: string) => s('path.shape', { d });
  switch (lane) {
    case 'role': return s('circle.shape', { cx, cy, r: 6 });
    case 'duty': return p(`M${round(cx - 6.5)} ${round(cy + 5.5)}L${cx} ${round(cy - 6.5)}L${round(cx + 6.5)} ${round(cy + 5.5)}Z`);
    case 'time': return p(`M${cx} ${round(cy - 7)}L${round(cx + 7)} ${cy}L${cx} ${round(cy + 7)}L${round(cx - 7)} ${cy}Z`);
    default: return s('rect.shape', { x: round(cx - 4.5), y: round(cy - 4.5), width: 9, height: 9 });
  }
}

/** The two maps (later edition first, shown; earlier edition hidden until chosen) with their toggle and readout, or nothing without an outline. */
export function changeMapSection(cmp: Comparison, shown: readonly Change[]): Element[] {
  const maps = (['new', 'old'] as const).map((e) => changeMap(cmp, shown, e));
  if (!maps[0] || !maps[1] || (!maps[0].marks.length && !maps[0].moves.length)) return [];
  return [h('section#map.change-map', { ariaLabelledBy: 'map-heading' }, [
    h('h2#map-heading', 'Where the changes are'),
    // A long report has thousands of marks, each a stop of the Tab key: one step past them all.
    h('a.skip-map', { href: '#map-end' }, 'Skip past the map'),
    h('p.map-intro', 'Each edition as a strip of its sections, drawn to their length in words. ' +
      'Above it, one mark per change: roles (circles), duties (triangles), time limits (diamonds), other wording (squares). ' +
      'Below it, arcs join a moved section to where it was. Each mark links to its change.'),
    h('fieldset.map-toggle', { hidden: true }, [
      h('legend', 'Draw the map of'),
      h('label', [h('input', { type: 'radio', name: 'map-edition', value: 'new', checked: true }), ` the later edition (${clean(cmp.documents.new.label)})`]),
      h('label', [h('input', { type: 'radio', name: 'map-edition', value: 'old' }), ` the earlier edition (${clean(cmp.documents.old.label)})`]),
    ]),
    ...maps.map((m) => mapFigure(cmp, m!)),
    h('p.map-readout', { ariaHidden: 'true' }, 'Point at a mark, or move to it with the Tab key, to see the change in words.'),
    h('span#map-end', { tabIndex: -1 }),
  ])];
}

function mapFigure(cmp: Comparison, m: ChangeMap): Element {
  const label = clean(cmp.documents[m.edition].label);
  const words = m.sections.reduce((n, sec) => n + sec.words, 0);
  const { at, laneY, stripY } = placeMarks(m);
  const labelY = stripY + STRIP_H + 16;
  const arcY = labelY + 10;
  const arcs = m.moves.length ? 70 : 0;
  const height = arcY + arcs + 4;
  const id = `map-${m.edition}`;
  const caption = `${m.edition === 'new' ? 'Later' : 'Earlier'} edition, ${label}: ${count(m.sections.length, 'section')}, ${count(words, 'word')}, ` +
    `${count(new Set(m.marks.map((k) => k.change.id)).size, 'change')} marked${m.moves.length ? `, ${count(m.moves.length, 'section')} moved` : ''}.`;
  return h('figure.map-figure', { id, dataEdition: m.edition, hidden: m.edition === 'old' ? true : undefined }, [
    h('figcaption', { id: `${id}-caption` }, caption),
    s('svg.map-svg', { viewBox: `0 0 ${WIDTH} ${height}`, role: 'group', ariaLabelledBy: `${id}-caption`, focusable: 'false' }, [
      ...LANES.map(({ lane, label: name }) => s('g.map-lane', { dataLane: lane }, [
        shape(lane, 12, laneY.get(lane)!),
        s('text.lane-label', { x: 24, y: laneY.get(lane)! + 4 }, name),
        s('line.lane-rule', { x1: LEFT, x2: WIDTH - RIGHT, y1: laneY.get(lane)!, y2: laneY.get(lane)! }),
      ])),
      s('g.map-strip', m.sections.map((sec, i) => s('rect', {
        className: ['map-section', i % 2 ? 'alt' : '', sec.changes ? 'changed' : ''].filter(Boolean),
        x: x(sec.start), y: stripY, width: Math.max(0.5, round(sec.size * STRIP_W)), height: STRIP_H,
      }, s('title', `${clean(sec.title)}: ${count(sec.words, 'word')}, ${count(sec.changes, 'change')}`)))),
      s('g.map-labels', sectionLabels(m, labelY, stripY)),
      s('g.map-marks', m.marks.map((k) => s('a.map-mark', { href: `#${k.change.id}`, dataLane: k.lane }, [
        s('title', clean(k.describe)),
        shape(k.lane, at.get(k)!.cx, at.get(k)!.cy),
      ]))),
      ...(m.moves.length ? [s('g.map-moves', m.moves.map((mv) => {
        const from = x(mv.there);
        const to = x(mv.here);
        const depth = Math.min(arcs - 6, 16 + Math.abs(to - from) / 6);
        // The arc ends in an arrow where the section is now: on the later edition's map it
        // arrives here; on the earlier one's, it leaves here for its new place.
        const [a, b] = m.edition === 'new' ? [from, to] : [to, from];
        return s('g.map-move', [
          s('title', clean(mv.describe)),
          s('path.move-arc', { d: `M${a} ${arcY}Q${round((a + b) / 2)} ${round(arcY + depth * 2)} ${b} ${arcY}` }),
          s('path.arrow', { d: arrowHead(a, b, arcY, depth) }),
        ]);
      }))] : []),
    ]),
  ]);
}

/** A filled arrowhead at (b, y), pointing along the arc's last tangent (from its control point). */
function arrowHead(a: number, b: number, y: number, depth: number): string {
  const dx = (b - a) / 2;
  const dy = -2 * depth;
  const len = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / len, dy / len];
  const back = (side: number) => `${round(b - ux * 9 + -uy * 4 * side)} ${round(y - uy * 9 + ux * 4 * side)}`;
  return `M${b} ${y}L${back(1)}L${back(-1)}Z`;
}

/**
 * Names under the strip, cut to fit: each section's where sections are wide enough to hold a few
 * letters; where most are not (a long edition), each chapter's, with a rule where it starts.
 */
function sectionLabels(m: ChangeMap, y: number, stripY: number): Element[] {
  const depth = chapterDepth(m.sections.map((sec) => sec.path));
  const runs: { name: string; start: number; size: number }[] = [];
  const wide = m.sections.filter((sec) => sec.size * STRIP_W >= 40).length;
  const byChapter = wide < m.sections.length / 2;
  for (const sec of m.sections) {
    const name = (byChapter ? sec.path.slice(0, depth) : sec.path).at(-1) ?? sec.title;
    const last = runs.at(-1);
    if (byChapter && last && last.name === name) last.size += sec.size;
    else runs.push({ name, start: sec.start, size: sec.size });
  }
  const out: Element[] = [];
  for (const run of runs) {
    if (byChapter && run.start > 0) out.push(s('line.chapter-rule', { x1: x(run.start), x2: x(run.start), y1: stripY - 3, y2: stripY + STRIP_H + 4 }));
    const w = run.size * STRIP_W;
    if (w < 40) continue;
    const name = clean(run.name);
    const fits = Math.max(3, Math.floor((w - 6) / 6.6));
    out.push(s('text.section-label', { x: round(x(run.start) + 3), y }, name.length > fits ? `${name.slice(0, fits - 1)}…` : name));
  }
  return out;
}
