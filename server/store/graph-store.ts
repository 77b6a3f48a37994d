/**
 * The GraphStore port: everything the API needs from a graph database. Adapters: embedded (LadybugDB) and Neo4j.
 * What the API answers with (nodes, edges, articles, paths …) is the contract's type, so a store answers in exactly
 * the shape the routes serialise and the client reads.
 */
import type {
  ArticleDetail, ArticleSummary, EntityDetail, EvidencedEdge, GraphData, GraphEdge, GraphNode, LoadResult, PathResult, Reached,
  StoreSchema as ApiStoreSchema,
} from '../api/contract.js';
import type { Article, Entity, EntityKind, Extraction } from '../domain/types.js';

export type {
  ArticleDetail, ArticleSummary, EntityDetail, EvidencedEdge, GraphData, GraphEdge, GraphNode, LoadResult, PathResult, Reached,
};

export type StoreKind = 'embedded' | 'neo4j';

export interface Counts {
  entities: number;
  relations: number;
  articles: number;
}

export interface GraphFilter {
  kinds?: EntityKind[];
  types?: string[];
  minSources?: number;
  limit: number;
}

/** An article in the articles list: how many entities it names and relations it gives evidence for. */
export interface ArticleCounts {
  id: string;
  entities: number;
  relations: number;
}

/** An article found by full-text search, with the passage around the first match. */
export interface ArticleHit extends ArticleSummary {
  snippet: string;
  /** Offset of the first match in the article text (-1 when only the title matched). */
  at: number;
}

/** What a correction rewrites: entities and relations removed before the corrected part is loaded. */
export interface Removal {
  entities: string[];
  relations: string[];
}

export interface PathQuery extends PathOptions {
  from: string;
  to: string;
}

/** What a chain query asks besides its ends. */
export interface PathOptions {
  maxHops: number;
  limit: number;
  /** Flow relation types to walk; all flow types when empty. */
  types: string[];
  minSources: number;
}

/** The ends of a chain query as resolved (null when nothing matches) and the chains between them. */
export interface ChainAnswer {
  from: GraphNode | null;
  to: GraphNode | null;
  paths: PathResult[];
}

export interface NeighborQuery {
  depth: number;
  types: string[];
  limit: number;
}

/** The spans of one article that name one entity. */
export interface MentionSpans {
  article: string;
  entity: string;
  spans: [number, number][];
}

/** A saved view as the store keeps it: its JSON text is opaque to the store. */
export interface StoredSnapshot {
  id: string;
  createdAt: string;
  view: string;
}

/** What a researcher can write in the console: labels, relationship types and their properties, with examples. */
export type StoreSchema = Omit<ApiStoreSchema, 'store'>;

/** A query from the read-only Cypher console, with the limits it runs under. */
export interface CypherQuery {
  query: string;
  params: Record<string, unknown>;
  /** The query is cancelled on the server after this long. */
  timeoutMs: number;
  /** At most this many rows are returned; `truncated` says when there were more. */
  rowCap: number;
  /** Rows stop once their JSON passes this many bytes (`truncated` then says so); defaults to CONSOLE_MAX_BYTES (console.ts). */
  maxBytes?: number;
}

/** A console answer before the route adds timing and the store kind. */
export interface CypherResult {
  columns: string[];
  /** One array per row, aligned with `columns`; values are plain JSON (ConsoleValue in console.ts). */
  rows: unknown[][];
  /** The entities and relations the rows name, as /api/graph draws them. */
  graph: GraphData;
  truncated: boolean;
}

