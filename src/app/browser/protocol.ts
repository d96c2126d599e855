// The messages between the app's page (page.ts) and its Web Worker (worker.ts). Files cross as
// bytes; reports come back as text, the Word redline as bytes.

/** A file the user chose, as the worker reads it. */
export interface FileInput {
  name: string;
  bytes: Uint8Array;
}

/** The downloads the page offers, each made by the renderer the CLI uses for that format. */
export type DownloadFormat = 'markdown' | 'json' | 'html' | 'docx';

export type ToWorker =
  | { type: 'compare'; old: FileInput; new: FileInput; oldLabel: string; newLabel: string; roles?: FileInput }
  | { type: 'download'; format: DownloadFormat };

export type FromWorker =
  /** A stage has started: `step` of `of` (the CLI's progress bar names the same stages). */
  | { type: 'progress'; step: number; of: number; doing: string }
  /** The comparison's HTML report, its one-sentence summary, and whether anything substantive changed. */
  | { type: 'compared'; html: string; summary: string; substantive: boolean }
  | { type: 'download'; format: DownloadFormat; bytes: Uint8Array }
  /** What went wrong, in one line (a WtdiffError's message, as the CLI prints it). */
  | { type: 'error'; message: string };
