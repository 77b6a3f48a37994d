import { Type } from 'typebox';
import type { App } from '../app.js';
import { InputError } from '../domain/errors.js';
import { EntityDetail, GraphNode, Id, errors } from './schemas.js';

export default async function entities(app: App) {
  app.get('/api/entities', {
    schema: {
      summary: 'Search entities by name or alias',
      querystring: Type.Object({
        q: Type.String({ minLength: 1, maxLength: 200 }),
        limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
      }, { additionalProperties: false }),
      response: { 200: Type.Object({ items: Type.Array(GraphNode) }), 400: errors[400] },
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
}
