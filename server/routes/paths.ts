import { Type } from 'typebox';
import type { App } from '../app.js';
import { InputError } from '../domain/errors.js';
import { FLOW_TYPES } from '../domain/relation-registry.js';
import { CsvList, Evidence, GraphEdge, GraphNode, csv, errors } from './schemas.js';

export const PathResult = Type.Object({
  hops: Type.Integer(),
  support: Type.Integer({ description: 'distinct articles backing the weakest hop' }),
  nodes: Type.Array(GraphNode),
  edges: Type.Array(Type.Intersect([GraphEdge, Type.Object({ evidence: Type.Array(Evidence) })])),
  startsIn: Type.Optional(Type.Intersect([GraphNode], {
    description: 'the country asked for as supplier, when the chain starts at an entity located there',
  })),
  endsIn: Type.Optional(Type.Intersect([GraphNode], {
    description: 'the country asked for as buyer, when the chain ends at an entity located there ("IEMZ Kupol, in Russia")',
  })),
});

export default async function paths(app: App) {
  app.get('/api/paths', {
    schema: {
      summary: 'The shortest supply chains from a supplier to a buyer, each hop with its evidence',
      description: 'Ranked by hops, then support, then sources summed over the hops, then the names along the chain.',
      querystring: Type.Object({
        from: Type.String({ minLength: 1, maxLength: 300, description: 'entity id, name or alias' }),
        to: Type.String({ minLength: 1, maxLength: 300, description: 'entity id, name or alias' }),
        maxHops: Type.Optional(Type.Integer({ minimum: 1, maximum: 8, default: 5 })),
        limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 10 })),
        types: Type.Optional(CsvList(FLOW_TYPES.join('|'))),
        minSources: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000, default: 0 })),
      }, { additionalProperties: false }),
      response: {
        200: Type.Object({ from: GraphNode, to: GraphNode, paths: Type.Array(PathResult) }),
        400: errors[400], 404: errors[404],
      },
    },
  }, async (req) => {
    const q = req.query;
    const [from, to] = await Promise.all([app.store.resolveEntity(q.from), app.store.resolveEntity(q.to)]);
    if (!from) throw new InputError('not_found', `no entity matches from="${q.from}"`, 404);
    if (!to) throw new InputError('not_found', `no entity matches to="${q.to}"`, 404);
    if (from.id === to.id) throw new InputError('bad_request', `from and to are the same entity (${from.name})`, 400);
    const found = await app.store.paths({
      from: from.id, to: to.id, maxHops: q.maxHops ?? 5, limit: q.limit ?? 10, types: csv(q.types) ?? [],
      minSources: q.minSources ?? 0,
    });
    return { from, to, paths: found };
  });
}
