// package.json's `engines` names the oldest Node the code needs: pdfjs-dist 5.6 asks for 20.19
// (and we use process.getBuiltinModule, import attributes on JSON). CI runs on a Node that must meet it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../package.json'), 'utf8')) as { engines: { node: string }; files: string[] };
const version = (v: string) => v.replace(/^v|^>=/g, '').split('.').map(Number) as [number, number, number];
const atLeast = (a: number[], b: number[]) => a[0]! !== b[0]! ? a[0]! > b[0]! : a[1]! !== b[1]! ? a[1]! > b[1]! : a[2]! >= b[2]!;

describe('engines', () => {
  it('asks for at least what pdf.js asks for, and this Node meets it', () => {
    const ours = version(pkg.engines.node);
    const pdfjs = JSON.parse(readFileSync(join(import.meta.dirname, '../node_modules/pdfjs-dist/package.json'), 'utf8')) as { engines: { node: string } };
    const theirs = version(/>=\s*([\d.]+)/.exec(pdfjs.engines.node)![1]!);
    expect(atLeast(ours, theirs)).toBe(true);
    expect(atLeast(version(process.version), ours)).toBe(true);
  });

  it('does not ship the evaluation, whose data stays in the repository', () => {
    expect(pkg.files).toContain('!dist/eval');
  });
});
