/**
 * The API contract: every request and response body as a TypeBox schema (validation, serialisation, the OpenAPI
 * document) and, beside it, its type (`Static<>`). Routes declare their schemas from here and the client imports its
 * types from here, so a field added to a schema reaches both or neither. Browser-safe: nothing here may import
 * node-only code, because the client bundle follows these imports.
 */
import { Type, type Static } from 'typebox';
import { DEFAULT_MAX_HOPS, MAX_HOPS, MAX_NEIGHBOR_DEPTH } from '../domain/hop-limits.js';
import { FLOW_TYPES, RELATION_TYPES, type RelationType as RelationTypeName } from '../domain/relation-registry.js';
import { ENTITY_KINDS, type EntityKind as EntityKindName, type RelationProps as RelationPropsShape } from '../domain/types.js';

export const ErrorBody = Type.Object({ error: Type.String(), message: Type.String() }, { $id: 'Error' });
export type ErrorBody = Static<typeof ErrorBody>;

/** Standard error responses every route may answer with. */
export const errors = {
  400: ErrorBody, 401: ErrorBody, 404: ErrorBody, 413: ErrorBody, 415: ErrorBody, 422: ErrorBody, 500: ErrorBody, 503: ErrorBody,
} as const;

// Unsafe only names the static type: a union built from the registry's array would otherwise type as `never`, and an
// open object would lose its index signature.
export const EntityKind = Type.Unsafe<EntityKindName>(Type.Union(ENTITY_KINDS.map((k) => Type.Literal(k))));
export const RelationType = Type.Unsafe<RelationTypeName>(Type.Union(RELATION_TYPES.map((t) => Type.Literal(t))));
export const Id = Type.String({ minLength: 1, maxLength: 300 });

/** A comma-separated list in a query string, e.g. `kinds=company,country`. */
export const CsvList = (pattern: string) => Type.String({ pattern: `^(${pattern})(,(${pattern}))*$`, maxLength: 2000 });

