import { Readable } from 'node:stream';
import { Type } from 'typebox';
import type { FastifyReply } from 'fastify';
import type { App } from '../app.js';
import { InputError } from '../domain/errors.js';
import { EXPORT_FORMATS, EXPORT_FORMAT_NAMES, type ExportFormatName } from '../export/formats.js';
import { ExportSource } from '../export/source.js';
import { ErrorBody, Id, errors } from '../api/contract.js';

const Format = Type.Unsafe<ExportFormatName>({
  type: 'string', enum: EXPORT_FORMAT_NAMES,
  description: 'json: the product\'s own form with evidence; graphml: Gephi, yEd, Cytoscape desktop; csv: nodes, edges, ' +
    'evidence and articles as CSV in a zip; cypher: a script of MERGE statements that rebuilds the graph',
});

const DESCRIPTION =
  'Streams the whole graph, or the entities given by `ids` and the relations among them, in the chosen format. ' +
  'Every relation carries its citations: the article, its source and the quote.';

/** Yields `first`, then the rest of `gen`. */
async function* resume<T>(first: IteratorResult<T, unknown>, gen: AsyncGenerator<T, unknown>): AsyncGenerator<T> {
  if (first.done) return;
  yield first.value;
  yield* gen;
}

export default async function exportRoutes(app: App) {
  async function send(reply: FastifyReply, format: ExportFormatName, ids: string[] | undefined) {
    if (ids) {
      ids = [...new Set(ids.map((s) => s.trim()).filter(Boolean))];
      if (!ids.length) throw new InputError('bad_request', 'ids: give at least one entity id, or leave ids out to export the whole graph');
      let found = false;
      for (let i = 0; i < ids.length && !found; i += 500) found = (await app.store.entitiesByIds(ids.slice(i, i + 500))).length > 0;
      if (!found) throw new InputError('not_found', 'none of the given ids names an entity', 404);
    }
    const f = EXPORT_FORMATS[format];
    const info = { exportedAt: new Date().toISOString(), store: app.store.kind, corrections: await app.corrector.list() };
    const gen: AsyncGenerator<string | Uint8Array> = f.write(new ExportSource(app.store, ids), info);
    // The first chunk is made before the headers go out, so an early failure still gets a proper error response.
    const first = await gen.next();
    const name = `supply-graph-${info.exportedAt.slice(0, 10)}${ids ? '-view' : ''}.${f.extension}`;
    const body = Readable.from(resume(first, gen));
    body.on('error', (err) => reply.log.error({ err }, 'export failed while streaming'));
    return reply
      .type(f.contentType)
      .header('content-disposition', `attachment; filename="${name}"`)
      .header('cache-control', 'no-store')
      .send(body);
  }

  const responses = {
    200: Type.String({ description: 'the export file, streamed' }),
    400: errors[400], 404: ErrorBody, 413: errors[413], 415: errors[415], 503: errors[503],
  };

  app.get('/api/export', {
    schema: {
      summary: 'Export the graph or a view',
      description: `${DESCRIPTION} For a long list of ids use POST, which takes them in the body.`,
      querystring: Type.Object({
        format: Format,
        ids: Type.Optional(Type.String({ minLength: 1, maxLength: 100_000, description: 'comma-separated entity ids' })),
      }, { additionalProperties: false }),
      response: responses,
    },
  }, async (req, reply) => send(reply, req.query.format, req.query.ids?.split(',')));

  app.post('/api/export', {
    schema: {
      summary: 'Export the graph or a view (ids in the body)',
      description: DESCRIPTION,
      body: Type.Object({
        format: Format,
        ids: Type.Optional(Type.Array(Id, { minItems: 1, maxItems: 100_000 })),
      }, { additionalProperties: false }),
      response: responses,
    },
  }, async (req, reply) => send(reply, req.body.format, req.body.ids));
}
