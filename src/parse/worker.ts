// Worker-thread entry: parse one document and hand back the compact document
// model (plain data, cheap to clone), never the mdast.
import { parentPort } from 'node:worker_threads';
import { parseDocument } from './document.js';

parentPort?.on('message', (msg: { markdown: string; title: string }) => {
  try {
    parentPort!.postMessage({ ok: true, doc: parseDocument(msg.markdown, msg.title) });
  } catch (err) {
    parentPort!.postMessage({ ok: false, message: (err as Error).message });
  }
});
