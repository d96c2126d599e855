// The app page's stylesheet (the report in its frame keeps its own, report/html-style.ts).
// The same colours as the report; focus is always visible; the drop zones say so when a file
// is over them.
export const APP_STYLE = `
:root { --ink: #1b1b1b; --muted: #4a4a4a; --line: #c9c9c9; --paper: #ffffff; --panel: #f4f5f7; --accent: #1d4f91; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: var(--paper); font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
header.masthead { background: #0b2e59; color: #fff; padding: 1.25rem 2rem 1rem; }
header.masthead h1 { margin: 0 0 .35rem; font-size: 1.6rem; line-height: 1.25; }
header.masthead p { margin: .15rem 0; color: #e6edf7; }
main { padding: 1rem 2rem 2rem; max-width: 96rem; margin: 0 auto; }
.privacy { background: #e8f1fb; border-left: 4px solid var(--accent); padding: .6rem 1rem; }
.sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; }
fieldset.side { border: 2px dashed var(--line); border-radius: 6px; padding: .75rem 1rem 1rem; margin: 0; }
fieldset.side.over { border-color: var(--accent); background: var(--panel); }
fieldset.side legend { font-weight: 600; padding: 0 .3rem; }
fieldset.side label { display: block; margin: .6rem 0 .2rem; }
fieldset.side input[type=text] { width: 100%; padding: .35rem .5rem; font: inherit; }
.chosen { margin: .3rem 0; color: var(--muted); overflow-wrap: anywhere; }
.formats { color: var(--muted); margin: .5rem 0; }
details.roles { margin: .5rem 0 1rem; }
.actions button, .downloads button { font: inherit; padding: .45rem 1.1rem; border-radius: 4px; border: 1px solid var(--accent); cursor: pointer; }
#compare { background: var(--accent); color: #fff; }
#cancel, .downloads button { background: var(--paper); color: var(--accent); margin-left: .5rem; }
button:disabled { opacity: .6; cursor: progress; }
a:focus-visible, button:focus-visible, input:focus-visible, summary:focus-visible { outline: 3px solid #f0b400; outline-offset: 2px; }
#status { min-height: 1.8rem; margin: .8rem 0; }
progress { width: 14rem; vertical-align: middle; }
.error { color: #7d1510; background: #fde4e2; padding: .5rem 1rem; border-radius: 4px; }
.summary { font-weight: 600; }
.downloads { margin: .5rem 0 1rem; }
.downloads button:first-of-type { margin-left: 0; }
iframe#report { width: 100%; height: 80vh; border: 1px solid var(--line); border-radius: 4px; }
footer { color: var(--muted); font-size: .9rem; padding: 0 2rem 2rem; max-width: 96rem; margin: 0 auto; }
[hidden] { display: none !important; }
`;
