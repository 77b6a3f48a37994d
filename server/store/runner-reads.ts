/**
 * The reads both adapters answer the same way, from named statements: each adapter supplies only its runner
 * (how `cypher/<dialect>/<intent>.cypher` is executed) and inherits these.
 */
import type { Article, Entity } from '../domain/types.js';
import * as bulk from './bulk-reads.js';
import { neighbors, resolveEntity, type Runner } from './explore.js';
import type {
  ArticleCounts, ArticleHit, EvidencedEdge, GraphData, GraphNode, MentionSpans, NeighborQuery, StoredSnapshot,
} from './graph-store.js';
import { assembleArticle } from './assemble.js';

/** Characters of context either side of a search match. */
const SNIPPET = 80;

export abstract class RunnerReads {
  protected abstract readonly runner: Runner;

  resolveEntity(ref: string): Promise<GraphNode | null> {
    return resolveEntity(this.runner, ref);
  }

  neighbors(id: string, q: NeighborQuery): Promise<GraphData> {
    return neighbors(this.runner, id, q);
  }

  entityPage(after: string, limit: number): Promise<Entity[]> {
    return bulk.entityPage(this.runner, after, limit);
  }

  sanctionedIds(): Promise<string[]> {
    return bulk.sanctionedIds(this.runner);
  }

  entitiesByIds(ids: string[]): Promise<GraphNode[]> {
    return bulk.entitiesByIds(this.runner, ids);
  }

  relationsFrom(ids: string[]): Promise<EvidencedEdge[]> {
    return bulk.relationsFrom(this.runner, ids);
  }

  relationsFromRange(after: string, last: string): Promise<EvidencedEdge[]> {
    return bulk.relationsFromRange(this.runner, after, last);
  }

  relationsWithEvidence(ids: string[]): Promise<EvidencedEdge[]> {
    return bulk.relationsWithEvidence(this.runner, ids);
  }

  articlePage(after: string, limit: number): Promise<Article[]> {
    return bulk.articlePage(this.runner, after, limit);
  }

  async articleIds(): Promise<string[]> {
    return (await this.runner('all-article-ids', {})).map((r) => String(r.id));
  }

  articlesByIds(ids: string[]): Promise<Article[]> {
    return bulk.articlesByIds(this.runner, ids);
  }

  mentionsOf(articleIds: string[]): Promise<MentionSpans[]> {
    return bulk.mentionsOf(this.runner, articleIds);
  }

  async articleCounts(ids: string[]): Promise<ArticleCounts[]> {
    if (!ids.length) return [];
    const [ents, rels] = await Promise.all([this.runner('article-entity-counts', { ids }), this.runner('article-relation-counts', { ids })]);
    const n = (rows: typeof ents) => new Map(rows.map((r) => [String(r.id), Number(r.n)]));
    const e = n(ents);
    const r = n(rels);
    return ids.map((id) => ({ id, entities: e.get(id) ?? 0, relations: r.get(id) ?? 0 }));
  }

  async searchArticles(q: string, limit: number): Promise<ArticleHit[]> {
    const needle = q.toLowerCase();
    return (await this.runner('search-articles', { q: needle, limit })).map((r) => {
      const text = String(r.text ?? '');
      const at = text.toLowerCase().indexOf(needle);
      const from = Math.max(0, at - SNIPPET);
      const snippet = at < 0 ? text.slice(0, 2 * SNIPPET) : text.slice(from, at + needle.length + SNIPPET);
      return { ...assembleArticle(r), snippet, at };
    });
  }

  getSnapshot(id: string): Promise<StoredSnapshot | null> {
    return bulk.getSnapshot(this.runner, id);
  }
}
