import { Type } from 'typebox';
import { EntityDetail, EntitySearch, GraphData, Id, NeighborQueryString, ReachAnswer, ReachQueryString, csv, errors } from '../api/contract.js';
import type { App } from '../app.js';
import { InputError } from '../domain/errors.js';
import { DEFAULT_MAX_HOPS } from '../domain/hop-limits.js';

export default async function entities(app: App) {
  app.get('/api/entities', {
    schema: {
      summary: 'Search entities by name or alias',
      querystring: Type.Object({
        q: Type.String({ minLength: 1, maxLength: 200 }),
        limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
      }, { additionalProperties: false }),
      response: { 200: EntitySearch, 400: errors[400] },
    },
  }, async (req) => ({ items: await app.store.searchEntities(req.query.q, req.query.limit ?? 10) }));

  app.get('/api/entities/:id', {
    schema: {
      summary: 'One entity with its relations, their evidence, and the articles that mention it',
      params: Type.Object({ id: Id }),
      response: { 200: EntityDetail, 404: errors[404] },
    },
  }, async (req) => {
    const detail = await app.store.getEntity(req.params.id);
    if (!detail) throw new InputError('not_found', `no entity with id "${req.params.id}"`, 404);
    return detail;
  });

  app.get('/api/entities/:id/neighbors', {
    schema: {
      summary: "An entity's neighbourhood, capped; `truncated` says when the cap cut it",
      params: Type.Object({ id: Id }),
      querystring: NeighborQueryString,
      response: { 200: GraphData, 400: errors[400], 404: errors[404] },
    },
  }, async (req) => {
    const { id } = req.params;
    if ((await app.store.resolveEntity(id))?.id !== id) throw new InputError('not_found', `no entity with id "${id}"`, 404);
    const q = req.query;
    return app.store.neighbors(id, { depth: q.depth ?? 1, types: csv(q.types) ?? [], limit: q.limit ?? 200 });
  });

  for (const [dir, direction, what] of [['upstream', 'up', 'can reach it'], ['downstream', 'down', 'it can reach']] as const) {
    app.get(`/api/entities/:id/${dir}`, {
      schema: {
        summary: `Every entity that ${what} along flow relations, with the hop count`,
        params: Type.Object({ id: Id }),
        querystring: ReachQueryString,
        response: {
          200: ReachAnswer,
          400: errors[400], 404: errors[404],
        },
      },
    }, async (req) => {
      const { id } = req.params;
      const entity = await app.store.resolveEntity(id);
      if (!entity || entity.id !== id) throw new InputError('not_found', `no entity with id "${id}"`, 404);
      const q = req.query;
      return { entity, ...(await app.store.reach(id, direction, q.maxHops ?? DEFAULT_MAX_HOPS, csv(q.types) ?? [], q.limit ?? 500)) };
    });
  }
}
