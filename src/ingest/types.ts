// The contract of every reader: whatever came in, the comparison sees markdown.

export type InputFormat = 'markdown' | 'text' | 'html' | 'docx' | 'pdf';

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
}

export interface ReadOptions {
  /** Milliseconds before a URL fetch is abandoned. */
  timeoutMs?: number;
  /** Largest input accepted, in bytes. */
  maxBytes?: number;
  /** What the source "-" reads (default: the process's standard input). */
  stdin?: AsyncIterable<Uint8Array | string>;
}
