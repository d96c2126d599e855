// What the CLI core may touch of the outside world; the bin passes the real ones,
// tests pass their own.
export interface Writable {
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
}

export interface CliIO {
  argv: string[];
  env: Record<string, string | undefined>;
  stdout: Writable;
  stderr: Writable;
  cwd?: string;
  /** What "-" reads as an input (the bin passes process.stdin). */
  stdin?: AsyncIterable<Uint8Array | string>;
}
