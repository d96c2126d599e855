// A report to paste into a response or an issue: GitHub-flavoured markdown.
// Built as an mdast tree and serialised by mdast-util-to-markdown, which escapes
// document text so it renders as the document's own words (no raw HTML, no links,
// no emphasis, pipes kept inside their table cell).
import type { BlockContent, Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableRow } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';
import type { Change, Comparison, DocumentInfo } from '../types.js';
import { shownChanges, shownSentence, type Renderer } from './types.js';
import { changeHeadline, cite, movedFromSection, describeDuty, describeTimescale, formatsOf, keyFacts, labelsOf, primarySide, quoted, roleLines } from './describe.js';
import { TAGS, isKnownTag, sortTags } from '../tags.js';
import { clean, describeSectionChange, groupBySection, plural, sidePieces, splitSpace } from './group.js';
import { chapterRows, LANES } from './change-map.js';

const text = (value: string): PhrasingContent => ({ type: 'text', value: clean(value) });
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
const code = (value: string): PhrasingContent => ({ type: 'inlineCode', value: clean(value) });
const para = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
const heading = (depth: 1 | 2 | 3 | 4, ...children: PhrasingContent[]): Heading => ({ type: 'heading', depth, children });
const list = (items: PhrasingContent[][]): List => ({
  type: 'list', ordered: false, spread: false,
  children: items.map((children): ListItem => ({ type: 'listItem', spread: false, children: [para(...children)] })),
});
const row = (cells: PhrasingContent[][]): TableRow => ({ type: 'tableRow', children: cells.map((children) => ({ type: 'tableCell', children })) });

