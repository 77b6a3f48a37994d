/**
 * The reads both adapters answer the same way, from named statements: each adapter supplies only its runner
 * (how `cypher/<dialect>/<intent>.cypher` is executed) and inherits these.
 */
import { RELATION_TYPES } from '../domain/relation-registry.js';
import { kindLabel, type Article, type Entity, type EntityKind } from '../domain/types.js';
import { assembleArticle, assembleEntityDetail, assembleGraph, mentionSpans, rankSearch } from './assemble.js';
import * as bulk from './bulk-reads.js';
import { findPaths, neighbors, pathsBetween, resolveEntities, type PathEnumerator, type Runner } from './explore.js';
import type {
  ArticleCounts, ArticleDetail, ArticleHit, ArticleSummary, ChainAnswer, Counts, EntityDetail, EvidencedEdge, GraphData,
  GraphFilter, GraphNode, MentionSpans, NeighborQuery, PathOptions, PathQuery, PathResult, StoreKind, StoreSchema,
  StoredSnapshot,
} from './graph-store.js';
import type { EntityRow } from '../domain/entity-row.js';

/** Characters of context either side of a search match. */
const SNIPPET = 80;

export abstract class RunnerReads {
  protected abstract readonly runner: Runner;
  abstract readonly kind: StoreKind;

  /**
   * The public schema: Entity and Article, the registry's relation types and MENTIONS, the properties researchers
   * query (not the stores' internal `keys`/`search` columns or the Snapshot table), with examples from the data. On
   * Neo4j each kind is a label too.
   */
  async schema(): Promise<StoreSchema> {
    const [kinds, rels, countries, articles, counts] = await Promise.all([
      this.runner('describe-kinds', {}), this.runner('describe-relations', {}), this.runner('describe-countries', {}),
      this.runner('list-articles', { limit: 3, offset: 0 }), this.counts(),
    ]);
    const relCount = new Map(rels.map((r) => [String(r.type), r]));
    const entityProps = [
      { key: 'id', examples: [] }, { key: 'name', examples: kinds.map((k) => String(k.example)).slice(0, 5) },
      { key: 'kind', examples: kinds.map((k) => String(k.kind)) }, { key: 'aliases', examples: [] },
      { key: 'country', examples: countries.map((c) => String(c.country)) }, { key: 'notes', examples: [] },
    ];
    const relationProps = (r?: Record<string, unknown>) => [
      { key: 'id', examples: [] }, { key: 'props', examples: [] }, { key: 'evidence', examples: [] }, { key: 'articles', examples: [] },
      { key: 'sources', examples: r ? [...new Set([Number(r.fewest), Number(r.most)])] : [] },
    ];
    const labels: StoreSchema['labels'] = [
      { name: 'Entity', count: counts.entities, properties: entityProps },
      { name: 'Article', count: counts.articles, properties: ['id', 'title', 'source', 'url', 'publishedAt', 'text'].map((key) => ({
        key, examples: key === 'title' || key === 'source' ? [...new Set(articles.map((a) => a[key]).filter((v): v is string => typeof v === 'string'))] : [],
      })) },
    ];
    if (this.kind === 'neo4j') {
      for (const k of kinds) {
        labels.push({ name: kindLabel(String(k.kind) as EntityKind), count: Number(k.n), note: `the entities of kind '${k.kind}' (also labelled Entity)`,
          properties: entityProps.map((p) => (p.key === 'name' ? { key: 'name', examples: [String(k.example)] } : p)) });
      }
    }
    const relationshipTypes: StoreSchema['relationshipTypes'] = RELATION_TYPES.map((t) => ({
      name: t, count: Number(relCount.get(t)?.n ?? 0), from: 'Entity', to: 'Entity', properties: relationProps(relCount.get(t)),
    }));
    relationshipTypes.push({ name: 'MENTIONS', from: 'Article', to: 'Entity', properties: [{ key: 'spans', examples: [] }] });
    const propertyKeys = [...new Set([...labels, ...relationshipTypes].flatMap((x) => x.properties.map((p) => p.key)))].sort();
    return { labels, relationshipTypes, propertyKeys };
  }

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

  async resolveEntity(ref: string): Promise<GraphNode | null> {
    return (await resolveEntities(this.runner, [ref]))[0];
  }

  /**
   * Runs `use` with the runner a chain query reads through and the store's chain enumerator for `q`'s filter (on
   * Neo4j both bound to one read transaction).
   */
  protected abstract chainQuery<T>(q: PathOptions, use: (run: Runner, enumerate: PathEnumerator) => Promise<T>): Promise<T>;

  paths(q: PathQuery): Promise<PathResult[]> {
    return this.chainQuery(q, (run, enumerate) => findPaths(run, q, enumerate));
  }

  pathsBetween(fromRef: string, toRef: string, q: PathOptions): Promise<ChainAnswer> {
    return this.chainQuery(q, (run, enumerate) => pathsBetween(run, fromRef, toRef, q, enumerate));
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
