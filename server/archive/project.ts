/**
 * Projection: the graph store as a function of the archive. A batch is extracted whole (its articles analysed in
 * parallel, entities resolved across all of them, as when it was loaded) and its articles are then loaded in order,
 * in chunks, each chunk in one store transaction: an article is in the store with all it states or not at all.
 *
 * Chunk boundaries depend only on the list of articles still to load, taken greedily from its start, so a load that
 * was killed after some chunks and is run again loads the remaining chunks exactly as the uninterrupted run would
 * have, against the same store state: the counts come out identical.
 */
import type { ArticleResult, ArticleInput, Combined } from '../extract/index.js';
import { combineArticles } from '../extract/index.js';
import { optionalMeta, orientRelation, type Entity, type Extraction } from '../domain/types.js';
import type { GraphStore, LoadResult } from '../store/graph-store.js';
import { entityKeys } from '../domain/names.js';
import type { Archive, ArchivedDoc, BatchRef } from './archive.js';
import type { Correction } from './corrections.js';
import { applyCorrections } from '../corrections/apply.js';

/** Runs the costly per-article stage of extraction, on a worker pool or inline. */
export type Analyse = (input: ArticleInput) => Promise<ArticleResult>;

export interface Progress {
  /** 'archive' is reported once, when the batch is on disk (acknowledged); then extraction, then loading by chunk. */
  stage: 'archive' | 'extract' | 'load';
  done: number;
  total: number;
  /** Characters of text done so far in this stage. */
  chars: number;
}

/** How progress lines name each stage. */
export const STAGE_DONE = { archive: 'archived', extract: 'extracted', load: 'loaded' } as const;

export interface ProjectOptions {
  analyse: Analyse;
  /** Reads a batch whole with another extractor (model or hybrid) instead of `analyse` and the rule extractor. */
  read?: (docs: ArticleInput[]) => Promise<Extraction>;
  /** Extracts a one-article batch whole elsewhere (a worker); the same result as analyse + combineArticles. */
  extractOne?: (input: ArticleInput) => Promise<Combined>;
  onProgress?: (p: Progress) => void;
  /**
   * When given, a batch that fails to project (an extraction bug on one archived article) is reported here and the
   * others still go in: one bad article must not keep the server from starting. Without it, the error propagates.
   */
  onBatchError?: (batch: BatchRef, error: Error) => void;
  /** The correction log, applied to every chunk after extraction; projectArchived reads the archive's when absent. */
  corrections?: readonly Correction[];
  /** Most articles per store transaction (default CHUNK_ARTICLES). */
  chunkArticles?: number;
}

export interface Projected {
  result: LoadResult;
  /** Ids of the articles loaded, in order. */
  loaded: string[];
  /** How many distinct entities and relations the loaded articles state (before resolution against the store). */
  entities: number;
  relations: number;
}

/**
 * A chunk closes at this many articles or characters of text, whichever comes first. Large: each transaction rewrites
 * the entities and relations it shares with earlier ones (a relation's evidence list grows with every article that
 * states it) and the embedded store checkpoints after every commit, so a 1,000-article load in chunks of 128 spent
 * 5.1 s of CPU in the store against 1.5 s as one chunk. A killed load redoes at most one chunk.
 */
export const CHUNK_ARTICLES = 1000;
const CHUNK_CHARS = 8_000_000;

export const emptyResult = (): LoadResult => ({
  articles: { created: 0, updated: 0 }, entities: { created: 0, updated: 0 }, relations: { created: 0, updated: 0 },
});

export function addResult(into: LoadResult, r: LoadResult): LoadResult {
  for (const k of ['articles', 'entities', 'relations'] as const) {
    into[k].created += r[k].created;
    into[k].updated += r[k].updated;
  }
  return into;
}

/**
 * Greedy chunks of `docs` (see the module comment for why greedy from the start). A last chunk of less than a tenth of
 * the limit joins the one before (which then runs at most a tenth over it): a few articles would otherwise pay a whole
 * transaction and checkpoint of their own (1,008 articles: 1,000 and 8, the 8 costing a third of a second). The rule
 * looks only at the list's end, so a load resumed after some chunks still meets the same boundaries.
 */
export function chunks<T extends { text: string }>(docs: T[], maxArticles = CHUNK_ARTICLES): T[][] {
  const out: T[][] = [];
  let cur: T[] = [];
  let chars = 0;
  for (const d of docs) {
    cur.push(d);
    chars += d.text.length;
    if (cur.length >= maxArticles || chars >= CHUNK_CHARS) {
      out.push(cur);
      cur = [];
      chars = 0;
    }
  }
  if (cur.length && out.length && cur.length * 10 < maxArticles && chars * 10 < CHUNK_CHARS) out[out.length - 1].push(...cur);
  else if (cur.length) out.push(cur);
  return out;
}

