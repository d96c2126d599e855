// Worker-thread entry: parse pieces of documents and hand back the compact
// document model (plain data, cheap to clone), never the mdast.
import { parentPort } from 'node:worker_threads';
import { parseDocument } from './document.js';
import { DocumentLimitError } from '../errors.js';

parentPort?.on('message', (msg: { texts: string[] }) => {
  try {
    parentPort!.postMessage({ ok: true, docs: msg.texts.map((t) => parseDocument(t)) });
  } catch (err) {
    // Errors lose their class crossing threads: say which kind it was.
    parentPort!.postMessage({ ok: false, message: (err as Error).message, limit: err instanceof DocumentLimitError });
  }
});
