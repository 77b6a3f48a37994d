import { Type } from 'typebox';
import type { App } from '../app.js';
import { InputError } from '../domain/errors.js';
import { SNAPSHOT_HTML_CSP, snapshotHtml } from '../snapshot/html.js';
import { SNAPSHOT_BODY_LIMIT, freezeView, loadSnapshot, saveSnapshot } from '../snapshot/view.js';
import { SnapshotAnswer, SnapshotId, SnapshotSaved, ViewInput, errors, type Snapshot } from '../api/contract.js';

const links = (id: string) => ({ url: `/?snapshot=${encodeURIComponent(id)}`, html: `/api/snapshots/${encodeURIComponent(id)}/html` });

export default async function snapshots(app: App) {
  app.post('/api/snapshots', {
    bodyLimit: SNAPSHOT_BODY_LIMIT,
    schema: {
      summary: 'Save the current view',
      description: 'Stores the view (elements with positions and styles, filters, query, layout) with the citations of ' +
        'its edges as they are now, and answers its id and link. The snapshot never changes afterwards.',
      body: Type.Object({ view: ViewInput }, { additionalProperties: false }),
      response: {
        201: SnapshotSaved,
        ...errors,
      },
    },
  }, async (req, reply) => {
    const s = await saveSnapshot(app.store, req.body.view, app.ingest.archive);
    return reply.code(201).send({ id: s.id, createdAt: s.createdAt, ...links(s.id) });
  });

  app.get('/api/snapshots/:id', {
    schema: {
      summary: 'A saved view',
      params: Type.Object({ id: SnapshotId }),
      response: { 200: SnapshotAnswer, 400: errors[400], 404: errors[404], 503: errors[503] },
    },
  }, async (req) => {
    const s = await loadSnapshot(app.store, req.params.id);
    if (!s) throw new InputError('not_found', `no snapshot with id "${req.params.id}"`, 404);
    return s;
  });

  const sendHtml = (reply: import('fastify').FastifyReply, s: Snapshot, download: boolean) => reply
    .type('text/html; charset=utf-8')
    .header('content-security-policy', SNAPSHOT_HTML_CSP)
    .header('x-content-type-options', 'nosniff')
    .header('content-disposition', `${download ? 'attachment' : 'inline'}; filename="snapshot-${s.id}.html"`)
    .send(snapshotHtml(s));

  app.get('/api/snapshots/:id/html', {
    schema: {
      summary: 'A saved view as a self-contained interactive HTML file',
      description: 'Works offline when opened from disk: pan, zoom, click a node or edge to read its sources. ' +
        '`download=1` asks the browser to save it.',
      params: Type.Object({ id: SnapshotId }),
      querystring: Type.Object({ download: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
      response: { 200: Type.String({ description: 'text/html' }), 400: errors[400], 404: errors[404], 503: errors[503] },
    },
  }, async (req, reply) => {
    const s = await loadSnapshot(app.store, req.params.id);
    if (!s) throw new InputError('not_found', `no snapshot with id "${req.params.id}"`, 404);
    return sendHtml(reply, s, !!req.query.download);
  });

  app.post('/api/snapshots/html', {
    bodyLimit: SNAPSHOT_BODY_LIMIT,
    schema: {
      summary: 'A view as a self-contained HTML file, without saving it',
      body: Type.Object({ view: ViewInput }, { additionalProperties: false }),
      response: { 200: Type.String({ description: 'text/html' }), ...errors },
    },
  }, async (req, reply) => {
    const createdAt = new Date().toISOString();
    const view = await freezeView(app.store, req.body.view, createdAt);
    return sendHtml(reply, { id: 'unsaved', createdAt, view }, true);
  });
}
