#!/usr/bin/env node
// The parse floor: a process that only reads both files and parses them with the same remark
// pipeline wtdiff uses (unified + remark-parse + remark-gfm), one after the other, then exits.
//
//   node bench/parse-floor.mjs OLD.md NEW.md
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';

const files = process.argv.slice(2);
if (files.length !== 2) {
  process.stderr.write('usage: node bench/parse-floor.mjs OLD NEW\n');
  process.exit(2);
}
let nodes = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const tree = unified().use(remarkParse).use(remarkGfm).parse(text);
  nodes += tree.children.length; // keep the tree observably used
}
if (process.env.WTDIFF_BENCH_VERBOSE) process.stderr.write(`parse-floor: ${nodes} top-level nodes\n`);
