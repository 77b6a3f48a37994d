/**
 * Store-independent upsert logic: folds a batch into what the store already holds, so both adapters write the
 * same rows and loading a batch twice changes nothing.
 */
import { toEntityRow, type EntityRow } from '../domain/entity-row.js';
import { evidenceKey, mergeProps } from '../domain/relation-merge.js';
import { isRelationType } from '../domain/relation-registry.js';
import { InputError } from '../domain/errors.js';
import { optionalMeta, type Article, type Entity, type Evidence, type Extraction, type Mention, type Relation, type RelationProps } from '../domain/types.js';
import type { LoadResult } from './graph-store.js';

/** A relation as stored: props and evidence as JSON text (neither store keeps nested maps as properties). */
export interface RelationRow {
  id: string;
  type: string;
  source: string;
  target: string;
  props: string;
  evidence: string;
  articles: string[];
  sources: number;
}

export interface ArticleRow {
  id: string;
  title: string;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
  text: string;
}

/** All the spans of one article that name one entity, as JSON `[[start, end], …]`. */
export interface MentionRow {
  article: string;
  entity: string;
  spans: string;
}

export interface MergePlan {
  entities: EntityRow[];
  relations: RelationRow[];
  articles: ArticleRow[];
  mentions: MentionRow[];
  result: LoadResult;
}

export interface Existing {
  entities: Map<string, EntityRow>;
  relations: Map<string, RelationRow>;
  articles: Map<string, ArticleRow>;
  mentions: Map<string, MentionRow>;
}

export const mentionKey = (article: string, entity: string) => `${article}\u0000${entity}`;

function uniq<T>(xs: Iterable<T>): T[] {
  return [...new Set(xs)];
}

function mergeEntity(old: EntityRow | undefined, e: Entity): EntityRow {
  if (!old) return toEntityRow(e);
  return toEntityRow({
    id: old.id,
    name: old.name,
    kind: old.kind as Entity['kind'],
    aliases: [...old.aliases, ...(e.name !== old.name ? [e.name] : []), ...e.aliases],
    country: old.country ?? e.country,
    notes: old.notes ?? e.notes,
  });
}

function relationRow(r: Relation, props: RelationProps, evidence: Evidence[]): RelationRow {
  const ev = [...new Map(evidence.map((x) => [evidenceKey(x), x])).values()].sort(
    (x, y) => x.article.localeCompare(y.article) || x.start - y.start,
  );
  const articles = uniq(ev.map((x) => x.article)).sort();
  return {
    id: r.id, type: r.type, source: r.source, target: r.target,
    props: JSON.stringify(props), evidence: JSON.stringify(ev), articles, sources: articles.length,
  };
}

const sameEntity = (a: EntityRow, b: EntityRow) =>
  a.name === b.name && a.kind === b.kind && a.country === b.country && a.notes === b.notes &&
  a.aliases.length === b.aliases.length && a.aliases.every((x, i) => x === b.aliases[i]);
const sameRelation = (a: RelationRow, b: RelationRow) => a.props === b.props && a.evidence === b.evidence;
const sameArticle = (a: ArticleRow, b: ArticleRow) =>
  a.title === b.title && a.text === b.text && a.source === b.source && a.url === b.url && a.publishedAt === b.publishedAt;

/** Checks a batch's internal consistency; throws InputError naming the first problem. */
export function validateBatch(batch: Extraction, known: (id: string) => boolean): void {
  const articleText = new Map(batch.articles.map((a) => [a.id, a.text]));
  for (const r of batch.relations) {
    if (!isRelationType(r.type)) throw new InputError('bad_relation', `unknown relation type "${r.type}"`, 422);
    for (const end of [r.source, r.target]) {
      if (!known(end)) throw new InputError('bad_relation', `relation ${r.id} names unknown entity "${end}"`, 422);
    }
    for (const ev of r.evidence) {
      const text = articleText.get(ev.article);
      if (text !== undefined && text.slice(ev.start, ev.end) !== ev.quote) {
        throw new InputError('bad_evidence', `evidence of ${r.id} does not match ${ev.article} at ${ev.start}..${ev.end}`, 422);
      }
    }
  }
}

/** Folds `batch` into `existing` and returns the rows to write, only those that change, with counts. */
export function planMerge(batch: Extraction, existing: Existing): MergePlan {
  const result: LoadResult = {
    articles: { created: 0, updated: 0 }, entities: { created: 0, updated: 0 }, relations: { created: 0, updated: 0 },
  };
  const count = (bucket: { created: number; updated: number }, old: unknown) => (old ? bucket.updated++ : bucket.created++);

  const ents = new Map<string, EntityRow>();
  for (const e of batch.entities) ents.set(e.id, mergeEntity(ents.get(e.id) ?? existing.entities.get(e.id), e));
  const entities: EntityRow[] = [];
  for (const row of ents.values()) {
    const old = existing.entities.get(row.id);
    if (old && sameEntity(old, row)) continue;
    count(result.entities, old);
    entities.push(row);
  }

  const rels = new Map<string, { rel: Relation; props: RelationProps; evidence: Evidence[] }>();
  for (const r of batch.relations) {
    let acc = rels.get(r.id);
    if (!acc) {
      const old = existing.relations.get(r.id);
      acc = old
        ? { rel: r, props: JSON.parse(old.props), evidence: JSON.parse(old.evidence) }
        : { rel: r, props: {}, evidence: [] };
      rels.set(r.id, acc);
    }
    acc.props = mergeProps(acc.props, r.props ?? {});
    acc.evidence.push(...r.evidence);
  }
  const relations: RelationRow[] = [];
  for (const { rel, props, evidence } of rels.values()) {
    const row = relationRow(rel, props, evidence);
    const old = existing.relations.get(row.id);
    if (old && sameRelation(old, row)) continue;
    count(result.relations, old);
    relations.push(row);
  }

  const articles: ArticleRow[] = [];
  for (const a of batch.articles) {
    const row: ArticleRow = {
      // Empty optional fields are stored as null: the bulk path cannot tell '' from null, and reloads must compare equal.
      id: a.id, title: a.title || a.id, source: a.source || null, url: a.url || null, publishedAt: a.publishedAt || null, text: a.text,
    };
    const old = existing.articles.get(a.id);
    if (old && sameArticle(old, row)) continue;
    count(result.articles, old);
    articles.push(row);
  }

  const spans = new Map<string, { article: string; entity: string; spans: [number, number][] }>();
  for (const m of batch.mentions ?? ([] as Mention[])) {
    const k = mentionKey(m.article, m.entity);
    let acc = spans.get(k);
    if (!acc) {
      const old = existing.mentions.get(k);
      acc = { article: m.article, entity: m.entity, spans: old ? JSON.parse(old.spans) : [] };
      spans.set(k, acc);
    }
    acc.spans.push([m.start, m.end]);
  }
  const mentions: MentionRow[] = [];
  for (const [k, acc] of spans) {
    const uniqSpans = [...new Map(acc.spans.map((s) => [`${s[0]}:${s[1]}`, s])).values()].sort((a, b) => a[0] - b[0]);
    const row = { article: acc.article, entity: acc.entity, spans: JSON.stringify(uniqSpans) };
    if (existing.mentions.get(k)?.spans === row.spans) continue;
    mentions.push(row);
  }
  return { entities, relations, articles, mentions, result };
}

export function toArticle(r: ArticleRow): Article {
  return { id: r.id, title: r.title, text: r.text, ...optionalMeta(r) };
}
