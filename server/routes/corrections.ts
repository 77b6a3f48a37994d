/** A person's corrections of the graph: made here, recorded in the correction log, listed where they apply. */
import { Type } from 'typebox';
import type { App } from '../app.js';
import { RELATION_TYPES } from '../domain/relation-registry.js';
import type { CorrectionRequest } from '../corrections/corrector.js';
import { EntityKind, Id, LoadResult, errors } from './schemas.js';
import { requireWriter } from './write-access.js';

const Why = {
  by: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'who makes it (a name), when known' })),
  reason: Type.Optional(Type.String({ maxLength: 2000 })),
};
const Offset = Type.Integer({ minimum: 0 });
const RelationType = Type.Union(RELATION_TYPES.map((t) => Type.Literal(t)));
const Country = Type.String({ pattern: '^[A-Za-z]{2}$' });

const Request = Type.Union([
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

const Correction = Type.Object({
  id: Type.String(), at: Type.String(), kind: Type.String(), target: Type.String(),
  by: Type.Optional(Type.String()), reason: Type.Optional(Type.String()),
  data: Type.Record(Type.String(), Type.Unknown(), { description: 'what the correction says; its shape depends on kind (see README)' }),
});

export default async function corrections(app: App) {
  app.get('/api/corrections', {
    schema: {
      summary: 'The correction log, oldest first; `target` keeps those about one entity, relation or article',
      querystring: Type.Object({ target: Type.Optional(Id) }, { additionalProperties: false }),
      response: { 200: Type.Object({ items: Type.Array(Correction) }), 400: errors[400] },
    },
  }, async (req) => ({ items: await app.corrector.list(req.query.target) }));

  app.post('/api/corrections', {
    onRequest: requireWriter(app.config),
    schema: {
      summary: 'Make a correction: merge, rename, change kind or country, delete, reject a relation or its evidence, add a relation from a selection',
      body: Request,
      response: { 201: Type.Object({ correction: Correction, result: LoadResult }), ...errors },
    },
  }, async (req, reply) => reply.code(201).send(await app.corrector.apply(req.body as CorrectionRequest)));
}
