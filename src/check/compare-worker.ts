// A worker thread of `wtdiff check` (pool.ts): compares the files it is sent, one at a time,
// and answers with each comparison or the error it raised (by class name, so the main thread
// raises the same one-line error a comparison on its own thread would have).
import { parentPort, workerData } from 'node:worker_threads';
import { compare } from '../pipeline/compare.js';
import { buildLexicon } from '../classify/lexicon.js';
import type { CompareJob, WorkerAnswer, WorkerData } from './pool.js';

const data = workerData as WorkerData;
const roles = data.roles ? buildLexicon({ extend: false, roles: data.roles }) : undefined;

parentPort!.on('message', (job: CompareJob) => {
  let answer: WorkerAnswer;
  try {
    answer = { id: job.id, comparison: compare(job.old, job.new, { ...job.options, ...(roles ? { roles } : {}) }) };
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    answer = { id: job.id, error: { name: e.name, message: e.message, ...(e.stack !== undefined ? { stack: e.stack } : {}) } };
  }
  parentPort!.postMessage(answer);
});
