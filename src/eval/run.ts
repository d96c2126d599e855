// `npm run eval`: score the tagger on test/eval/pairs.jsonl and print the table.
import { readFileSync } from 'node:fs';
import { evaluate, formatReport, parsePairs } from './score.js';

const file = process.argv[2] ?? new URL('../../test/eval/pairs.jsonl', import.meta.url);
const report = evaluate(parsePairs(readFileSync(file, 'utf8')));
process.stdout.write(`${formatReport(report)}\n`);
if (process.argv.includes('--failures')) for (const f of report.failures) process.stdout.write(`${f.id}: expected [${f.expected}] got [${f.got}]\n`);
