/**
 * Adding documents from the browser: one file per request (so the client shows each file's progress and result), its
 * bytes as the body and its name and metadata in the query. The text is read from the file (documents/), then goes
 * the way of every article: archived, extracted, loaded (server/ingest.ts).
 */
import type { App } from '../app.js';
import { readDocument } from '../documents/read-document.js';
import { AddedDocument, DocumentQuery, errors } from '../api/contract.js';
import { requireWriter } from './write-access.js';

export default async function documents(app: App) {
  // Raw bytes for this route only (the rest of the API speaks JSON).
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  app.post('/api/documents', {
    onRequest: requireWriter(app.config),
    schema: {
      summary: 'Add one document (.txt, .html, .pdf, .docx): its text is read, archived, extracted and loaded',
      description: 'Send the file as the body with `Content-Type: application/octet-stream`; name and metadata in the query. ' +
        '201 for a new article, 200 for one already loaded; 415 or 422, with the reason, for a file that cannot be read.',
      querystring: DocumentQuery,
      response: { 200: AddedDocument, 201: AddedDocument, ...errors },
    },
  }, async (req, reply) => {
    const { name, title, source, url, publishedAt } = req.query;
    const bytes = req.body as Buffer;
    const doc = await readDocument(name, bytes ?? Buffer.alloc(0));
    const out = await app.ingest.ingest([{
      text: doc.text,
      title: title || doc.title || name.replace(/\.[^.]+$/, ''),
      ...(source ? { source } : {}), ...(url ? { url } : {}), ...(publishedAt ? { publishedAt } : {}),
    }], { origin: 'api', reload: true });
    const article = out.articles[0];
    const detail = await app.store.getArticle(article.id);
    const entities = [...new Map((detail?.mentions ?? []).map((m) => [m.entity, { id: m.entity, name: m.name, kind: m.kind }])).values()];
    const stated = await app.store.relationsFrom(entities.map((e) => e.id));
    const relations = stated.filter((r) => r.evidence.some((e) => e.article === article.id))
      .map((r) => ({ id: r.id, type: r.type, source: r.source, target: r.target }));
    const created = out.result.articles.created > 0;
    const m = out.model;
    const model = m && {
      name: m.model, mode: m.mode, requests: m.pieces, cached: m.cached, promptTokens: m.promptTokens,
      completionTokens: m.completionTokens, dropped: Object.values(m.dropped).reduce((n, k) => n + k, 0),
    };
    return reply.code(created ? 201 : 200).send({ file: name, status: created ? 'new' : 'already loaded', article, entities, relations, ...(model ? { model } : {}) });
  });
}