/** The items of a CsvList, each once; undefined for an absent or empty list. */
export function csv(s: string | undefined): string[] | undefined {
  return s ? [...new Set(s.split(',').filter(Boolean))] : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// The graph

export const Evidence = Type.Object({
  article: Type.String(), start: Type.Integer(), end: Type.Integer(), quote: Type.String(),
  rule: Type.Optional(Type.String({ description: 'the extraction rule (frame) that read the relation from this quote' })),
});
export type Evidence = Static<typeof Evidence>;

/** A relation's properties: the registry's known ones, and whatever else a correction or extractor set. */
// Open on the wire: the serialiser passes every property through as it is.
export const RelationProps = Type.Unsafe<RelationPropsShape>(Type.Object({}, {
  additionalProperties: true, description: 'goods, valueUsd, quantity, period (flows); when, program (sanctions); curated',
}));

/** A node as the client draws it: the entity, its degree in the whole graph, and whether a SANCTIONED relation points at it. */
export const GraphNode = Type.Object({
  id: Type.String(), name: Type.String(), kind: EntityKind, aliases: Type.Array(Type.String()),
  country: Type.Optional(Type.String()), notes: Type.Optional(Type.String()),
  degree: Type.Integer(), sanctioned: Type.Boolean(),
});
export type GraphNode = Static<typeof GraphNode>;

/** An edge as the client draws it; `sources` is the number of distinct articles backing it. */
export const GraphEdge = Type.Object({
  id: Type.String(), type: Type.String(), source: Type.String(), target: Type.String(), props: RelationProps,
  sources: Type.Integer(), evidence: Type.Optional(Type.Array(Evidence)),
});
export type GraphEdge = Static<typeof GraphEdge>;

export const EvidencedEdge = Type.Intersect([GraphEdge, Type.Object({ evidence: Type.Array(Evidence) })]);
export type EvidencedEdge = Static<typeof EvidencedEdge>;

export const GraphData = Type.Object({
  nodes: Type.Array(GraphNode), edges: Type.Array(GraphEdge),
  truncated: Type.Optional(Type.Boolean({ description: 'true when a cap cut the result' })),
});
export type GraphData = Static<typeof GraphData>;

export const GraphQueryString = Type.Object({
  kinds: Type.Optional(CsvList(ENTITY_KINDS.join('|'))),
  types: Type.Optional(CsvList(RELATION_TYPES.join('|'))),
  minSources: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
}, { additionalProperties: false });

export const Health = Type.Object({
  status: Type.Literal('ok'), store: Type.Union([Type.Literal('embedded'), Type.Literal('neo4j')]),
  entities: Type.Integer(), relations: Type.Integer(), articles: Type.Integer(),
});
export type Health = Static<typeof Health>;

// ---------------------------------------------------------------------------------------------------------------
// Articles and documents

/** What a caller may say about an article besides its text (the text fills in what is left out). */
const ArticleMetaInput = {
  title: Type.Optional(Type.String({ maxLength: 500 })),
  source: Type.Optional(Type.String({ maxLength: 200 })),
  url: Type.Optional(Type.String({ maxLength: 2000, format: 'uri' })),
  publishedAt: Type.Optional(Type.String({ maxLength: 40 })),
};
export const DocumentMeta = Type.Object(ArticleMetaInput);
export type DocumentMeta = Static<typeof DocumentMeta>;

/** An article's title and, where known, its outlet, address and date (the domain's ArticleMeta). */
const ArticleMetaFields = {
  title: Type.String(), source: Type.Optional(Type.String()), url: Type.Optional(Type.String()), publishedAt: Type.Optional(Type.String()),
};

export const ArticleSummary = Type.Object({ id: Type.String(), ...ArticleMetaFields, length: Type.Integer() });
export type ArticleSummary = Static<typeof ArticleSummary>;

/** An article in the articles list; `snippet` and `at` (offset of the first match) when it was found by a search. */
export const ArticleListItem = Type.Intersect([
  ArticleSummary,
  Type.Object({
    entities: Type.Integer(), relations: Type.Integer(),
    snippet: Type.Optional(Type.String()), at: Type.Optional(Type.Integer()),
  }),
]);
export type ArticleListItem = Static<typeof ArticleListItem>;

export const ArticleList = Type.Object({ items: Type.Array(ArticleListItem), total: Type.Integer() });
export type ArticleList = Static<typeof ArticleList>;

export const ArticleDetail = Type.Intersect([
  ArticleSummary,
  Type.Object({
    text: Type.String(),
    mentions: Type.Array(Type.Object({
      entity: Type.String(), name: Type.String(), kind: EntityKind, start: Type.Integer(), end: Type.Integer(),
    })),
  }),
]);
export type ArticleDetail = Static<typeof ArticleDetail>;

export const ArticlePost = Type.Object({ text: Type.String({ minLength: 1 }), ...ArticleMetaInput }, { additionalProperties: false });

const Bucket = Type.Object({ created: Type.Integer(), updated: Type.Integer() });
export const LoadResult = Type.Object({ articles: Bucket, entities: Bucket, relations: Bucket });
export type LoadResult = Static<typeof LoadResult>;

export const ArticleAdded = Type.Object({ article: ArticleSummary, added: LoadResult, entities: Type.Integer(), relations: Type.Integer() });

export const DocumentQuery = Type.Object({ name: Type.String({ minLength: 1, maxLength: 300 }), ...ArticleMetaInput }, { additionalProperties: false });

export const AddedDocument = Type.Object({
  file: Type.String(),
  status: Type.Union([Type.Literal('new'), Type.Literal('already loaded')]),
  article: ArticleSummary,
  entities: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), kind: Type.String() })),
  relations: Type.Array(Type.Object({ id: Type.String(), type: Type.String(), source: Type.String(), target: Type.String() })),
  /** When a model read the document (EXTRACTOR=model|hybrid): what it cost, and what grounding dropped. */
  model: Type.Optional(Type.Object({
    name: Type.String(), mode: Type.String(), requests: Type.Integer(), cached: Type.Integer(),
    promptTokens: Type.Integer(), completionTokens: Type.Integer(), dropped: Type.Integer(),
  })),
});
export type AddedDocument = Static<typeof AddedDocument>;

// ---------------------------------------------------------------------------------------------------------------
// Entities, paths and traces

export const EntitySearch = Type.Object({ items: Type.Array(GraphNode) });

