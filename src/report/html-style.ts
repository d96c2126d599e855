// The report's stylesheet, inlined into the page. Colours meet WCAG AA on their
// backgrounds; deletions are also struck through and insertions underlined, so
// colour is never the only signal. Print: no controls, no broken-up changes, and every change
// rendered (content-visibility: visible).
export const HTML_STYLE = `
:root { --ink: #1b1b1b; --muted: #4a4a4a; --line: #c9c9c9; --paper: #ffffff; --panel: #f4f5f7;
  --accent: #1d4f91; --del-bg: #fde4e2; --del-ink: #7d1510; --ins-bg: #dff3e4; --ins-ink: #0b4a22;
  --role-bg: #f3e8fb; --role-ink: #5b1f7a; --duty-bg: #fff2d6; --duty-ink: #6b4200; }
* { box-sizing: border-box; }
html { font-size: 100%; }
body { margin: 0; color: var(--ink); background: var(--paper); font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, .filters label:has(input:focus-visible) { outline: 3px solid #f0b400; outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: var(--paper); padding: .5rem 1rem; z-index: 10; }
.skip:focus { left: .5rem; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
header.masthead { background: #0b2e59; color: #fff; padding: 1.25rem 2rem 1rem; }
header.masthead h1 { margin: 0 0 .35rem; font-size: 1.6rem; line-height: 1.25; }
header.masthead p { margin: .15rem 0; color: #e6edf7; }
header.masthead code { color: #fff; background: rgba(255,255,255,.12); padding: 0 .3em; border-radius: 3px; }
.layout { display: grid; grid-template-columns: minmax(14rem, 18rem) minmax(0, 1fr); gap: 2rem; padding: 1.5rem 2rem 3rem; max-width: 96rem; margin: 0 auto; }
nav.contents { position: sticky; top: 1rem; align-self: start; max-height: calc(100vh - 2rem); overflow: auto; font-size: .95rem; }
nav.contents h2 { font-size: 1.05rem; margin: 0 0 .5rem; }
nav.contents ol { list-style: none; margin: 0; padding: 0; }
nav.contents li { margin: 0 0 .45rem; }
nav.contents a { display: flex; justify-content: space-between; gap: .75rem; text-decoration: none; padding: .2rem .4rem; border-radius: 4px; }
nav.contents a:hover { background: var(--panel); text-decoration: underline; }
nav.contents .count { flex: none; min-width: 1.8rem; text-align: center; background: var(--panel); color: var(--ink); border: 1px solid var(--line); border-radius: 999px; font-size: .8rem; padding: 0 .4rem; align-self: start; }
main h2 { font-size: 1.3rem; margin: 2rem 0 .75rem; padding-bottom: .3rem; border-bottom: 2px solid var(--line); }
main > section:first-child h2 { margin-top: 0; }
table.summary { border-collapse: collapse; width: 100%; font-size: .95rem; }
table.summary th, table.summary td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
table.summary code { white-space: nowrap; }
table.summary td.num, table.summary th.num { text-align: right; font-variant-numeric: tabular-nums; }
ul.notes { padding-left: 1.2rem; }
ul.key-list { padding-left: 1.2rem; margin: 0; }
ul.key-list li { margin: .2rem 0; }
ul.key-list a { font-weight: 600; }
ul.key-list .key-where { color: var(--muted); }
.controls { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .9rem 1rem; margin: 1.5rem 0; }
.controls fieldset { border: 0; margin: 0 0 .6rem; padding: 0; }
.controls legend { font-weight: 600; margin-bottom: .35rem; }
.filters { display: flex; flex-wrap: wrap; gap: .4rem; }
.filters label { display: inline-flex; align-items: center; gap: .35rem; background: var(--paper); border: 1px solid #8a8a8a; border-radius: 999px; padding: .2rem .7rem; cursor: pointer; font-size: .9rem; }
.filters input:checked + span { font-weight: 700; }
.filters label:has(input:checked) { background: #e3ecf8; border-color: var(--accent); }
.search-row { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; }
.search-row input[type=search] { font: inherit; padding: .35rem .5rem; border: 1px solid #767676; border-radius: 4px; min-width: 18rem; }
.search-row button { font: inherit; padding: .3rem .8rem; border: 1px solid #767676; border-radius: 4px; background: var(--paper); cursor: pointer; }
.layout-choice label { margin-right: .8rem; }
p.status { margin: .6rem 0 0; font-weight: 600; }
section.doc-section { margin-bottom: 1.5rem; }
section.doc-section > h2 .parent { display: block; font-size: .85rem; font-weight: 400; color: var(--muted); }
section.doc-section > p.section-note { margin: -.25rem 0 .75rem; color: var(--muted); font-style: italic; }
article.change { border: 1px solid var(--line); border-left: 5px solid #8a8a8a; border-radius: 6px; padding: .8rem 1rem 1rem; margin: 0 0 1rem; background: var(--paper); break-inside: avoid; }
/* Changes off screen are not rendered until they come near it: a report of thousands of changes
   loads and filters as quickly as a small one. Each keeps its place by its last size, or a guess
   until it has been rendered once; its text stays in the page for find-in-page and screen readers.
   Not on sections: a change filtered out (hidden) inside a section left unrendered would keep its
   old style, and stay in the accessibility tree. */
section.doc-section > article.change { content-visibility: auto; contain-intrinsic-size: auto 16rem; }
article.change.role { border-left-color: #7b2fa6; }
article.change.duty { border-left-color: #b36b00; }
article.change h3 { font-size: 1.02rem; margin: 0 0 .4rem; }
article.change h3 .where { font-weight: 400; color: var(--muted); font-size: .9rem; margin-left: .4rem; }
ul.tags { list-style: none; display: flex; flex-wrap: wrap; gap: .3rem; margin: 0 0 .6rem; padding: 0; }
ul.tags li { font-size: .8rem; border: 1px solid #8a8a8a; border-radius: 3px; padding: 0 .4rem; background: var(--panel); color: var(--ink); font-family: ui-monospace, SFMono-Regular, Consolas, monospace; }
ul.tags li.tag-role { background: var(--role-bg); color: var(--role-ink); border-color: #b48acb; }
ul.tags li.tag-duty, ul.tags li.tag-time { background: var(--duty-bg); color: var(--duty-ink); border-color: #d9b46a; }
ul.facts { margin: 0 0 .7rem; padding-left: 1.2rem; }
ul.facts li.role-event { font-weight: 700; color: var(--role-ink); }
ul.facts li.duty-event { font-weight: 700; color: var(--duty-ink); }
ul.facts .trigger { font-weight: 400; color: var(--muted); }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: .8rem; }
.sides figure, .inline figure { margin: 0; }
.sides figcaption, .inline figcaption { font-size: .82rem; font-weight: 700; color: var(--muted); margin-bottom: .25rem; }
blockquote.quote { margin: 0; padding: .55rem .75rem; background: #fafafa; border: 1px solid #e1e1e1; border-radius: 4px; white-space: pre-wrap; }
del { background: var(--del-bg); color: var(--del-ink); text-decoration: line-through; text-decoration-thickness: 2px; }
ins { background: var(--ins-bg); color: var(--ins-ink); text-decoration: underline; text-decoration-thickness: 2px; font-weight: 600; }
/* Read out by screen readers but, being generated content, never selected or copied. */
del::before, del::after, ins::before, ins::after { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
del::before { content: "[deleted: "; }
ins::before { content: "[inserted: "; }
del::after, ins::after { content: "]"; }
.copy-bar { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem; margin-top: .6rem; }
.copy-bar button { font: inherit; font-size: .9rem; padding: .2rem .7rem; border: 1px solid #767676; border-radius: 4px; background: var(--paper); color: var(--ink); cursor: pointer; }
.copy-bar .copy-status { font-size: .9rem; font-weight: 600; color: var(--muted); }
.copy-bar textarea { flex: 1 0 100%; font: .9rem/1.4 ui-monospace, SFMono-Regular, Consolas, monospace; min-height: 8rem; }
/* The change map (html-map.ts): shapes as well as colours tell the kinds of change apart. */
.change-map .map-intro { margin: 0 0 .6rem; color: var(--muted); }
.change-map { position: relative; }
.skip-map { position: absolute; left: -999px; background: var(--paper); padding: .2rem .6rem; }
.skip-map:focus { left: 0; z-index: 5; }
.map-toggle { border: 0; margin: 0 0 .4rem; padding: 0; }
.map-toggle legend { font-weight: 600; float: left; margin-right: .8rem; }
.map-toggle label { margin-right: 1rem; }
.map-figure { margin: 0; }
.map-figure figcaption { font-size: .9rem; color: var(--muted); margin: .2rem 0; }
.map-svg { display: block; width: 100%; height: auto; }
.lane-label, .section-label { font: 12px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: var(--ink); }
.lane-rule { stroke: #e3e6eb; stroke-width: 1; }
.chapter-rule { stroke: var(--ink); stroke-width: 1.5; }
.map-section { fill: #dde2ea; stroke: #ffffff; stroke-width: 1; }
.map-section.alt { fill: #c8d0dc; }
.map-section.changed { fill: #9fb0c8; }
.map-section.changed.alt { fill: #8c9fbb; }
[data-lane="role"] .shape { fill: #7b2fa6; }
[data-lane="duty"] .shape { fill: #b36b00; }
[data-lane="time"] .shape { fill: #0f6e74; }
[data-lane="wording"] .shape { fill: #5f6b7a; }
.map-mark .shape { stroke: #ffffff; stroke-width: 1; }
.map-mark:hover .shape { stroke: var(--ink); stroke-width: 2.5; }
.map-mark:focus-visible { outline: none; }
.map-mark:focus-visible .shape { stroke: #f0b400; stroke-width: 4; }
.move-arc { fill: none; stroke: var(--accent); stroke-width: 1.5; stroke-dasharray: 5 3; }
.map-svg .arrow { fill: var(--accent); }
.map-readout { min-height: 1.6em; margin: .3rem 0 0; font-weight: 600; }
.inline { display: none; }
body.view-inline .sides { display: none; }
body.view-inline .inline { display: block; }
.empty { color: var(--muted); font-style: italic; }
footer { border-top: 1px solid var(--line); color: var(--muted); font-size: .85rem; padding: 1rem 2rem 2rem; max-width: 96rem; margin: 0 auto; }
[hidden] { display: none !important; }
@media (max-width: 60rem) {
  .layout { grid-template-columns: 1fr; padding: 1rem; }
  nav.contents { position: static; max-height: none; }
  .sides { grid-template-columns: 1fr; }
}
@media print {
  @page { margin: 1.5cm; }
  body { font-size: 10.5pt; }
  header.masthead { background: none; color: #000; border-bottom: 2px solid #000; padding: 0 0 .5rem; }
  header.masthead p, header.masthead code { color: #000; background: none; }
  .controls, .skip, .skip-map, nav.contents, .copy-bar, .map-toggle, .map-readout { display: none !important; }
  .map-svg { -webkit-print-color-adjust: exact; print-color-adjust: exact; break-inside: avoid; }
  .layout { display: block; padding: 0; }
  article.change { break-inside: avoid; page-break-inside: avoid; }
  section.doc-section > article.change { content-visibility: visible; contain-intrinsic-size: none; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  del, ins { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: #000; text-decoration: none; }
}
`;
