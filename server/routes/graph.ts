import type { App } from '../app.js';
import type { EntityKind } from '../domain/types.js';
import { GraphData, GraphQueryString, csv, errors } from '../api/contract.js';

export default async function graph(app: App) {
  app.get('/api/graph', {
    schema: {
      summary: 'The graph, filtered and capped',
      querystring: GraphQueryString,
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
