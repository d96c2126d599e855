// The stages import only downward (docs/architecture.md, "What each folder may import"):
// every relative import in src/ is read with TypeScript's own pre-processor (static, dynamic
// and type-only imports, and re-exports) and checked against the table below.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const SRC = resolve(import.meta.dirname, '../src');

/** A module's layer: its folder under src/, or for a top-level file its name (without .ts). */
function layerOf(file: string): string {
  const [first, second] = relative(SRC, file).split('/');
  return second === undefined ? first!.replace(/\.ts$/, '') : first!;
}

/** Shared by every layer: the contracts and small helpers with no stage behind them. */
const SHARED = ['types', 'contracts', 'errors', 'tags', 'version', 'limits', 'timings', 'summary', 'role-names', 'text'];

/**
 * What each layer may import besides itself and the shared modules: a layer, or one module of
 * it (`classify/lexicon.ts`: the applications build the role lexicon a user gives them).
 */
const MAY_IMPORT: Record<string, string[]> = {
  ...Object.fromEntries(SHARED.map((s) => [s, []])),
  ingest: [],
  parse: [],
  align: ['parse'],
  diff: ['align', 'parse'],
  classify: ['diff', 'align', 'parse'],
  // The one place that wires stages together: compare, history, who decides.
  pipeline: ['classify', 'diff', 'align', 'parse'],
  // Reports render the contracts in types.ts and nothing else.
  report: [],
  // The applications built on the pipeline.
  check: ['pipeline', 'ingest', 'classify/lexicon.ts'],
  // The evaluation scores the classifier on sentence pairs as well as whole comparisons.
  eval: ['pipeline', 'classify', 'ingest'],
  cli: ['check', 'pipeline', 'ingest', 'report', 'classify/lexicon.ts'],
  // The browser app: bytes in, never files, processes or URLs (ingest/index.ts is the Node edge).
  app: ['pipeline', 'report', 'ingest/read.ts', 'ingest/sniff.ts', 'classify/lexicon.ts'],
  index: ['cli', 'check', 'pipeline', 'classify', 'parse', 'ingest', 'report'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

interface Import {
  from: string;
  to: string;
}

/** Every relative import of a file that lands in src/ (data/ and schema/ JSON are not modules of a layer). */
function importsOf(file: string): Import[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles
    .map((f) => f.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => resolve(dirname(file), spec).replace(/\.js$/, '.ts'))
    .filter((target) => !relative(SRC, target).startsWith('..'))
    .map((target) => ({ from: file, to: target }));
}

function violations(files: string[]): string[] {
  const out: string[] = [];
  for (const file of files) {
    const from = layerOf(file);
    for (const { to } of importsOf(file)) {
      const target = layerOf(to);
      const may = MAY_IMPORT[from] ?? [];
      const allowed = target === from || SHARED.includes(target) || may.includes(target) || may.includes(relative(SRC, to));
      if (!allowed) out.push(`${relative(SRC, file)} (${from}) imports ${relative(SRC, to)} (${target})`);
    }
  }
  return out;
}

describe('the import graph of src/', () => {
  const files = sourceFiles(SRC);

  it('has a layer for every module', () => {
    const unknown = [...new Set(files.map(layerOf))].filter((layer) => !(layer in MAY_IMPORT));
    expect(unknown).toEqual([]);
  });

  it('has no backward import', () => {
    expect(violations(files)).toEqual([]);
  });

  it('has no module over 250 lines that does not say at its top why it is one piece', () => {
    const long = files.filter((f) => readFileSync(f, 'utf8').split('\n').length > 250);
    const unexplained = long.filter((f) => !/^(?:\/\/[^\n]*\n)*?\/\/ One piece: /.test(readFileSync(f, 'utf8')));
    expect(unexplained.map((f) => relative(SRC, f))).toEqual([]);
  });

  it('reads every kind of import, so the check above can fail', () => {
    // A report that imported the classifier, once statically, once lazily, once for a type.
    const dir = join(SRC, 'report');
    const probe = (code: string) => {
      const info = ts.preProcessFile(code, true, true);
      return info.importedFiles.map((f) => resolve(dir, f.fileName).replace(/\.js$/, '.ts')).map((to) => layerOf(to));
    };
    expect(probe("import { classify } from '../classify/index.js';")).toEqual(['classify']);
    expect(probe("const m = await import('../classify/index.js');")).toEqual(['classify']);
    expect(probe("import type { RoleLexicon } from '../classify/lexicon.js';")).toEqual(['classify']);
    expect(probe("export { classify } from '../classify/index.js';")).toEqual(['classify']);
    expect(MAY_IMPORT['report']).not.toContain('classify');
  });
});
