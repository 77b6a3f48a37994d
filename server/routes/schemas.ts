/** Shared TypeBox schemas: the API's vocabulary, used for validation, serialisation and the OpenAPI document. */
import { Type, type Static } from 'typebox';
import { ENTITY_KINDS } from '../domain/types.js';

export const ErrorBody = Type.Object({ error: Type.String(), message: Type.String() }, { $id: 'Error' });
export type ErrorBody = Static<typeof ErrorBody>;

/** Standard error responses every route may answer with. */
export const errors = {
  400: ErrorBody, 401: ErrorBody, 404: ErrorBody, 413: ErrorBody, 415: ErrorBody, 422: ErrorBody, 500: ErrorBody, 503: ErrorBody,
} as const;

export const EntityKind = Type.Union(ENTITY_KINDS.map((k) => Type.Literal(k)));
export const Id = Type.String({ minLength: 1, maxLength: 300 });

const Open = Type.Object({}, { additionalProperties: true });

export const Evidence = Type.Object({
  article: Type.String(), start: Type.Integer(), end: Type.Integer(), quote: Type.String(),
  rule: Type.Optional(Type.String({ description: 'the extraction rule (frame) that read the relation from this quote' })),
});

export const GraphNode = Type.Object({
  id: Type.String(), name: Type.String(), kind: Type.String(), aliases: Type.Array(Type.String()),
  country: Type.Optional(Type.String()), notes: Type.Optional(Type.String()),
  degree: Type.Integer(), sanctioned: Type.Boolean(),
});

export const GraphEdge = Type.Object({
  id: Type.String(), type: Type.String(), source: Type.String(), target: Type.String(), props: Open,
  sources: Type.Integer(), evidence: Type.Optional(Type.Array(Evidence)),
});

export const GraphData = Type.Object({
  nodes: Type.Array(GraphNode), edges: Type.Array(GraphEdge), truncated: Type.Optional(Type.Boolean()),
});

export const ArticleSummary = Type.Object({
  id: Type.String(), title: Type.String(), source: Type.Optional(Type.String()), url: Type.Optional(Type.String()),
  publishedAt: Type.Optional(Type.String()), length: Type.Integer(),
});

/** An article in the articles list; `snippet` and `at` (offset of the first match) when it was found by a search. */
export const ArticleListItem = Type.Intersect([
  ArticleSummary,
  Type.Object({
    entities: Type.Integer(), relations: Type.Integer(),
    snippet: Type.Optional(Type.String()), at: Type.Optional(Type.Integer()),
  }),
]);

export const ArticleDetail = Type.Intersect([
  ArticleSummary,
  Type.Object({
    text: Type.String(),
    mentions: Type.Array(Type.Object({
      entity: Type.String(), name: Type.String(), kind: Type.String(), start: Type.Integer(), end: Type.Integer(),
    })),
  }),
]);

export const EntityDetail = Type.Object({
  entity: GraphNode,
  relations: Type.Array(Type.Intersect([
    GraphEdge,
    Type.Object({
      evidence: Type.Array(Evidence),
      direction: Type.Union([Type.Literal('out'), Type.Literal('in')]),
      other: Type.Object({ id: Type.String(), name: Type.String(), kind: Type.String() }),
    }),
  ])),
  articles: Type.Array(ArticleSummary),
});

const Bucket = Type.Object({ created: Type.Integer(), updated: Type.Integer() });
export const LoadResult = Type.Object({ articles: Bucket, entities: Bucket, relations: Bucket });

/** A comma-separated list in a query string, e.g. `kinds=company,country`. */
export const CsvList = (pattern: string) => Type.String({ pattern: `^(${pattern})(,(${pattern}))*$`, maxLength: 2000 });

export function csv(s: string | undefined): string[] | undefined {
  return s ? [...new Set(s.split(',').filter(Boolean))] : undefined;
}
