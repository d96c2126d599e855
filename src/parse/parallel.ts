// Parse two documents on both cores: each is cut into pieces at top-level
// headings (chunks.ts), the pieces are shared between the main thread and one
// worker by size, and each document is joined again. Parsing dominates a
// comparison, so this is where the wall time goes down. Small inputs are parsed
// in place: starting a worker (loading remark into it) costs more than it saves.
import { Worker } from 'node:worker_threads';
import { parseDocument, type ParsedDocument } from './document.js';
import { joinChunks, splitIntoChunks, type Chunk } from './chunks.js';
import { DocumentLimitError } from '../errors.js';
import { checkNesting } from './markdown.js';

const WORKER_THRESHOLD = 150_000; // characters in both documents together
/** What starting the worker costs, in characters the main thread parses meanwhile. */
const WORKER_START = 80_000;

export interface Input {
  markdown: string;
  title: string;
}

export async function parseBoth(a: Input, b: Input): Promise<[ParsedDocument, ParsedDocument]> {
  try {
    return await parseBothUnnamed(a, b);
  } catch (err) {
    // A document over the limits is the user's to fix: say which one.
    if (err instanceof DocumentLimitError) {
      const overLimit = (doc: Input): boolean => {
        try {
          checkNesting(doc.markdown);
          return false;
        } catch {
          return true;
        }
      };
      throw new DocumentLimitError(`${overLimit(a) ? a.title : b.title}: ${err.message}`);
    }
    throw err;
  }
}

async function parseBothUnnamed(a: Input, b: Input): Promise<[ParsedDocument, ParsedDocument]> {
  const inputs = [a, b];
  const chunked = inputs.map((x) => splitIntoChunks(x.markdown));
  if (a.markdown.length + b.markdown.length < WORKER_THRESHOLD) {
    return [parseChunked(a, chunked[0]!), parseChunked(b, chunked[1]!)];
  }
  // Largest pieces first, each to the less loaded side.
  const jobs = chunked.flatMap((cs, d) => cs.map((c, i) => ({ d, i, c }))).sort((x, y) => y.c.text.length - x.c.text.length);
  const mine: typeof jobs = [];
  const theirs: typeof jobs = [];
  const load = [0, WORKER_START];
  for (const j of jobs) {
    const side = load[0]! <= load[1]! ? 0 : 1;
    (side === 0 ? mine : theirs).push(j);
    load[side]! += j.c.text.length;
  }
  const results: ParsedDocument[][] = chunked.map((cs) => new Array<ParsedDocument>(cs.length));
  const worker = theirs.length ? new Worker(new URL('./worker.js', import.meta.url)) : null;
  try {
    const remote = worker ? parseInWorker(worker, theirs.map((j) => j.c.text)) : Promise.resolve([]);
    // If this thread fails first, the worker's result is no longer wanted: don't leave it unhandled.
    remote.catch(() => undefined);
    for (const j of mine) results[j.d]![j.i] = parseDocument(j.c.text);
    const docs = await remote;
    theirs.forEach((j, k) => (results[j.d]![j.i] = docs[k]!));
  } finally {
    void worker?.terminate();
  }
  return [joinChunks(results[0]!, chunked[0]!, a.markdown, a.title), joinChunks(results[1]!, chunked[1]!, b.markdown, b.title)];
}

/** Parse in pieces on this thread (the library's synchronous path). */
export function parseChunked(x: Input, chunks: Chunk[] = splitIntoChunks(x.markdown)): ParsedDocument {
  if (chunks.length === 1) return parseDocument(x.markdown, x.title);
  return joinChunks(chunks.map((c) => parseDocument(c.text)), chunks, x.markdown, x.title);
}

function parseInWorker(worker: Worker, texts: string[]): Promise<ParsedDocument[]> {
  return new Promise((resolve, reject) => {
    worker.once('message', (m: { ok: true; docs: ParsedDocument[] } | { ok: false; message: string; limit: boolean }) =>
      m.ok ? resolve(m.docs) : reject(m.limit ? new DocumentLimitError(m.message) : new Error(m.message)),
    );
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`parser worker stopped (exit ${code})`))); // no-op once settled
    worker.postMessage({ texts });
  });
}
