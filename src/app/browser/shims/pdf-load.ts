// ingest/pdf/load.ts for the browser app: pdf.js's browser build, with its worker code in this
// same (Web Worker) thread. pdf.js runs its parser in the thread that asks when the worker's
// message handler is on globalThis.pdfjsWorker, so nothing is fetched and no second worker is
// started: the whole app stays one file.
import * as pdfjs from 'pdfjs-dist/build/pdf.mjs';
import * as pdfjsWorker from 'pdfjs-dist/build/pdf.worker.mjs';

export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

export function loadPdfJs(): Promise<PdfJs> {
  return Promise.resolve(pdfjs as unknown as PdfJs);
}
