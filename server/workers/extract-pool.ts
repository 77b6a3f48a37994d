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
  /**
   * Articles handed to each worker beyond the one it runs (default 0). With one, a worker goes on to its next article
   * the moment it finishes one, without waiting for the main thread to read the result and send the next: while the
   * main thread was busy (writing the archive at the start of a load) workers sat idle. A server keeps 0, so that an
   * article goes to whichever worker frees first rather than waiting behind another article on a busy one.
   */
  ahead?: number;
}

/** The pool `npm run load` (and `rebuild`) extract on: every article is queued at once, so each worker is kept one ahead. */
export function loaderPool(size: number): ExtractPool {
  return new ExtractPool({ size, maxQueue: Infinity, ahead: 1 });
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
  /** Sent to the worker, in the order it runs them: the first is running, the others wait in its message port. */
  jobs: Job[];
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

  /** Settles once every worker has said it is ready, or one failed to start. */
  private everyReady!: () => void;
  private failedToStart!: (e: Error) => void;
  private readonly started = new Promise<void>((resolve, reject) => {
    this.everyReady = resolve;
    this.failedToStart = reject;
  });

  constructor(readonly opts: PoolOptions) {
    for (let i = 0; i < Math.max(1, opts.size); i++) this.slots.push(this.spawn());
  }

  /**
   * Waits until every worker has started (loaded the extractor), e.g. to give each one an article to warm up on;
   * rejects when one cannot start.
   */
  ready(): Promise<void> {
    this.awaited = true;
    this.pump();
    return this.started;
  }

  /** Someone waits in ready(): workers still starting keep the process alive. */
  private awaited = false;

  private spawn(): Slot {
    const worker = new Worker(BOOT, { workerData: { entry: ENTRY.href }, resourceLimits: { maxYoungGenerationSizeMb: EXTRACT_YOUNG_GENERATION_MB } });
    const slot: Slot = { worker, ready: false, jobs: [] };
    worker.on('message', (m: Reply | { ready: true }) => {
      if ('ready' in m) {
        slot.ready = true;
        if (this.slots.every((s) => s.ready)) this.everyReady();
        this.pump();
        return;
      }
      const job = slot.jobs.shift();
      // The next one starts now (it waited in the worker's port, not running, if it was sent before).
      if (slot.jobs.length) slot.jobs[0].started = Date.now();
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
      const [running, ...waiting] = slot.jobs.splice(0);
      running?.reject(new Error(`the extraction worker stopped (${why})`));
      if (this.closed) {
        for (const job of waiting) job.reject(new Error('the extraction pool is closed'));
        return;
      }
      // Articles sent ahead had not started: they go back to the front of the queue, in their order.
      this.queue.unshift(...waiting);
      if (!slot.ready) {
        // A worker that cannot even start will not start on a retry either: fail what waits rather than loop.
        this.broken = new Error(`the extraction worker failed to start: ${why}`);
        this.started.catch(() => undefined);
        this.failedToStart(this.broken);
        for (const job of this.queue.splice(0)) job.reject(this.broken);
        return;
      }
      this.slots[i] = this.spawn();
      // What went back to the queue goes to an idle worker now, not when the new one has started (and the queue
      // keeps the process alive meanwhile).
      this.pump();
    };
    worker.on('error', (e: Error) => lost(e.message));
    worker.on('exit', (code) => lost(`exit code ${code}`));
    worker.unref();
    return slot;
  }

  private pump(): void {
    // Every idle worker gets an article before any worker gets one ahead.
    for (let depth = 1; depth <= 1 + (this.opts.ahead ?? 0); depth++) {
      for (const slot of this.slots) {
        if (!slot.ready || slot.jobs.length >= depth || !this.queue.length) continue;
        const job = this.queue.shift()!;
        if (!slot.jobs.length) job.started = Date.now();
        slot.jobs.push(job);
        slot.worker.postMessage(job.task);
      }
    }
    // Idle workers must not keep the process alive; while articles wait, every worker (starting ones too) must, and
    // while someone waits for every worker to start, those still starting must.
    for (const slot of this.slots) {
      if (slot.jobs.length || this.queue.length || (this.awaited && !slot.ready)) slot.worker.ref();
      else slot.worker.unref();
    }
  }

  get size(): number {
    return this.slots.length;
  }

  /** Articles running or waiting. */
  get load(): number {
    return this.queue.length + this.slots.reduce((n, s) => n + s.jobs.length, 0);
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
