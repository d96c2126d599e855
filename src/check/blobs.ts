// The base side of every file `wtdiff check` compares, read through one
// `git cat-file --batch` process for the whole run instead of one `git show` per file.
// Objects are asked for by the blob id `git diff --raw` gave (never by REF:path), so a path
// is never written to git: a newline or a quote in a file name cannot change what is asked.
// A blob's size comes first in its header: one over the limit is refused there and its bytes
// skipped as they arrive, never held. Every request still waiting fails when git exits or
// cannot be started, and close() ends the process on every path out of a run.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { largerThan, limit } from '../limits.js';
import { GitError } from '../errors.js';

/** A full object id: SHA-1 (40 hex digits) or SHA-256 (64). */
const OID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const NL = 0x0a;

interface Request {
  oid: string;
  /** How the blob is named in an error: "PATH at REF". */
  name: string;
  resolve: (bytes: Buffer) => void;
  reject: (err: Error) => void;
}

/** What the reader is reading from git's stdout. */
type State =
  | { kind: 'header' }
  /** The blob's bytes (and the newline after them); `keep` false: over the limit, skipped. */
  | { kind: 'body'; request: Request; left: number; keep: boolean; chunks: Buffer[] };

export class BlobReader {
  #child: ChildProcessWithoutNullStreams | null = null;
  #exited: Promise<void> | null = null;
  /** Sent to git, answers not yet complete, in the order asked (git answers in order). */
  #waiting: Request[] = [];
  #state: State = { kind: 'header' };
  /** Unparsed bytes of a header line split across chunks. */
  #pending: Buffer = Buffer.alloc(0);
  #stderr = '';
  /** Why the reader can read no more (git gone, closed); every later read fails with it. */
  #broken: string | null = null;

  /**
   * @param root the repository (git runs there)
   * @param maxBytes blobs larger than this are refused (default: the inputBytes limit)
   */
  constructor(
    private readonly root: string,
    private readonly maxBytes = limit('inputBytes'),
  ) {}

