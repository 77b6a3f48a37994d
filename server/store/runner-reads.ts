/**
 * The reads both adapters answer the same way, from named statements: each adapter supplies only its runner
 * (how `cypher/<dialect>/<intent>.cypher` is executed) and inherits these.
 */
import type { Article, Entity } from '../domain/types.js';
import { assembleArticle, assembleEntityDetail, assembleGraph, mentionSpans, rankSearch } from './assemble.js';
import * as bulk from './bulk-reads.js';
import { neighbors, resolveEntity, type Runner } from './explore.js';
import type {
  ArticleDetail, ArticleSummary, Counts, EntityDetail, EvidencedEdge, GraphData, GraphFilter, GraphNode, MentionSpans,
  NeighborQuery, StoredSnapshot,
} from './graph-store.js';
import type { EntityRow } from './merge.js';

export abstract class RunnerReads {
  protected abstract readonly runner: Runner;

  async counts(): Promise<Counts> {
    const [e, r, a] = await Promise.all(['count-entities', 'count-relations', 'count-articles'].map((s) => this.runner(s, {})));
    return { entities: Number(e[0].n), relations: Number(r[0].n), articles: Number(a[0].n) };
  }

  async findByKeys(keys: string[]): Promise<Entity[]> {
    if (!keys.length) return [];
    const rows = (await this.runner('entities-by-keys', { keys })) as unknown as EntityRow[];
    return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind as GraphNode['kind'], aliases: r.aliases ?? [],
      ...(r.country ? { country: r.country } : {}) }));
  }

  searchEntities(q: string, limit: number): Promise<GraphNode[]> {
    return rankSearch(q, limit, (needle, scan) => this.runner('search-entities', { q: needle, scan }), (ids) => this.decorate(ids));
  }

  /** Degree and sanction flags for a set of node ids. */
  private async decorate(ids: string[]): Promise<{ degree: Map<string, number>; sanctioned: Set<string> }> {
    if (!ids.length) return { degree: new Map(), sanctioned: new Set() };
    const [deg, sanc] = await Promise.all([this.runner('degrees', { ids }), this.runner('sanctioned', { ids })]);
    return {
      degree: new Map(deg.map((r) => [String(r.id), Number(r.degree)])),
      sanctioned: new Set(sanc.map((r) => String(r.id))),
    };
  }

  async getEntity(id: string): Promise<EntityDetail | null> {
    const [ent] = await this.runner('entities-by-ids', { ids: [id] });
    if (!ent) return null;
    const [out, inc, arts, deco] = await Promise.all([
      this.runner('entity-out', { id }), this.runner('entity-in', { id }), this.runner('entity-articles', { id }), this.decorate([id]),
    ]);
    return assembleEntityDetail(ent, out, inc, arts, deco);
  }

  async graph(filter: GraphFilter): Promise<GraphData> {
    const [nodes, edges] = await Promise.all([
      this.runner('graph-nodes', { kinds: filter.kinds ?? [] }),
      this.runner('graph-edges', { types: filter.types ?? [], minSources: filter.minSources ?? 0 }),
    ]);
    const sanc = nodes.length ? await this.runner('all-sanctioned', {}) : [];
    return assembleGraph(nodes, edges, new Set(sanc.map((r) => String(r.id))), filter);
  }

  async listArticles(limit: number, offset: number): Promise<ArticleSummary[]> {
    return (await this.runner('list-articles', { limit, offset })).map((r) => assembleArticle(r));
  }

  async getArticle(id: string): Promise<ArticleDetail | null> {
    const [a] = await this.runner('articles-by-ids', { ids: [id] });
    if (!a) return null;
    const mentions = await this.runner('article-mentions', { id });
    return { ...assembleArticle(a), text: String(a.text), mentions: mentionSpans(mentions) };
  }

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

  articlesByIds(ids: string[]): Promise<Article[]> {
    return bulk.articlesByIds(this.runner, ids);
  }

  mentionsOf(articleIds: string[]): Promise<MentionSpans[]> {
    return bulk.mentionsOf(this.runner, articleIds);
  }

  getSnapshot(id: string): Promise<StoredSnapshot | null> {
    return bulk.getSnapshot(this.runner, id);
  }
}
