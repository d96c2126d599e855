import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun,
} from 'docx';
import { readInput } from '../../src/ingest/index.js';
import { InputError } from '../../src/ingest/errors.js';
import { blocksOf, guidanceMarkdown, markdownToHtml, printPdf } from '../support/documents.js';
import { launchChromium } from '../support/browser.js';

let server: Server;
let base: string;
const routes = new Map<string, { type: string; body: Buffer }>();
const source = guidanceMarkdown();

beforeAll(async () => {
  const html = markdownToHtml(source).replace('<body>', '<body><nav>Menu</nav><main>').replace('</body>', '</main><footer>Footer</footer></body>');
  routes.set('/guidance', { type: 'text/html; charset=utf-8', body: Buffer.from(html) });
  routes.set('/guidance.md', { type: 'text/markdown; charset=utf-8', body: Buffer.from(source) });
  routes.set('/notes', { type: 'text/plain; charset=utf-8', body: Buffer.from('42. The social worker\nrecords the decision.\n') });
  const browser = await launchChromium();
  try {
    routes.set('/download/guidance', { type: 'application/pdf', body: await printPdf(browser, source, '', { format: 'A4' }) });
  } finally {
    await browser.close();
  }
  const doc = new Document({
    numbering: { config: [{ reference: 'p', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 42, alignment: AlignmentType.START }] }] },
    sections: [{ children: [new Paragraph({ text: 'Decisions', heading: HeadingLevel.HEADING_1 }), new Paragraph({ children: [new TextRun('The social worker decides.')], numbering: { reference: 'p', level: 0 } })] }],
  });
  routes.set('/draft', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', body: await Packer.toBuffer(doc) });
  // Lies about its type: the bytes are a PDF.
  routes.set('/octet', { type: 'application/octet-stream', body: routes.get('/download/guidance')!.body });

  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const hit = routes.get(url.pathname);
    if (hit) {
      res.writeHead(200, { 'content-type': hit.type, 'content-length': hit.body.length });
      res.end(hit.body);
    } else if (url.pathname === '/old') {
      res.writeHead(301, { location: '/moved' }).end();
    } else if (url.pathname === '/moved') {
      res.writeHead(302, { location: `${base}/guidance` }).end();
    } else if (url.pathname.startsWith('/loop')) {
      const n = Number(url.pathname.slice(5) || '0');
      res.writeHead(302, { location: `/loop${n + 1}` }).end();
    } else if (url.pathname === '/slow') {
      const timer = setTimeout(() => res.writeHead(200, { 'content-type': 'text/plain' }).end('late'), 5000);
      res.on('close', () => clearTimeout(timer));
    } else if (url.pathname === '/slow-body') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('start of the body\n');
      const timer = setTimeout(() => res.end('rest'), 5000);
      res.on('close', () => clearTimeout(timer));
    } else if (url.pathname === '/huge') {
      // No content-length: the limit must be enforced while streaming.
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      let sent = 0;
      const push = (): void => {
        while (sent < 8 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', push);
        }
        res.end();
      };
      res.on('error', () => undefined);
      push();
    } else if (url.pathname === '/declared-huge') {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(1024 * 1024 * 1024) });
      res.write('a');
      res.on('error', () => undefined);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

const failure = async (p: Promise<unknown>): Promise<InputError> => {
  const error = await p.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  expect((error as InputError).exitCode).toBe(2);
  expect((error as InputError).message).not.toContain('\n');
  return error as InputError;
};

describe('URL reader', () => {
  it('reads an HTML page, picking <main>', async () => {
    const r = await readInput(`${base}/guidance`);
    expect(r.format).toBe('html');
    expect(r.source).toBe(`${base}/guidance`);
    expect(blocksOf(r.markdown)).toEqual(blocksOf(source));
    expect(r.markdown).not.toMatch(/Menu|Footer/);
  });

  it('lets the content type pick the reader: markdown, text, PDF, DOCX', async () => {
    expect((await readInput(`${base}/guidance.md`)).markdown).toBe(source);
    const text = await readInput(`${base}/notes`);
    expect(text.format).toBe('text');
    expect(text.markdown).toBe('42. The social worker records the decision.\n');
    const pdf = await readInput(`${base}/download/guidance`);
    expect(pdf.format).toBe('pdf');
    expect(pdf.pages?.length).toBeGreaterThan(0);
    expect(blocksOf(pdf.markdown)).toEqual(blocksOf(source));
    const docx = await readInput(`${base}/draft`);
    expect(docx.format).toBe('docx');
    expect(blocksOf(docx.markdown)).toEqual(['h1 Decisions', '42. The social worker decides.']);
  });

  it('sniffs application/octet-stream', async () => {
    expect((await readInput(`${base}/octet`)).format).toBe('pdf');
  });

  it('follows redirects, at most five', async () => {
    expect(blocksOf((await readInput(`${base}/old`)).markdown)).toEqual(blocksOf(source));
    expect((await failure(readInput(`${base}/loop0`))).message).toBe(`cannot read ${base}/loop0: too many redirects (more than 5)`);
  });

  it('reports HTTP errors', async () => {
    expect((await failure(readInput(`${base}/missing`))).message).toBe(`cannot read ${base}/missing: HTTP 404 Not Found`);
  });

  it('times out (headers late, or body late)', async () => {
    expect((await failure(readInput(`${base}/slow`, { timeoutMs: 300 }))).message).toBe(`cannot read ${base}/slow: timed out after 0.3 s`);
    expect((await failure(readInput(`${base}/slow-body`, { timeoutMs: 300 }))).message).toBe(`cannot read ${base}/slow-body: timed out after 0.3 s`);
  });

  it('cuts off oversized responses, streamed or declared', async () => {
    expect((await failure(readInput(`${base}/huge`, { maxBytes: 1024 * 1024 }))).message).toBe(`cannot read ${base}/huge: larger than the 1 MB limit`);
    expect((await failure(readInput(`${base}/declared-huge`))).message).toBe(`cannot read ${base}/declared-huge: larger than the 50 MB limit (set WTDIFF_MAX_INPUT_BYTES to change it)`);
  });

  it('reports an unreachable host in one line', async () => {
    // A port nobody listens on: bind one, close it, connect to it.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    expect((await failure(readInput(`http://127.0.0.1:${port}/guidance`))).message).toBe(`cannot read http://127.0.0.1:${port}/guidance: connection refused`);
    expect((await failure(readInput('http://wtdiff-no-such-host.invalid/x', { timeoutMs: 5000 }))).message).toMatch(
      /^cannot read http:\/\/wtdiff-no-such-host\.invalid\/x: (host not found|timed out|could not connect)/,
    );
  });
});
