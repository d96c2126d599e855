// Shared by the report tests: a comparison from two files, rendered by name.
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Chalk } from 'chalk';
import { compareDocuments } from '../../src/pipeline/compare.js';
import { parseDocument } from '../../src/parse/document.js';
import { renderers } from '../../src/report/all.js';
import type { Comparison } from '../../src/types.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const GUIDANCE_OLD = 'guidance/wt-2015.md';
export const GUIDANCE_NEW = 'guidance/wt-2018.md';
export const HOSTILE_OLD = 'test/fixtures/hostile-old.md';
export const HOSTILE_NEW = 'test/fixtures/hostile-new.md';

export function compareFiles(oldPath: string, newPath: string): Comparison {
  const read = (p: string) => parseDocument(readFileSync(join(ROOT, p), 'utf8'), basename(p));
  return compareDocuments(read(oldPath), read(newPath), {
    oldLabel: basename(oldPath), newLabel: basename(newPath), oldPath, newPath,
  });
}

export function render(format: string, cmp: Comparison, all = false): string {
  const r = renderers[format];
  if (!r) throw new Error(`no renderer ${format}`);
  return r(cmp, { all, chalk: new Chalk({ level: 0 }) });
}