export const EntityDetail = Type.Object({
  entity: GraphNode,
  relations: Type.Array(Type.Intersect([
    EvidencedEdge,
    Type.Object({
      direction: Type.Union([Type.Literal('out'), Type.Literal('in')]),
      other: Type.Object({ id: Type.String(), name: Type.String(), kind: EntityKind }),
    }),
  ])),
  articles: Type.Array(ArticleSummary),
});
export type EntityDetail = Static<typeof EntityDetail>;

export const NeighborQueryString = Type.Object({
  depth: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_NEIGHBOR_DEPTH, default: 1 })),
  types: Type.Optional(CsvList(RELATION_TYPES.join('|'))),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 5000, default: 200 })),
}, { additionalProperties: false });

const MaxHops = Type.Integer({ minimum: 1, maximum: MAX_HOPS, default: DEFAULT_MAX_HOPS });

export const PathQueryString = Type.Object({
  from: Type.String({ minLength: 1, maxLength: 300, description: 'entity id, name or alias' }),
  to: Type.String({ minLength: 1, maxLength: 300, description: 'entity id, name or alias' }),
  maxHops: Type.Optional(MaxHops),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 10 })),
  types: Type.Optional(CsvList(FLOW_TYPES.join('|'))),
  minSources: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000, default: 0 })),
}, { additionalProperties: false });

/** One chain from supplier to buyer: nodes and edges in order, each edge with its evidence. */
export const PathResult = Type.Object({
  hops: Type.Integer(),
  support: Type.Integer({ description: 'distinct articles backing the weakest hop' }),
  nodes: Type.Array(GraphNode),
  edges: Type.Array(EvidencedEdge),
  startsIn: Type.Optional(Type.Intersect([GraphNode], {
    description: 'the country asked for as supplier, when the chain starts at an entity located there',
  })),
  endsIn: Type.Optional(Type.Intersect([GraphNode], {
    description: 'the country asked for as buyer, when the chain ends at an entity located there ("IEMZ Kupol, in Russia")',
  })),
});
export type PathResult = Static<typeof PathResult>;

export const PathsAnswer = Type.Object({ from: GraphNode, to: GraphNode, paths: Type.Array(PathResult) });
export type PathsAnswer = Static<typeof PathsAnswer>;

export const ReachQueryString = Type.Object({
  maxHops: Type.Optional(MaxHops),
  types: Type.Optional(CsvList(FLOW_TYPES.join('|'))),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, default: 500 })),
}, { additionalProperties: false });

export const Reached = Type.Object({ entity: GraphNode, hops: Type.Integer() });
export type Reached = Static<typeof Reached>;

export const ReachAnswer = Type.Object({ entity: GraphNode, items: Type.Array(Reached), truncated: Type.Boolean() });
export type ReachAnswer = Static<typeof ReachAnswer>;

// ---------------------------------------------------------------------------------------------------------------
// The Cypher console

export const CypherAnswer = Type.Object({
  columns: Type.Array(Type.String()),
  rows: Type.Array(Type.Array(Type.Unknown()), {
    description: 'one array per row, aligned with `columns`; nodes, relationships and paths appear as `{_kind: …}` objects',
  }),
  graph: Type.Object({ nodes: Type.Array(GraphNode), edges: Type.Array(GraphEdge) }, {
    description: 'the entities and relations the rows name, as /api/graph draws them',
  }),
  truncated: Type.Boolean(),
  elapsedMs: Type.Integer(),
  store: Type.String(),
});
export type CypherAnswer = Static<typeof CypherAnswer>;

/** One example question (cypher/queries/<name>.<dialect>.cypher): the statement without its header comments. */
export const CypherExample = Type.Object({
  name: Type.String(), title: Type.String(), description: Type.Optional(Type.String()), query: Type.String(),
  params: Type.Record(Type.String(), Type.Unknown(), { description: 'parameters the statement uses, with the values to start from' }),
});
export type CypherExample = Static<typeof CypherExample>;

export const CypherExamples = Type.Object({ store: Type.String(), items: Type.Array(CypherExample) });
export type CypherExamples = Static<typeof CypherExamples>;

const SchemaProperty = Type.Object({ key: Type.String(), examples: Type.Array(Type.Union([Type.String(), Type.Number()])) });

