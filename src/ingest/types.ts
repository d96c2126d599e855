// The contract of every reader: whatever came in, the comparison sees markdown.

import type { SourceFormat } from '../types.js';

export type InputFormat = SourceFormat;

export interface Ingested {
  /** The markdown the comparison parses. */
  markdown: string;
  format: InputFormat;
  /** The path or URL it came from (for reports). */
  source: string;
  /**
   * For paginated sources (PDF): pages[i] is the page number of markdown line i + 1.
   * When present, reports give the page instead of a line of this intermediate markdown.
   */
  pages?: number[];
  /** For text: lines[i] is the source line where the block on markdown line i + 1 starts. */
  lines?: number[];
  /** For text: the decoded source, to find the line each sentence starts on. */
  text?: string;
}

export interface ReadOptions {
  /** Milliseconds before a URL fetch is abandoned. */
  timeoutMs?: number;
  /** Largest input accepted, in bytes. */
  maxBytes?: number;
  /** What the source "-" reads (default: the process's standard input). */
  stdin?: AsyncIterable<Uint8Array | string>;
}
