/** The ingestion path shared by the CLI loader, first-start seeding and POST /api/articles. */
import { createHash } from 'node:crypto';
import { InputError } from './domain/errors.js';
import { relationId, type Entity, type Extraction } from './domain/types.js';
import { rulesExtractor, type Extractor } from './extract/extractor.js';
import type { ArticleInput } from './extract/index.js';
import type { ModelProgress, ModelRunStats } from './extract/model/run.js';
import type { ArticleSummary, GraphStore, LoadResult } from './store/graph-store.js';
import { entityKeys } from './store/merge.js';

export interface IngestInput extends Omit<ArticleInput, 'id'> {
  id?: string;
}

export interface IngestResult {
  articles: ArticleSummary[];
  result: LoadResult;
  entities: number;
  relations: number;
  /** Model-assisted runs: requests, tokens, grounding drops, and the articles left out whole. */
  model?: ModelRunStats;
}

export interface IngestOptions {
  /** Which extractor reads the articles; the rule extractor when not given. */
  extractor?: Extractor;
  onProgress?: (p: ModelProgress) => void;
}

/** A stable id for a posted article: the same text always gets the same id, so re-posting changes nothing. */
export function articleId(text: string): string {
  return 'a_' + createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** Rejects text that cannot be an article: empty, binary, or mis-decoded. */
export function checkText(text: string, label: string): void {
  if (!text.trim()) throw new InputError('empty_text', `${label}: the text is empty`, 422);
  if (text.includes('\u0000')) throw new InputError('binary_text', `${label}: the text contains NUL bytes; send plain UTF-8 text`, 422);
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  if (bad > 0 && bad / text.length > 0.001) {
    throw new InputError('invalid_utf8', `${label}: the text is not valid UTF-8 (${bad} undecodable bytes)`, 422);
  }
  const ctl = (text.match(/[\u0001-\u0008\u000E-\u001F]/g) ?? []).length;
  if (ctl / text.length > 0.01) throw new InputError('binary_text', `${label}: the text looks binary, not plain text`, 422);
}

/**
 * Maps extracted entities onto entities the store already holds (same normalised name or alias, compatible kind),
 * so that one real-world entity stays one node across articles loaded at different times.
 */
export async function resolveAgainstStore(store: GraphStore, batch: Extraction): Promise<Extraction> {
  if (!batch.entities.length) return batch;
  const keysOf = new Map(batch.entities.map((e) => [e.id, entityKeys(e.name, e.aliases)]));
  const known = await store.findByKeys([...new Set([...keysOf.values()].flat())]);
  const rename = new Map<string, string>();
  for (const e of batch.entities) {
    const keys = keysOf.get(e.id)!;
    const candidates = known.filter((k) => k.id !== e.id && k.kind === e.kind && entityKeys(k.name, k.aliases).some((x) => keys.includes(x)));
    if (!candidates.length || known.some((k) => k.id === e.id)) continue;
    // Prefer the candidate whose own name matches; otherwise the first by id, for determinism.
    const own = keys[0];
    candidates.sort((a, b) => Number(entityKeys(b.name, [])[0] === own) - Number(entityKeys(a.name, [])[0] === own) || a.id.localeCompare(b.id));
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
      .map((r) => ({ ...r, source: to(r.source), target: to(r.target), id: relationId(r.type, to(r.source), to(r.target)) }))
      .filter((r) => r.source !== r.target),
    mentions: batch.mentions?.map((m) => ({ ...m, entity: to(m.entity) })),
  };
}

/** Extracts, resolves against the store and loads a set of articles as one idempotent batch. */
export async function ingestArticles(store: GraphStore, inputs: IngestInput[], opts: IngestOptions = {}): Promise<IngestResult> {
  const withIds: ArticleInput[] = inputs.map((a, i) => {
    checkText(a.text, a.id ?? a.title ?? `article ${i + 1}`);
    return { ...a, id: a.id ?? articleId(a.text) };
  });
  const run = await (opts.extractor ?? rulesExtractor)(withIds, opts.onProgress);
  // Nothing could be read: say why rather than load an empty batch.
  const failed = run.model?.failed ?? [];
  if (failed.length && failed.length === withIds.length) throw failed[0].error;
  const extraction = await resolveAgainstStore(store, run.extraction);
  const result = await store.loadBatch(extraction);
  return {
    articles: extraction.articles.map((a) => {
      const s: ArticleSummary = { id: a.id, title: a.title, length: a.text.length };
      if (a.source) s.source = a.source;
      if (a.url) s.url = a.url;
      if (a.publishedAt) s.publishedAt = a.publishedAt;
      return s;
    }),
    result,
    entities: extraction.entities.length,
    relations: extraction.relations.length,
    ...(run.model ? { model: run.model } : {}),
  };
}