/** What a researcher can write in the console: labels, relationship types and their properties, with examples. */
export const StoreSchema = Type.Object({
  store: Type.String(),
  labels: Type.Array(Type.Object({
    name: Type.String(), count: Type.Integer(), note: Type.Optional(Type.String()), properties: Type.Array(SchemaProperty),
  })),
  relationshipTypes: Type.Array(Type.Object({
    name: Type.String(), count: Type.Optional(Type.Integer({ description: 'left out where counting would scan every article (MENTIONS)' })),
    from: Type.String(), to: Type.String(), properties: Type.Array(SchemaProperty),
  })),
  propertyKeys: Type.Array(Type.String()),
});
export type StoreSchema = Static<typeof StoreSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Corrections and write access

export const WriteAccess = Type.Object({ write: Type.Union([Type.Literal('open'), Type.Literal('token'), Type.Literal('closed')]) });
export type WriteAccess = Static<typeof WriteAccess>['write'];

const Why = {
  by: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'who makes it (a name), when known' })),
  reason: Type.Optional(Type.String({ maxLength: 2000 })),
};
const Offset = Type.Integer({ minimum: 0 });
const Country = Type.String({ pattern: '^[A-Za-z]{2}$' });

export const CorrectionRequest = Type.Union([
  Type.Object({ kind: Type.Literal('merge-entities'), target: Id, from: Id, ...Why }, { additionalProperties: false, description: 'fold `from` into `target`' }),
  Type.Object({
    kind: Type.Literal('update-entity'), target: Id, name: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
    entityKind: Type.Optional(EntityKind), country: Type.Optional(Type.Union([Country, Type.Null()])), ...Why,
  }, { additionalProperties: false, description: 'rename, change kind or country (null removes it)' }),
  Type.Object({ kind: Type.Literal('delete-entity'), target: Id, ...Why }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('reject-relation'), target: Id, ...Why }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('reject-evidence'), target: Id, article: Id, start: Offset, end: Offset, ...Why }, { additionalProperties: false }),
  Type.Object({
    kind: Type.Literal('add-relation'), type: RelationType, source: Id, target: Id, article: Id, start: Offset, end: Offset,
    props: Type.Optional(Type.Object({
      goods: Type.Optional(Type.Array(Type.String({ maxLength: 200 }), { maxItems: 50 })),
      valueUsd: Type.Optional(Type.Number({ minimum: 0 })),
      quantity: Type.Optional(Type.String({ maxLength: 200 })),
      period: Type.Optional(Type.String({ maxLength: 200 })),
    }, { additionalProperties: false })), ...Why,
  }, { additionalProperties: false, description: 'a relation stated by the selection start..end of an article' }),
]);
export type CorrectionRequest = Static<typeof CorrectionRequest>;

export const CorrectionEntry = Type.Object({
  id: Type.String(), at: Type.String(), kind: Type.String(), target: Type.String(),
  by: Type.Optional(Type.String()), reason: Type.Optional(Type.String()),
  data: Type.Record(Type.String(), Type.Unknown(), { description: 'what the correction says; its shape depends on kind (see README)' }),
});
export type CorrectionEntry = Static<typeof CorrectionEntry>;

export const CorrectionList = Type.Object({ items: Type.Array(CorrectionEntry) });
export const CorrectionMade = Type.Object({ correction: CorrectionEntry, result: LoadResult });
export type CorrectionMade = Static<typeof CorrectionMade>;

// ---------------------------------------------------------------------------------------------------------------
// Snapshots: what the client sends, and what comes back

export const MAX_VIEW_NODES = 10_000;
export const MAX_VIEW_EDGES = 40_000;

/** Cytoscape style properties of one element, as the client drew it; the HTML applies a safe subset. */
const Style = Type.Object({}, {
  additionalProperties: Type.Union([Type.String({ maxLength: 200 }), Type.Number()]),
  propertyNames: { pattern: '^[a-z][a-z-]{0,40}$' },
  maxProperties: 40,
});

const Point = Type.Object({ x: Type.Number(), y: Type.Number() });

/** How an element was drawn: its style properties and class names. */
const Drawn = { style: Type.Optional(Style), classes: Type.Optional(Type.String({ maxLength: 500 })) };

