// Parse two documents at once: the second in a worker thread while the main
// thread parses the first. Parsing dominates a comparison, so on two cores this
// nearly halves the wall time. Small inputs are parsed in place: starting a
// worker (loading remark into it) costs more than it saves.
import { Worker } from 'node:worker_threads';
import { parseDocument, type ParsedDocument } from './document.js';

const WORKER_THRESHOLD = 100_000; // characters in the smaller document

export async function parseBoth(a: { markdown: string; title: string }, b: { markdown: string; title: string }): Promise<[ParsedDocument, ParsedDocument]> {
  if (Math.min(a.markdown.length, b.markdown.length) < WORKER_THRESHOLD) {
    return [parseDocument(a.markdown, a.title), parseDocument(b.markdown, b.title)];
  }
  const worker = new Worker(new URL('./worker.js', import.meta.url));
  try {
    const second = new Promise<ParsedDocument>((resolve, reject) => {
      worker.once('message', (m: { ok: true; doc: ParsedDocument } | { ok: false; message: string }) => (m.ok ? resolve(m.doc) : reject(new Error(m.message))));
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`parser worker stopped (exit ${code})`)));
    });
    worker.postMessage(b);
    const first = parseDocument(a.markdown, a.title);
    return [first, await second];
  } finally {
    void worker.terminate();
  }
}