  /** The bytes of blob `oid`; `path` and `ref` only name it in an error ("cannot read PATH at REF: ..."). */
  read(oid: string, path: string, ref: string): Promise<Buffer> {
    const name = `${path} at ${ref}`;
    if (!OID.test(oid)) return Promise.reject(new GitError(`cannot read ${name}: no object id from git diff`));
    if (this.#broken !== null) return Promise.reject(new GitError(`cannot read ${name}: ${this.#broken}`));
    const child = this.#child ?? this.#start();
    return new Promise<Buffer>((resolve, reject) => {
      this.#waiting.push({ oid, name, resolve, reject });
      child.stdin.write(`${oid}\n`);
    });
  }

  /** End git (stdin closed, then killed if it lingers); resolves when it has exited. Safe to call more than once. */
  async close(): Promise<void> {
    this.#fail('the reader was closed');
    const child = this.#child;
    if (!child || !this.#exited) return;
    if (child.exitCode === null && child.signalCode === null) {
      child.stdin.end();
      // Nothing more is read: whatever git still writes is not wanted, and a blob being skipped need not be.
      child.kill('SIGTERM');
    }
    await this.#exited;
  }

  /** The running git process, for tests: its pid, or null before the first read. */
  get pid(): number | null {
    return this.#child?.pid ?? null;
  }

  #start(): ChildProcessWithoutNullStreams {
    // execFile's safety without its buffering: no shell, fixed arguments, objects named on stdin.
    const child = spawn('git', ['cat-file', '--batch'], { cwd: this.root, stdio: ['pipe', 'pipe', 'pipe'] });
    this.#child = child;
    // 'close', not 'exit': the answers git wrote before it ended are read first.
    this.#exited = new Promise<void>((done) => {
      child.once('close', (code, signal) => {
        const said = this.#stderr.split('\n').find((l) => l.trim())?.replace(/^fatal: /, '').trim();
        this.#fail(`git cat-file ended early (${signal ?? `exit status ${code}`})${said ? `: ${said}` : ''}`);
        done();
      });
      child.once('error', (err) => {
        const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
        this.#fail(missing ? 'git is not installed or not on PATH; wtdiff check needs it' : `git cat-file failed: ${err.message}`);
        // A process that never started may not emit 'close'.
        if (child.pid === undefined) done();
      });
    });
    child.stdout.on('data', (chunk: Buffer) => this.#take(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      if (this.#stderr.length < 4096) this.#stderr += chunk.toString('utf8');
    });
    // git gone mid-request: the write fails with EPIPE; 'close' says why.
    child.stdin.on('error', () => undefined);
    return child;
  }

  /** Every waiting request fails with `why`; later reads too. */
  #fail(why: string): void {
    if (this.#broken === null) this.#broken = why;
    const state = this.#state;
    if (state.kind === 'body') this.#waiting.unshift(state.request);
    this.#state = { kind: 'header' };
    for (const r of this.#waiting.splice(0)) r.reject(new GitError(`cannot read ${r.name}: ${why}`));
  }

  /** Parse git's answers: "<oid> blob <size>\n<bytes>\n" or "<name> missing\n". */
  #take(chunk: Buffer): void {
    // Closed or out of step: what git still writes answers nothing.
    if (this.#broken !== null) return;
    let at = 0;
    while (at < chunk.length) {
      const state = this.#state;
      if (state.kind === 'body') {
        const n = Math.min(state.left, chunk.length - at);
        if (state.keep) state.chunks.push(chunk.subarray(at, at + n));
        state.left -= n;
        at += n;
        if (state.left === 0) this.#finishBody(state);
        continue;
      }
      const nl = chunk.indexOf(NL, at);
      if (nl < 0) {
        this.#pending = Buffer.concat([this.#pending, chunk.subarray(at)]);
        // A header is a line of an id, a type and a size; anything longer is not git's answer.
        if (this.#pending.length > 1024) this.#protocol('an answer git cat-file should not give');
        return;
      }
      const line = Buffer.concat([this.#pending, chunk.subarray(at, nl)]).toString('utf8');
      this.#pending = Buffer.alloc(0);
      at = nl + 1;
      this.#header(line);
      if (this.#broken !== null) return;
    }
  }

  #header(line: string): void {
    const request = this.#waiting.shift();
    if (!request) return this.#protocol('an answer to nothing asked');
    const [oid, type, size, ...rest] = line.split(' ');
    if (oid !== request.oid || rest.length) {
      this.#waiting.unshift(request);
      return this.#protocol(`an answer out of step (${line.slice(0, 80)})`);
    }
    if (type === 'missing' && size === undefined) return request.reject(new GitError(`cannot read ${request.name}: object ${oid} is not in the repository`));
    const bytes = size !== undefined && /^\d+$/.test(size) ? Number(size) : NaN;
    if (!Number.isSafeInteger(bytes)) {
      this.#waiting.unshift(request);
      return this.#protocol(`an answer out of step (${line.slice(0, 80)})`);
    }
    if (type !== 'blob') request.reject(new GitError(`cannot read ${request.name}: a ${type}, not a file`));
    else if (bytes > this.maxBytes) request.reject(new GitError(`cannot read ${request.name}: ${largerThan('inputBytes', this.maxBytes)}`));
    // The body is followed by a newline; it is counted here and dropped at the end.
    const body: State = { kind: 'body', request, left: bytes + 1, keep: type === 'blob' && bytes <= this.maxBytes, chunks: [] };
    this.#state = body;
  }

  #finishBody(state: Extract<State, { kind: 'body' }>): void {
    this.#state = { kind: 'header' };
    if (!state.keep) return;
    const all = Buffer.concat(state.chunks);
    state.request.resolve(all.subarray(0, all.length - 1));
  }

  /** git said something that is not an answer: nothing after it can be trusted. */
  #protocol(what: string): void {
    this.#fail(`git cat-file gave ${what}`);
    this.#child?.kill('SIGTERM');
  }
}
