// What went into the browser app (dist/app/, written by `npm test`'s build): the CLI's own
// pipeline, readers and report builders, and none of the CLI's edge; and a page whose policy
// hashes the script it actually holds.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Text } from 'hast';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';
import { assertInlineSafe, contentSecurityPolicy } from '../../src/app/shell.js';

const inputs = JSON.parse(readFileSync(join(ROOT, 'dist/app/inputs.json'), 'utf8')) as { worker: string[]; page: string[] };
const page = readFileSync(join(ROOT, 'dist/app/wtdiff.html'), 'utf8');

describe('the app bundle', () => {
  it('runs the modules the CLI runs: readers, pipeline, report builders', () => {
    for (const module of ['src/ingest/read.ts', 'src/ingest/docx.ts', 'src/ingest/pdf/extract.ts', 'src/ingest/html.ts', 'src/pipeline/compare.ts', 'src/pipeline/redline.ts', 'src/classify/index.ts', 'src/report/html.ts', 'src/report/markdown.ts', 'src/report/json.ts', 'src/report/docx.ts']) {
      expect(inputs.worker, module).toContain(module);
    }
  });

  it('holds nothing of the CLI’s edge: no files, processes, URLs or commands', () => {
    const all = [...inputs.worker, ...inputs.page];
    expect(all.filter((i) => /^src\/(cli|check|eval)\/|^src\/ingest\/(index|local|url)\.ts$|^src\/index\.ts$/.test(i))).toEqual([]);
    expect(all.filter((i) => /^node:|^(fs|child_process|net|http|https|worker_threads)$/.test(i))).toEqual([]);
    // pdf.js's Node loader is swapped for the browser's.
    expect(inputs.worker).not.toContain('src/ingest/pdf/load.ts');
    expect(inputs.worker).toContain('src/app/browser/shims/pdf-load.ts');
  });

  it('adds only the app’s own modules to src: the page, the worker, and the built-ins’ stand-ins', () => {
    const own = [...new Set([...inputs.worker, ...inputs.page])].filter((i) => i.startsWith('src/app/')).sort();
    expect(own).toEqual(['src/app/browser/page.ts', 'src/app/browser/shims/crypto.ts', 'src/app/browser/shims/module.ts', 'src/app/browser/shims/path.ts', 'src/app/browser/shims/pdf-load.ts', 'src/app/browser/shims/zlib.ts', 'src/app/browser/worker.ts']);
  });

  it('is one file whose policy hashes the one script it holds, and allows no network', () => {
    const tree = fromHtml(page);
    const scripts = selectAll('script', tree);
    expect(scripts).toHaveLength(1);
    const script = (scripts[0]!.children[0] as Text).value;
    expect(() => assertInlineSafe(script)).not.toThrow();
    const csp = String(selectAll('meta', tree).find((m) => m.properties['httpEquiv']?.toString() === 'Content-Security-Policy')?.properties['content']);
    expect(csp).toBe(contentSecurityPolicy(script));
    expect(csp).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    expect(selectAll('link, img, iframe[src], object, embed', tree)).toEqual([]);
  });
});

describe('the page around the script', () => {
  it('refuses a script that would end its element early or open a comment', () => {
    for (const bad of ['a = "</script>"', 'a = "</SCRIPT "', 'x = "<!-- y"', 'b = "<script>"']) expect(() => assertInlineSafe(bad), bad).toThrow(/would end its <script> element early/);
    expect(() => assertInlineSafe('a = "\\u003c/script>"; b = 1 < 2')).not.toThrow();
  });

  it('allows scripts and styles by hash only, workers and frames from blob: only, and nothing from the network', () => {
    const directives = Object.fromEntries(contentSecurityPolicy('x()').split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['connect-src']).toEqual(["'none'"]);
    expect(directives['worker-src']).toEqual(['blob:']);
    expect(directives['frame-src']).toEqual(['blob:']);
    for (const d of ['script-src', 'style-src']) expect(directives[d]!.every((v) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(v)), d).toBe(true);
    expect(contentSecurityPolicy('x()')).not.toMatch(/https?:|\*|unsafe|data:/);
  });
});