/**
 * The share of a batch's extraction that some of its articles state: those articles, their mentions, the relations
 * they give evidence for (with that evidence only) and every entity they name. Loading every article's share, in any
 * grouping, gives the store what loading the whole batch at once gives it.
 */
export function sliceExtraction(ex: Extraction, entitiesOf: Map<string, Set<string>>, ids: Set<string>): Extraction {
  const entityIds = new Set<string>();
  for (const id of ids) for (const e of entitiesOf.get(id) ?? []) entityIds.add(e);
  // Every article (a batch loaded in one chunk): every relation and mention is kept as it is, uncopied.
  if (ex.articles.every((a) => ids.has(a.id)) && ex.relations.every((r) => r.evidence.length && r.evidence.every((e) => ids.has(e.article)))) {
    for (const r of ex.relations) entityIds.add(r.source).add(r.target);
    return { articles: ex.articles, entities: ex.entities.filter((e) => entityIds.has(e.id)), relations: ex.relations, mentions: ex.mentions };
  }
  const relations = ex.relations.flatMap((r) => {
    const evidence = r.evidence.filter((e) => ids.has(e.article));
    if (!evidence.length) return [];
    entityIds.add(r.source).add(r.target);
    return [{ ...r, evidence }];
  });
  return {
    articles: ex.articles.filter((a) => ids.has(a.id)),
    entities: ex.entities.filter((e) => entityIds.has(e.id)),
    relations,
    mentions: ex.mentions?.filter((m) => ids.has(m.article)),
  };
}

/** The entities each article names (its mentions and the ends of the relations it gives evidence for). */
function statedBy(extraction: Extraction): { extraction: Extraction; entitiesOf: Map<string, Set<string>> } {
  const entitiesOf = new Map<string, Set<string>>();
  const add = (article: string, entity: string) => {
    let set = entitiesOf.get(article);
    if (!set) entitiesOf.set(article, (set = new Set()));
    set.add(entity);
  };
  for (const m of extraction.mentions ?? []) add(m.article, m.entity);
  for (const r of extraction.relations) {
    for (const e of r.evidence) {
      add(e.article, r.source);
      add(e.article, r.target);
    }
  }
  return { extraction, entitiesOf };
}

/** Extracts `docs` as one batch and loads, in order and in chunks, those for which `load` is true. */
export async function projectBatch(store: GraphStore, docs: ArticleInput[], load: (id: string) => boolean, opts: ProjectOptions): Promise<Projected> {
  const total = docs.length;
  let done = 0;
  let chars = 0;
  const progressed = <T>(d: ArticleInput, r: T): T => {
    done++;
    chars += d.text.length;
    opts.onProgress?.({ stage: 'extract', done, total, chars });
    return r;
  };
  const { extraction, entitiesOf } = opts.read
    ? statedBy(await opts.read(docs))
    : docs.length === 1 && opts.extractOne
      ? progressed(docs[0], await opts.extractOne(docs[0]))
      : combineArticles(await Promise.all(docs.map(async (d) => progressed(d, await opts.analyse(d)))));
  const todo = docs.filter((d) => load(d.id));
  const result = emptyResult();
  const loaded: string[] = [];
  const stated = { entities: new Set<string>(), relations: new Set<string>() };
  done = 0;
  chars = 0;
  for (const chunk of chunks(todo, opts.chunkArticles)) {
    const slice = sliceExtraction(extraction, entitiesOf, new Set(chunk.map((d) => d.id)));
    for (const e of slice.entities) stated.entities.add(e.id);
    for (const r of slice.relations) stated.relations.add(r.id);
    addResult(result, await store.loadBatch(await corrected(store, await resolveAgainstStore(store, slice), opts.corrections ?? [])));
    for (const d of chunk) loaded.push(d.id);
    done += chunk.length;
    chars += chunk.reduce((n, d) => n + d.text.length, 0);
    opts.onProgress?.({ stage: 'load', done, total: todo.length, chars });
  }
  return { result, loaded, entities: stated.entities.size, relations: stated.relations.size };
}

/**
 * Maps extracted entities onto entities the store already holds (same normalised name or alias, compatible kind),
 * so that one real-world entity stays one node across articles loaded at different times.
 */
