/** A person's corrections of the graph: made here, recorded in the correction log, listed where they apply. */
import { Type } from 'typebox';
import type { App } from '../app.js';
import { CorrectionList, CorrectionMade, CorrectionRequest, Id, errors } from '../api/contract.js';
import { requireWriter } from './write-access.js';

export default async function corrections(app: App) {
  app.get('/api/corrections', {
    schema: {
      summary: 'The correction log, oldest first; `target` keeps those about one entity, relation or article',
      querystring: Type.Object({ target: Type.Optional(Id) }, { additionalProperties: false }),
      response: { 200: CorrectionList, 400: errors[400] },
    },
  }, async (req) => ({ items: await app.corrector.list(req.query.target) }));

  app.post('/api/corrections', {
    onRequest: requireWriter(app.config),
    schema: {
      summary: 'Make a correction: merge, rename, change kind or country, delete, reject a relation or its evidence, add a relation from a selection',
      body: CorrectionRequest,
      response: { 201: CorrectionMade, ...errors },
    },
  }, async (req, reply) => reply.code(201).send(await app.corrector.apply(req.body)));
}
