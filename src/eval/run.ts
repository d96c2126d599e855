// `npm run eval`: score the tagger on every evaluation set and print the tables.
// pairs.jsonl is the development set (the rules were tuned while reading it);
// heldout.jsonl was written blind to the rules and never tuned on; real/*.jsonl are
// passages of real guidance with edits and annotations made by people who had not
// seen the rules, scored through the whole pipeline; real2/*.jsonl is a second such set,
// annotated and committed before the rules of 798bad7 were first run on it; real3 is a
// third, committed before the rules of the commit that added it here were first run on it;
// real4 a fourth, first run on the final rules of issue 13's second round (607448a). `--failures` lists the misses.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluate, formatReport, parsePairs } from './score.js';
import { formatSuite, scoreSuite } from './alignment.js';
import { agreement, evaluatePassages, formatPassageReport, parseItems, type SecondAnnotation } from './passages.js';

const failures = process.argv.includes('--failures');
const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const at = (f: string) => new URL(`../../test/eval/${f}`, import.meta.url);
const sets: [string, string | URL][] = files.length
  ? files.map((f) => [f, f])
  : [
      ['development set', at('pairs.jsonl')],
      ['held-out set', at('heldout.jsonl')],
      ['real passages: Working Together', at('real/wt.jsonl')],
      ['real passages: KCSIE and other guidance', at('real/other.jsonl')],
      ['real passages, second blind set: Working Together', at('real2/wt.jsonl')],
      ['real passages, second blind set: KCSIE and other guidance', at('real2/other.jsonl')],
      ['real passages, third blind set: Working Together and care planning', at('real3/wt.jsonl')],
      ['real passages, third blind set: KCSIE and other guidance', at('real3/other.jsonl')],
      ['real passages, fourth blind set: mixed guidance', at('real4/mixed.jsonl')],
    ];
for (const [name, path] of sets) {
  const text = readFileSync(path, 'utf8');
  const first = text.trimStart().split('\n', 1)[0] ?? '';
  process.stdout.write(`## ${name}\n\n`);
  if (first.includes('"events"')) {
    const report = evaluatePassages(parseItems(text));
    process.stdout.write(`${formatPassageReport(report)}\n\n`);
    if (failures) for (const f of report.failures) process.stdout.write(`${f.id} (${f.kind}): missed [${f.missed.join(', ')}] wrong [${f.wrong.join(', ')}]\n`);
  } else {
    const report = evaluate(parsePairs(text));
    process.stdout.write(`${formatReport(report)}\n\n`);
    if (failures) for (const f of report.failures) process.stdout.write(`${f.id}: expected [${f.expected}] got [${f.got}]\n`);
  }
}

// Set 3 was annotated twice, independently: how far two careful readers agree.
if (!files.length && existsSync(at('real3/second-annotator.jsonl'))) {
  const items = ['real3/wt.jsonl', 'real3/other.jsonl'].flatMap((f) => parseItems(readFileSync(at(f), 'utf8')));
  const second = readFileSync(at('real3/second-annotator.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as SecondAnnotation);
  const a = agreement(items, second);
  process.stdout.write(`## agreement of two annotators on the third blind set\n\nSecond annotator against the first: TP ${a.tp}, FP ${a.fp}, FN ${a.fn}, precision ${a.precision.toFixed(3)}, recall ${a.recall.toFixed(3)}; items differing: ${a.itemsDiffering.length} of ${items.length} (${a.itemsDiffering.join(', ')})\n`);
}

// Alignment on the generated move suite (issue 16): moves, renumbering, repeated paragraphs.
if (!files.length) {
  const suite = scoreSuite(fileURLToPath(new URL('../../test/fixtures/alignment/cases', import.meta.url)));
  process.stdout.write(`\n## alignment: generated move suite (test/fixtures/alignment)\n\n${formatSuite(suite)}\n`);
  if (failures) for (const m of [...suite.markdown.misses, ...suite.text.misses]) process.stdout.write(`${m}\n`);
}