/** One port, two adapters; both pass tests/store/contract.ts. */
export interface GraphStore {
  readonly kind: StoreKind;
  /** Creates schema, constraints and indexes idempotently. */
  init(): Promise<void>;
  close(): Promise<void>;
  /** Upserts a batch; loading the same batch twice changes nothing. Evidence and aliases are merged. */
  loadBatch(batch: Extraction): Promise<LoadResult>;
  counts(): Promise<Counts>;
  /** Entities whose normalised name or alias key is one of `keys` (see domain/names.ts). */
  findByKeys(keys: string[]): Promise<Entity[]>;
  searchEntities(q: string, limit: number): Promise<GraphNode[]>;
  getEntity(id: string): Promise<EntityDetail | null>;
  graph(filter: GraphFilter): Promise<GraphData>;
  listArticles(limit: number, offset: number): Promise<ArticleSummary[]>;
  getArticle(id: string): Promise<ArticleDetail | null>;
  /** An entity by id, else by name or alias (case-insensitive); the most connected wins a tie. */
  resolveEntity(ref: string): Promise<GraphNode | null>;
  /**
   * The `limit` best simple directed flow paths between two entity ids (path-rank.ts); a country as either end also
   * stands for the entities located in it.
   */
  paths(q: PathQuery): Promise<PathResult[]>;
  /**
   * A chain query by reference: both ends resolved as resolveEntity does, then paths() between them when both match,
   * and different entities (else no paths), all in one read.
   */
  pathsBetween(fromRef: string, toRef: string, q: PathOptions): Promise<ChainAnswer>;
  /** The neighbourhood of an entity up to `depth` hops in either direction, capped at `limit` nodes. */
  neighbors(id: string, q: NeighborQuery): Promise<GraphData>;
  /**
   * Entities that reach `id` ('up') or that `id` reaches ('down') along flow relations within maxHops, nearest first,
   * at most `limit` of them; `truncated` says when there were more.
   */
  reach(id: string, direction: 'up' | 'down', maxHops: number, types: string[], limit: number): Promise<{ items: Reached[]; truncated: boolean }>;
  /** Optional: builds caches the first query would otherwise wait for (called in the background after start). */
  warm?(): Promise<void>;

  /** The graph's schema as the console shows it; the stores' internal tables and properties are left out. */
  schema(): Promise<StoreSchema>;
  /** Runs one query from the read-only Cypher console: refuses writes (ForbiddenError), stops at the time limit (TimeoutError), caps rows. */
  cypher(q: CypherQuery): Promise<CypherResult>;
  /** Up to `limit` entities whose id sorts after `after`, in id order: keyset pages, so exports stream. */
  entityPage(after: string, limit: number): Promise<Entity[]>;
  /** Ids of every entity some SANCTIONED relation points at. */
  sanctionedIds(): Promise<string[]>;
  /** Entities by id with degree and sanction flags, in the order given; unknown ids are left out. */
  entitiesByIds(ids: string[]): Promise<GraphNode[]>;
  /** Every relation whose source is one of `ids`, with its evidence. */
  relationsFrom(ids: string[]): Promise<EvidencedEdge[]>;
  /** Every relation whose source id sorts after `after` and not after `last`, with its evidence. */
  relationsFromRange(after: string, last: string): Promise<EvidencedEdge[]>;
  /** Relations by id, with their evidence; unknown ids are left out. */
  relationsWithEvidence(ids: string[]): Promise<EvidencedEdge[]>;
  /** Up to `limit` articles whose id sorts after `after`, in id order, with their text. */
  articlePage(after: string, limit: number): Promise<Article[]>;
  /** The id of every article (what the archive holds that the store lacks is projected at start). */
  articleIds(): Promise<string[]>;
  /** Articles by id, with their text; unknown ids are left out. */
  articlesByIds(ids: string[]): Promise<Article[]>;
  /** Where the given articles mention entities: one item per article and entity. */
  mentionsOf(articleIds: string[]): Promise<MentionSpans[]>;
  /** Stores a saved view; ids are never reused. */
  saveSnapshot(s: StoredSnapshot): Promise<void>;
  getSnapshot(id: string): Promise<StoredSnapshot | null>;
  /**
   * In one transaction: removes the given entities (with every relation and mention touching them) and relations,
   * then loads `batch` as loadBatch does. How a correction rewrites the part of the graph it touches.
   */
  replaceSubgraph(remove: Removal, batch: Extraction): Promise<LoadResult>;
  /** Entity and relation counts of the given articles (articles with neither are left out or counted 0). */
  articleCounts(ids: string[]): Promise<ArticleCounts[]>;
  /** Articles whose text or title contains `q` (case-insensitive), at most `limit`, in id order. */
  searchArticles(q: string, limit: number): Promise<ArticleHit[]>;
}
