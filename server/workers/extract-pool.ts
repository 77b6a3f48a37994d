/**
 * A pool of worker threads for extraction's costly per-article stage, so the server's own thread keeps answering
 * (a large article used to stall every request for as long as it took) and `npm run load` uses every core. The
 * queue is bounded for requests: `reserve` refuses with a BusyError (503 with Retry-After) when it is full.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { BusyError, InputError } from '../domain/errors.js';
import type { ArticleInput, ArticleResult, Combined } from '../extract/index.js';
import type { Extractor } from '../ingest.js';
import type { Reply, Task } from './extract-worker.js';

const BOOT = new URL('./boot.mjs', import.meta.url);

/**
 * Young generation of an extraction worker, in MB (V8 splits it into two 32 MB semi-spaces and a large-object space).
 * Extraction allocates about 500 bytes per byte of text, much of it alive while its article is read: with V8's default
 * (48 MB) it scavenged about twice as often (70 against 38 scavenges for 2 MB of generated news) and took roughly a
 * tenth more CPU (runs on a loaded machine, so a rough figure). `npm run bench:extract` runs with the same size
 * (`--max-semi-space-size=32`), so it measures what a worker does.
 */
export const EXTRACT_YOUNG_GENERATION_MB = 96;
const ENTRY = new URL(`./extract-worker.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url);

export interface PoolOptions {
  /** Worker threads. */
  size: number;
  /** Articles that may wait for a worker, beyond those running, before `reserve` refuses. */
  maxQueue: number;
}

/**
 * Workers for this process: one per core beyond the main thread's own (at least one) when the main thread serves
 * requests; one per core for the command-line loader, whose main thread mostly waits for the store.
 */
export function defaultPoolSize(role: 'server' | 'cli'): number {
  const cores = availableParallelism();
  return Math.max(1, role === 'server' ? cores - 1 : cores);
}

/** A worker's reply with the article's text put back: the worker leaves it out (it is the input's text). */
function withText(result: ArticleResult & Combined, task: Task): ArticleResult & Combined {
  const article = task.kind === 'extract' ? result.extraction.articles[0] : result.article;
  if (article) article.text = task.input.text;
  return result;
}

interface Job {
  task: Task;
  resolve: (r: ArticleResult & Combined) => void;
  reject: (e: Error) => void;
  started?: number;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job?: Job;
}

export class ExtractPool implements Extractor {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private reserved = 0;
  private nextId = 1;
  private closed = false;
  private broken?: Error;
  /** Running mean of milliseconds per article, for Retry-After. */
  private meanMs = 500;

  constructor(readonly opts: PoolOptions) {
    for (let i = 0; i < Math.max(1, opts.size); i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(BOOT, { workerData: { entry: ENTRY.href }, resourceLimits: { maxYoungGenerationSizeMb: EXTRACT_YOUNG_GENERATION_MB } });
    const slot: Slot = { worker, ready: false };
    worker.on('message', (m: Reply | { ready: true }) => {
      if ('ready' in m) {
        slot.ready = true;
        this.pump();
        return;
      }
      const job = slot.job;
      slot.job = undefined;
      if (job) {
        this.meanMs = 0.8 * this.meanMs + 0.2 * (Date.now() - (job.started ?? Date.now()));
        if (m.ok) job.resolve(withText(m.result as ArticleResult & Combined, job.task));
        else job.reject(m.error.input ? new InputError(m.error.input.code, m.error.message, m.error.input.status) : new Error(m.error.message));
      }
      this.pump();
    });
    // A worker that dies takes only its own article with it: that one fails, a new worker takes its place.
    const lost = (why: string) => {
      const i = this.slots.indexOf(slot);
      if (i < 0 || slot.worker !== worker) return;
      slot.job?.reject(new Error(`the extraction worker stopped (${why})`));
      slot.job = undefined;
      if (this.closed) return;
      if (!slot.ready) {
        // A worker that cannot even start will not start on a retry either: fail what waits rather than loop.
        this.broken = new Error(`the extraction worker failed to start: ${why}`);
        for (const job of this.queue.splice(0)) job.reject(this.broken);
        return;
      }
      this.slots[i] = this.spawn();
    };
    worker.on('error', (e: Error) => lost(e.message));
    worker.on('exit', (code) => lost(`exit code ${code}`));
    worker.unref();
    return slot;
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.job || !this.queue.length) continue;
      const job = this.queue.shift()!;
      job.started = Date.now();
      slot.job = job;
      slot.worker.postMessage(job.task);
    }
    // Idle workers must not keep the process alive; while articles wait, every worker (starting ones too) must.
    for (const slot of this.slots) {
      if (slot.job || this.queue.length) slot.worker.ref();
      else slot.worker.unref();
    }
  }

  get size(): number {
    return this.slots.length;
  }

  /** Articles running or waiting. */
  get load(): number {
    return this.queue.length + this.slots.filter((s) => s.job).length;
  }

  private submit(kind: Task['kind'], input: ArticleInput): Promise<ArticleResult & Combined> {
    if (this.closed || this.broken) return Promise.reject(this.broken ?? new Error('the extraction pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ task: { id: this.nextId++, kind, input }, resolve, reject });
      this.pump();
    });
  }

  /** Analyses one article on a worker; waits as long as the queue is (the loader's path: no bound). */
  readonly analyse = (input: ArticleInput): Promise<ArticleResult> => this.submit('analyse', input);

  /**
   * Extracts a one-article batch entirely on a worker, resolution included (a request's article): for 1 MB of text
   * that resolution alone holds a thread for a fifth of a second, which must not be the server's.
   */
  readonly extractOne = (input: ArticleInput): Promise<Combined> => this.submit('extract', input);

  /** Room for `n` more articles, or a BusyError saying when to retry. */
  reserve(n: number): () => void {
    const capacity = this.slots.length + this.opts.maxQueue;
    if (this.load + this.reserved + n > capacity) {
      const retryAfterS = Math.min(60, Math.max(1, Math.ceil(((this.load + this.reserved) * this.meanMs) / this.slots.length / 1000)));
      throw new BusyError(`extraction is at capacity (${this.load} articles running or queued); retry in ${retryAfterS} s`, retryAfterS);
    }
    this.reserved += n;
    let held = n;
    return () => {
      this.reserved -= held;
      held = 0;
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the extraction pool is closed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
