// Comparing many files at once for `wtdiff check`: a pull request that touches a hundred
// procedure files is compared on every core. Each worker thread loads the pipeline once
// (compare-worker.ts) and is sent one file at a time; the main thread reads the files (one
// git process for the base side) and hands them out, a few ahead so no worker waits.
// Starting a worker costs about as much as comparing a few files, so small runs, one-core
// machines and `--jobs 1` compare on the main thread as before.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { compare, type CompareOptions } from '../pipeline/compare.js';
import type { RoleLexicon } from '../classify/lexicon.js';
import type { Comparison, RoleDefinition } from '../types.js';
import { DocumentLimitError, GitError, InputError, InputFileError, RoleFileError, UsageError, WtdiffError } from '../errors.js';

/** What a worker compares: both sides' text and the options that name them. */
export interface CompareJob {
  id: number;
  old: string;
  new: string;
  options: Pick<CompareOptions, 'oldLabel' | 'newLabel' | 'oldPath' | 'newPath' | 'idScope'>;
}

export interface WorkerData {
  /** The role lexicon's roles, merged already (a lexicon's matcher cannot cross threads). */
  roles?: RoleDefinition[];
}

export type WorkerAnswer = { id: number; comparison: Comparison } | { id: number; error: { name: string; message: string; stack?: string } };

/** Most threads a check uses unless told (`--jobs`): more rarely helps a pull request. */
export const DEFAULT_MAX_JOBS = 4;
/** A worker is worth starting only for at least this many files. */
const FILES_PER_WORKER = 4;
/** Files handed to each worker ahead of the one it is comparing. */
const AHEAD = 1;

const WORKER_FILE = new URL('./compare-worker.js', import.meta.url);

/** Threads to use for `files` comparisons when `jobs` are allowed (default: the machine's cores, at most 4). */
export function workersFor(files: number, jobs = Math.min(availableParallelism(), DEFAULT_MAX_JOBS)): number {
  const n = Math.min(jobs, Math.floor(files / FILES_PER_WORKER));
  // Run from the TypeScript sources (the tests' in-process runs) there is no compiled worker.
  return n >= 2 && existsSync(fileURLToPath(WORKER_FILE)) ? n : 0;
}

/** Compares on the main thread, or on worker threads when `workers` > 0. */
export interface Comparer {
  compare(job: Omit<CompareJob, 'id'>): Promise<Comparison>;
  /** Resolves when another file may be handed out without piling up. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

export function comparer(workers: number, roles: RoleLexicon | undefined): Comparer {
  if (workers === 0) {
    return {
      compare: async (job) => compare(job.old, job.new, { ...job.options, ...(roles ? { roles } : {}) }),
      ready: async () => {},
      close: async () => {},
    };
  }
  return new WorkerPool(workers, roles);
}

interface Slot {
  worker: Worker;
  /** Jobs sent to it, answered in order. */
  sent: { id: number; resolve: (c: Comparison) => void; reject: (e: Error) => void }[];
}

class WorkerPool implements Comparer {
  #slots: Slot[];
  #nextId = 0;
  #waiters: (() => void)[] = [];
  #broken: Error | null = null;

  constructor(workers: number, roles: RoleLexicon | undefined) {
    const data: WorkerData = roles ? { roles: roles.roles } : {};
    this.#slots = Array.from({ length: workers }, () => this.#start(data));
  }

  #start(data: WorkerData): Slot {
    const slot: Slot = { worker: new Worker(WORKER_FILE, { workerData: data }), sent: [] };
    slot.worker.on('message', (answer: WorkerAnswer) => {
      const job = slot.sent.shift();
      if (!job || job.id !== answer.id) return this.#fail(new Error('a comparison worker answered out of turn'));
      if ('error' in answer) job.reject(rebuild(answer.error));
      else job.resolve(answer.comparison);
      this.#wake();
    });
    slot.worker.on('error', (err) => this.#fail(err));
    slot.worker.on('exit', (code) => {
      if (slot.sent.length) this.#fail(new Error(`a comparison worker stopped (exit ${code})`));
    });
    return slot;
  }

  /** Every job waiting anywhere fails, and so does every later one. */
  #fail(err: Error): void {
    this.#broken ??= err;
    for (const slot of this.#slots) for (const job of slot.sent.splice(0)) job.reject(err);
    this.#wake();
  }

  #wake(): void {
    for (const w of this.#waiters.splice(0)) w();
  }

  #least(): Slot {
    return this.#slots.reduce((a, b) => (b.sent.length < a.sent.length ? b : a));
  }

  ready(): Promise<void> {
    if (this.#broken || this.#least().sent.length <= AHEAD) return Promise.resolve();
    return new Promise<void>((resolve) => this.#waiters.push(resolve)).then(() => this.ready());
  }

  compare(job: Omit<CompareJob, 'id'>): Promise<Comparison> {
    if (this.#broken) return Promise.reject(this.#broken);
    const slot = this.#least();
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      slot.sent.push({ id, resolve, reject });
      slot.worker.postMessage({ ...job, id } satisfies CompareJob);
    });
  }

  async close(): Promise<void> {
    this.#broken ??= new Error('the comparison workers were closed');
    await Promise.all(this.#slots.map((s) => s.worker.terminate()));
  }
}

const ERRORS: Record<string, new (message: string) => WtdiffError> = {
  WtdiffError, UsageError, InputFileError, RoleFileError, DocumentLimitError, InputError, GitError,
};

/** The error a worker raised, as the same class, so the CLI prints it as one line (or as a bug, with its stack). */
function rebuild(e: { name: string; message: string; stack?: string }): Error {
  const Known = ERRORS[e.name];
  if (Known) return new Known(e.message);
  const err = new Error(e.message);
  err.name = e.name;
  if (e.stack !== undefined) err.stack = e.stack;
  return err;
}