export const ViewNode = Type.Object({
  id: Id,
  name: Type.String({ maxLength: 1000 }),
  kind: Type.String({ maxLength: 60 }),
  position: Point,
  aliases: Type.Optional(Type.Array(Type.String({ maxLength: 1000 }), { maxItems: 200 })),
  country: Type.Optional(Type.String({ maxLength: 10 })),
  sanctioned: Type.Optional(Type.Boolean()),
  degree: Type.Optional(Type.Integer({ minimum: 0 })),
  ...Drawn,
}, { additionalProperties: true });
export type ViewNode = Static<typeof ViewNode>;

export const ViewEdge = Type.Object({
  id: Id,
  type: Type.String({ minLength: 1, maxLength: 100 }),
  source: Id,
  target: Id,
  props: Type.Optional(Type.Object({}, { additionalProperties: true })),
  sources: Type.Optional(Type.Integer({ minimum: 0 })),
  ...Drawn,
}, { additionalProperties: true });
export type ViewEdge = Static<typeof ViewEdge>;

export const SavedViewport = Type.Object({
  zoom: Type.Number({ exclusiveMinimum: 0 }),
  pan: Point,
  width: Type.Optional(Type.Number({ exclusiveMinimum: 0 })),
  height: Type.Optional(Type.Number({ exclusiveMinimum: 0 })),
});
export type SavedViewport = Static<typeof SavedViewport>;

/** The view as the client saves it: elements with positions and styles, and the state that produced it. */
export const ViewInput = Type.Object({
  title: Type.Optional(Type.String({ maxLength: 300 })),
  elements: Type.Object({
    nodes: Type.Array(ViewNode, { maxItems: MAX_VIEW_NODES }),
    edges: Type.Array(ViewEdge, { maxItems: MAX_VIEW_EDGES }),
  }, { additionalProperties: false }),
  filters: Type.Optional(Type.Object({}, { additionalProperties: true })),
  /** The query behind the view: the client's URL view state, or a console query. */
  query: Type.Optional(Type.Union([Type.String({ maxLength: 100_000 }), Type.Object({}, { additionalProperties: true })])),
  layout: Type.Optional(Type.Union([Type.String({ maxLength: 100 }), Type.Object({}, { additionalProperties: true })])),
  /** The viewport, with the canvas size it was on so that a reopened view can show the same part of the graph. */
  viewport: Type.Optional(SavedViewport),
}, { additionalProperties: false });
export type ViewInput = Static<typeof ViewInput>;

/** One evidence entry as a citation: the quote with its article's title, outlet, address and date. */
export const Citation = Type.Intersect([Evidence, Type.Object(ArticleMetaFields)]);
export type Citation = Static<typeof Citation>;

/** A saved view: the client's view, each edge with its citations and store values as they were at save time. */
export type SavedView = Omit<ViewInput, 'elements'> & {
  createdAt: string;
  elements: {
    nodes: ViewNode[];
    edges: (ViewEdge & { props: Record<string, unknown>; sources: number; evidence: Citation[] })[];
  };
};

export interface Snapshot {
  id: string;
  createdAt: string;
  view: SavedView;
}

export const SnapshotId = Type.String({ pattern: '^[A-Za-z0-9_-]{8,64}$' });

/** The saved view as it comes back: the client's view, each edge with its citations, and when it was saved. */
export const SnapshotAnswer = Type.Object({
  id: Type.String(),
  createdAt: Type.String(),
  // Described loosely on purpose: styles and free-form state pass through as saved.
  view: Type.Unsafe<SavedView>({
    type: 'object',
    description: 'the view as saved: title, elements (nodes with positions and styles; edges with props, sources and ' +
      'evidence: their citations as {article, start, end, quote, title, source?, url?, publishedAt?}), filters, query, layout, viewport, createdAt',
    properties: { elements: { type: 'object', properties: { edges: { type: 'array', items: { type: 'object', properties: { evidence: { type: 'array', items: Citation } }, additionalProperties: true } } }, additionalProperties: true } },
    additionalProperties: true,
  }),
});

export const SnapshotSaved = Type.Object({
  id: Type.String(), createdAt: Type.String(),
  url: Type.String({ description: 'the client link that reopens it read-only' }),
  html: Type.String({ description: 'the self-contained HTML of it' }),
});
export type SnapshotSaved = Static<typeof SnapshotSaved>;
