/**
 * The ingestion path shared by POST /api/articles, `npm run load` and first-start seeding: validate (one validator,
 * one set of statuses), write to the archive durably, then project into the store (archive/project.ts). Projections
 * run one at a time in archive order, so the store always equals replaying the archive; extraction itself runs in
 * parallel on the worker pool.
 */
import { createHash } from 'node:crypto';
import { optionalMeta, type Extraction } from './domain/types.js';
import type { BatchExtractor } from './extract/extractor.js';
import { analyseArticle, validateArticleText, type ArticleInput } from './extract/index.js';
import type { ModelProgress, ModelRunStats } from './extract/model/run.js';
import type { Archive, DocInput, Origin } from './archive/archive.js';
import { MemoryCorrectionLog, type CorrectionStore } from './archive/corrections.js';
import { addResult, emptyResult, projectArchived, projectBatch, type Analyse, type ProjectOptions, type Progress, type Projected } from './archive/project.js';
import type { ArticleSummary, GraphStore, LoadResult } from './store/graph-store.js';

export { resolveAgainstStore } from './archive/project.js';

export interface IngestInput extends Omit<ArticleInput, 'id'> {
  id?: string;
  /** The bytes the text was decoded from (files), archived when they are not simply the text's UTF-8. */
  original?: Uint8Array;
}

export interface IngestResult {
  articles: ArticleSummary[];
  result: LoadResult;
  entities: number;
  relations: number;
  /** Model-assisted runs: requests, tokens, grounding drops, and the articles left out whole. */
  model?: ModelRunStats;
}

/** Where extraction's costly stage runs: a worker pool (server/workers/) or this thread. */
export interface Extractor {
  analyse: Analyse;
  /** A whole one-article batch, resolution included, off this thread (else: analyse here, then resolve here). */
  extractOne?: ProjectOptions['extractOne'];
  /** Reserves room for `n` articles or throws BusyError (→ 503); the returned function gives the room back. */
  reserve?(n: number): () => void;
}

export const inlineExtractor: Extractor = { analyse: async (input) => analyseArticle(input) };

export interface IngestOptions {
  origin: Origin;
  /**
   * Load every article even when the store already holds it with the same text (an idempotent upsert that reports
   * what the article states, as POST does); otherwise such articles are skipped, which is what makes a re-run of an
   * interrupted `npm run load` finish exactly where the first run stopped.
   */
  reload?: boolean;
  onProgress?: (p: Progress) => void;
  /** Model-assisted runs: requests and tokens as they happen. */
  onModelProgress?: (p: ModelProgress) => void;
  /** Most articles per store transaction (archive/project.ts; config LOAD_CHUNK_ARTICLES). */
  chunkArticles?: number;
}

