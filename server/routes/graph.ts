import { Type } from 'typebox';
import type { App } from '../app.js';
import { ENTITY_KINDS, type EntityKind } from '../domain/types.js';
import { RELATION_TYPES } from '../domain/relation-registry.js';
import { CsvList, GraphData, csv, errors } from './schemas.js';

export default async function graph(app: App) {
  app.get('/api/graph', {
    schema: {
      summary: 'The graph, filtered and capped',
      querystring: Type.Object({
        kinds: Type.Optional(CsvList(ENTITY_KINDS.join('|'))),
        types: Type.Optional(CsvList(RELATION_TYPES.join('|'))),
        minSources: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
        limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
      }, { additionalProperties: false }),
      response: { 200: GraphData, 400: errors[400] },
    },
  }, async (req) => {
    const { kinds, types, minSources, limit } = req.query;
    return app.store.graph({
      kinds: csv(kinds) as EntityKind[] | undefined,
      types: csv(types),
      minSources,
      limit: Math.min(limit ?? app.config.graphLimit, Math.max(app.config.graphLimit, 1)),
    });
  });
}
