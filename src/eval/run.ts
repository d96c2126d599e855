// `npm run eval`: score the tagger on the evaluation sets and print the tables.
// pairs.jsonl is the development set (the rules were tuned while reading it);
// heldout.jsonl was written blind to the rules and never tuned on.
import { readFileSync } from 'node:fs';
import { evaluate, formatReport, parsePairs } from './score.js';

const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const sets = files.length ? files.map((f) => [f, f] as const) : ([['development set', '../../test/eval/pairs.jsonl'], ['held-out set', '../../test/eval/heldout.jsonl']] as const);
for (const [name, file] of sets) {
  const path = file.startsWith('../') ? new URL(file, import.meta.url) : file;
  const report = evaluate(parsePairs(readFileSync(path, 'utf8')));
  process.stdout.write(`## ${name}\n\n${formatReport(report)}\n\n`);
  if (process.argv.includes('--failures')) for (const f of report.failures) process.stdout.write(`${f.id}: expected [${f.expected}] got [${f.got}]\n`);
}