export const renderMarkdown: Renderer = (cmp, opts) => {
  const shown = shownChanges(cmp, opts.all);
  const formats = formatsOf(cmp);
  const { old: o, new: n } = cmp.documents;
  const body: RootContent[] = [
    heading(1, text(`Changes from ${o.label} to ${n.label}`)),
    list([docLine('Earlier edition', o), docLine('Later edition', n)]),
    heading(2, text('Summary')),
    para(text(shownSentence(cmp, shown.length))),
  ];
  const tags = sortTags(Object.keys(cmp.summary.byTag));
  if (tags.length) body.push(tagTable(cmp, tags));

  // Each section once, under its path in the later edition (group.ts sectionPaths); changes
  // numbered in the order they are listed under their sections, so a response can cite
  // "change 3" of this report.
  const groups = groupBySection(cmp, shown);
  const listed = groups.flatMap((g) => g.changes.map((c) => ({ c, title: g.title })));
  const numbers = new Map(listed.map(({ c }, i) => [c, i + 1] as const));
  const say = listed.flatMap(({ c, title }, i) => keyFacts(c).map((fact): PhrasingContent[] => [
    strong(fact), text(` — ${title}, ${cite(primarySide(c), c.new ? formats.new : formats.old)} (change ${i + 1})`),
  ]));
  if (say.length) {
    body.push(heading(2, text('Who lost or gained a say, duties and time limits')));
    body.push(list(say));
  }

  const sectionNotes = cmp.sections.filter((s) => s.kind !== 'matched');
  if (sectionNotes.length || cmp.terminology.length) {
    body.push(heading(2, text('Sections and terminology')));
    body.push(list([
      ...sectionNotes.map((s) => [text(describeSectionChange(s))]),
      ...cmp.terminology.map((t) => [text(`Terminology: “${t.from}” → “${t.to}” (${plural(t.count, 'change')})`)]),
    ]));
  }

  if (groups.length) {
    // The HTML report's change map as text: chapters, most substantive first (change-map.ts).
    body.push(heading(2, text('Where the changes are')));
    body.push(para(text('Changes shown per chapter, most substantive first. A change is counted under each of Roles, Duties and Time limits that it concerns, and under Other wording only if it concerns none of them.')));
    body.push({
      type: 'table',
      align: ['left', 'right', 'right', 'right', 'right', 'right'],
      children: [
        row([[text('Chapter')], ...LANES.map(({ label }) => [text(label)]), [text('All changes')]]),
        ...chapterRows(groups).map((r) => row([[text(r.title)], ...LANES.map(({ lane }) => [text(String(r.counts[lane]))]), [text(String(r.total))]])),
      ],
    });
    body.push(heading(2, text('Changes')));
    for (const g of groups) {
      body.push(heading(3, text(g.title)));
      if (g.sectionChange) body.push(para({ type: 'emphasis', children: [text(describeSectionChange(g.sectionChange))] }));
      for (const c of g.changes) body.push(...changeBlocks(cmp, c, numbers.get(c) ?? 0));
    }
  }
  const tree: Root = { type: 'root', children: body };
  return toMarkdown(tree, { extensions: [gfmToMarkdown()], bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-' });
};

function docLine(what: string, d: DocumentInfo): PhrasingContent[] {
  const out: PhrasingContent[] = [text(`${what}: `), strong(d.title || d.label)];
  out.push(text(' ('), code(d.path ?? d.label), text(`, ${plural(d.sections, 'section')}, ${plural(d.blocks, 'paragraph')})`));
  return out;
}

function tagTable(cmp: Comparison, tags: string[]): Table {
  return {
    type: 'table',
    align: ['left', 'right', 'left'],
    children: [
      row([[text('Tag')], [text('Changes with this tag')], [text('Meaning')]]),
      ...tags.map((t) => row([[code(t)], [text(String(cmp.summary.byTag[t] ?? 0))], [text(isKnownTag(t) ? TAGS[t] : '')]])),
    ],
  };
}

/**
 * One change: a heading by its paragraph label ("¶ 4.2: Manager removed from: …") or, without
 * one, by its number in this report, then the facts and the Before and Now quotations, each
 * cited as the user's own file has it (see describe.ts cite).
 */
function changeBlocks(cmp: Comparison, c: Change, n: number): BlockContent[] {
  const out: BlockContent[] = [];
  const formats = formatsOf(cmp);
  const labels = labelsOf(c);
  const label = labels ? `¶ ${labels}` : null;
  out.push(heading(4, text(`${label ?? `Change ${n}`}: ${changeHeadline(c)}`)));

  const facts: PhrasingContent[][] = [];
  const tagCells: PhrasingContent[] = [text('Tags: ')];
  c.tags.forEach((t, i) => tagCells.push(...(i ? [text(', ')] : []), code(t)));
  if (c.accepted) tagCells.push(text(` (accepted${c.acceptedReason ? `: ${c.acceptedReason}` : ''})`));
  facts.push(tagCells);
  for (const r of roleLines(c.roleEvents)) facts.push([strong(r.text), ...(r.triggers.length ? [text(` (${quoted(r.triggers)})`)] : [])]);
  for (const d of [describeDuty(c), describeTimescale(c)]) if (d) facts.push([strong(d)]);
  if (c.terminology?.length) facts.push([text(`Terminology: ${c.terminology.join('; ')}`)]);
  const movedFrom = movedFromSection(c);
  if (movedFrom) facts.push([text(`Moved from: ${movedFrom.join(' › ')}`)]);
  out.push(list(facts));

  if (c.old) {
    out.push(para(strong('Before'), text(` (${cmp.documents.old.label}, ${cite(c.old, formats.old)}):`)));
    out.push({ type: 'blockquote', children: [para(...sidePhrasing(c, 'delete'))] });
  }
  if (c.new) {
    out.push(para(strong('Now'), text(` (${cmp.documents.new.label}, ${cite(c.new, formats.new)}):`)));
    out.push({ type: 'blockquote', children: [para(...sidePhrasing(c, 'insert'))] });
  }
  return out;
}

/** One side's words: unchanged text plus this side's changes, ~~struck~~ or **bold**. */
function sidePhrasing(c: Change, mine: 'delete' | 'insert'): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const p of sidePieces(c, mine)) {
    if (!p.changed) { out.push(text(p.text)); continue; }
    const [lead, words, trail] = splitSpace(p.text);
    if (lead) out.push(text(lead));
    if (words) out.push(mine === 'delete' ? { type: 'delete', children: [text(words)] } : strong(words));
    if (trail) out.push(text(trail));
  }
  return out;
}