export async function resolveAgainstStore(store: GraphStore, batch: Extraction): Promise<Extraction> {
  if (!batch.entities.length) return batch;
  const keysOf = new Map(batch.entities.map((e) => [e.id, entityKeys(e.name, e.aliases)]));
  const known = await store.findByKeys([...new Set([...keysOf.values()].flat())]);
  // The stored entities by each of their keys, and by their own name's key: computed once, not per batch entity.
  const knownIds = new Set(known.map((k) => k.id));
  const byKey = new Map<string, Entity[]>();
  const nameKeyOf = new Map<string, string | undefined>();
  for (const k of known) {
    nameKeyOf.set(k.id, entityKeys(k.name, [])[0]);
    for (const key of new Set(entityKeys(k.name, k.aliases))) (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(k);
  }
  const rename = new Map<string, string>();
  for (const e of batch.entities) {
    if (knownIds.has(e.id)) continue;
    const keys = keysOf.get(e.id)!;
    const candidates = [...new Set(keys.flatMap((key) => byKey.get(key) ?? []))].filter((k) => k.kind === e.kind);
    if (!candidates.length) continue;
    // Prefer the candidate whose own name matches; otherwise the first by id, for determinism.
    const own = keys[0];
    candidates.sort((a, b) => Number(nameKeyOf.get(b.id) === own) - Number(nameKeyOf.get(a.id) === own) || a.id.localeCompare(b.id));
    rename.set(e.id, candidates[0].id);
  }
  if (!rename.size) return batch;
  const to = (id: string) => rename.get(id) ?? id;
  const entities = new Map<string, Entity>();
  for (const e of batch.entities) {
    const id = to(e.id);
    const prev = entities.get(id);
    entities.set(id, prev ? { ...prev, aliases: [...prev.aliases, e.name, ...e.aliases] } : { ...e, id });
  }
  return {
    articles: batch.articles,
    entities: [...entities.values()],
    relations: batch.relations
      .filter((r) => to(r.source) !== to(r.target))
      .map((r) => ({ ...r, ...orientRelation(r.type, to(r.source), to(r.target)) })),
    mentions: batch.mentions?.map((m) => ({ ...m, entity: to(m.entity) })),
  };
}

/**
 * A batch with a person's corrections applied (see corrections/apply.ts). The ends of a relation a person added are
 * carried by the correction; those the store already holds are left out so they are not loaded again as they were.
 */
export async function corrected(store: GraphStore, batch: Extraction, log: readonly Correction[]): Promise<Extraction> {
  if (!log.length) return batch;
  const { extraction, stubs } = applyCorrections(batch, log);
  if (!stubs.size) return extraction;
  const held = new Set((await store.entitiesByIds([...stubs])).map((e) => e.id));
  return held.size ? { ...extraction, entities: extraction.entities.filter((e) => !held.has(e.id)) } : extraction;
}

export function toInput(d: ArchivedDoc): ArticleInput {
  const a: ArticleInput = { id: d.id, text: d.text };
  if (d.title) a.title = d.title;
  return { ...a, ...optionalMeta(d) };
}

/**
 * Projects the newest archived version of each article in `wanted` (ids), batch by batch in archive order, each
 * batch extracted with its own composition. Returns the ids loaded.
 */
export async function projectArchived(store: GraphStore, archive: Archive, wanted: Set<string>, opts: ProjectOptions): Promise<Projected> {
  const out: Projected = { result: emptyResult(), loaded: [], entities: 0, relations: 0 };
  if (!wanted.size) return out;
  opts = { ...opts, corrections: opts.corrections ?? await archive.corrections.all() };
  for (const b of archive.batches()) {
    const mine = (d: BatchRef['manifest']['docs'][number]) => wanted.has(d.id) && archive.latestDigest(d.id) === d.digest;
    if (!b.manifest.docs.some(mine)) continue;
    const ids = new Set(b.manifest.docs.filter(mine).map((d) => d.id));
    let p: Projected;
    try {
      p = await projectBatch(store, (await archive.readDocs(b)).map(toInput), (id) => ids.has(id), opts);
    } catch (e) {
      if (!opts.onBatchError) throw e;
      opts.onBatchError(b, e as Error);
      continue;
    }
    addResult(out.result, p.result);
    out.loaded.push(...p.loaded);
    out.entities += p.entities;
    out.relations += p.relations;
  }
  return out;
}

/**
 * Brings the store up to the archive: every archived article the store does not hold is projected (this heals a
 * process killed between writing the archive and the store, and fills an empty store: a rebuild), and every archived
 * snapshot the store lacks is saved again.
 */
export async function heal(store: GraphStore, archive: Archive, opts: ProjectOptions): Promise<{ articles: string[]; snapshots: number }> {
  const inStore = new Set(await store.articleIds());
  const wanted = new Set<string>();
  for (const b of archive.batches()) for (const d of b.manifest.docs) if (!inStore.has(d.id)) wanted.add(d.id);
  const { loaded } = await projectArchived(store, archive, wanted, opts);
  let snapshots = 0;
  for (const s of await archive.snapshots()) {
    if (await store.getSnapshot(s.id)) continue;
    await store.saveSnapshot(s);
    snapshots++;
  }
  return { articles: loaded, snapshots };
}