/** A stable id for a posted article: the same text always gets the same id, so re-posting changes nothing. */
export function articleId(text: string): string {
  return 'a_' + createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function summary(a: ArticleInput & { title: string }): ArticleSummary {
  return { id: a.id, title: a.title, ...optionalMeta(a), length: a.text.length };
}

export class Ingestor {
  /** The projection queue: each ingest loads after every ingest that reached the archive before it. */
  private tail: Promise<void> = Promise.resolve();
  /** The correction log: the archive's, or one in memory when there is no archive. */
  readonly corrections: CorrectionStore;

  /**
   * `extractWith` reads whole batches with another extractor (model or hybrid, extract/extractor.ts) instead of the
   * rule extractor on `extractor`'s threads.
   */
  constructor(
    readonly store: GraphStore,
    readonly archive: Archive | null,
    readonly extractor: Extractor = inlineExtractor,
    readonly extractWith?: BatchExtractor,
  ) {
    this.corrections = archive?.corrections ?? new MemoryCorrectionLog();
  }

  /** Runs `fn` in the projection queue: after every ingest that came before, before any after (corrections use it). */
  async exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const turn = this.turn();
    try {
      await turn.ready;
      return await fn();
    } finally {
      turn.release();
    }
  }

  /** The model path: one run per projected batch, its figures added up; a batch none of whose articles could be read fails. */
  private batchReader(opts: IngestOptions): { read?: (docs: ArticleInput[]) => Promise<Extraction>; stats: () => ModelRunStats | undefined } {
    const extractWith = this.extractWith;
    if (!extractWith) return { stats: () => undefined };
    let stats: ModelRunStats | undefined;
    return {
      stats: () => stats,
      read: async (docs) => {
        const run = await extractWith(docs, opts.onModelProgress);
        const failed = run.model?.failed ?? [];
        if (failed.length && failed.length === docs.length) throw failed[0].error;
        if (run.model) stats = stats ? addStats(stats, run.model) : run.model;
        return run.extraction;
      },
    };
  }

  /** Takes the next place in the projection queue; `release` must be called when done (or on failure). */
  private turn(): { ready: Promise<void>; release: () => void } {
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    const ready = this.tail;
    this.tail = ready.then(() => mine);
    return { ready, release };
  }

  async ingest(inputs: IngestInput[], opts: IngestOptions): Promise<IngestResult> {
    const docs: DocInput[] = inputs.map((a, i) => {
      const label = a.id ?? a.title ?? `article ${i + 1}`;
      validateArticleText(a.text, label);
      return { ...a, id: a.id ?? articleId(a.text) };
    });
    let giveBack = this.extractor.reserve?.(docs.length);
    try {
      const fresh = this.archive ? docs.filter((d) => !this.archive!.holds(d)) : docs;
      // The queue place is taken before the archive write, in the same order the archive numbers batches.
      const turn = this.turn();
      try {
        const { analyse, extractOne } = this.extractor;
        const reader = this.batchReader(opts);
        // Extraction starts now, while the archive is written and in parallel with earlier ingests: it only computes.
        // Nothing reaches the store before the archive holds the batch, and the store writes wait their turn.
        const toInput = ({ original: _, ...d }: DocInput): ArticleInput => d;
        const batch = fresh.map(toInput);
        // A model or hybrid extractor reads the batch itself (reader.read); the rules run on the pool.
        const whole = !reader.read && batch.length === 1 && extractOne ? extractOne(batch[0]) : undefined;
        const analysed = new Map(whole || reader.read ? [] : batch.map((d) => [d.id, analyse(d)]));
        for (const p of [whole, ...analysed.values()]) p?.catch(() => undefined);
        // Submitted: the pool's own queue counts them from here on.
        giveBack?.();
        giveBack = undefined;
        if (this.archive && fresh.length) {
          await this.archive.commit(fresh, opts.origin);
          opts.onProgress?.({ stage: 'archive', done: fresh.length, total: fresh.length, chars: fresh.reduce((n, d) => n + d.text.length, 0) });
        }
        await turn.ready;
        const { store } = this;
        const corrections = await this.corrections.all();
        const freshIds = new Set(fresh.map((d) => d.id));
        // What the store already holds with the same text is skipped (unless reloading); the rest is projected.
        const held = new Map((await store.articlesByIds(docs.map((d) => d.id))).map((a) => [a.id, a]));
        const current = (d: DocInput) => held.get(d.id)?.text === d.text;
        const result = emptyResult();
        let entities = 0;
        let relations = 0;
        const wanted = new Set(docs.filter((d) => opts.reload || !current(d)).map((d) => d.id));
        const add = (p: Projected) => {
          addResult(result, p.result);
          entities += p.entities;
          relations += p.relations;
        };
        if (batch.length) {
          add(await projectBatch(store, batch, (id) => wanted.has(id),
            { analyse: (d) => analysed.get(d.id)!, extractOne: whole && (() => whole), read: reader.read, onProgress: opts.onProgress, corrections, chunkArticles: opts.chunkArticles }));
        }
        // Articles the archive already held (from an earlier load or request) but the store lacks: from their own batch.
        const older = new Set([...wanted].filter((id) => !freshIds.has(id)));
        if (older.size && this.archive) {
          add(await projectArchived(store, this.archive, older, { analyse, extractOne, read: reader.read, onProgress: opts.onProgress, corrections, chunkArticles: opts.chunkArticles }));
        }
        const titles = new Map((await store.articlesByIds(docs.map((d) => d.id))).map((a) => [a.id, a.title]));
        return {
          // What the store holds: an article a model could not read is left out whole.
          articles: docs.filter((d) => titles.has(d.id)).map((d) => summary({ ...toInput(d), title: titles.get(d.id)! })),
          result, entities, relations,
          ...(reader.stats() ? { model: reader.stats() } : {}),
        };
      } finally {
        turn.release();
      }
    } finally {
      giveBack?.();
    }
  }
}

/** Extracts, archives (when an archive is given) and loads a set of articles; see Ingestor. */
export function ingestArticles(
  store: GraphStore,
  inputs: IngestInput[],
  opts: Partial<IngestOptions> & { archive?: Archive | null; extractor?: Extractor; extractWith?: BatchExtractor } = {},
): Promise<IngestResult> {
  return new Ingestor(store, opts.archive ?? null, opts.extractor, opts.extractWith).ingest(inputs, {
    origin: opts.origin ?? 'cli', reload: opts.reload ?? true, onProgress: opts.onProgress, onModelProgress: opts.onModelProgress,
  });
}

/** Two model runs' figures as one. */
function addStats(a: ModelRunStats, b: ModelRunStats): ModelRunStats {
  const dropped = { ...a.dropped };
  for (const [k, n] of Object.entries(b.dropped)) dropped[k as keyof typeof dropped] = (dropped[k as keyof typeof dropped] ?? 0) + n;
  return {
    ...a,
    articles: a.articles + b.articles,
    pieces: a.pieces + b.pieces,
    cached: a.cached + b.cached,
    promptTokens: a.promptTokens + b.promptTokens,
    completionTokens: a.completionTokens + b.completionTokens,
    dropped,
    failed: [...a.failed, ...b.failed],
    ...(a.cueSentences !== undefined || b.cueSentences !== undefined
      ? { cueSentences: (a.cueSentences ?? 0) + (b.cueSentences ?? 0), sentSentences: (a.sentSentences ?? 0) + (b.sentSentences ?? 0) }
      : {}),
  };
}
