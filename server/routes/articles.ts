import { Type } from 'typebox';
import type { App } from '../app.js';
import { InputError } from '../domain/errors.js';
import { ArticleAdded, ArticleDetail, ArticleList, ArticlePost, Id, errors } from '../api/contract.js';
import { requireWriter } from './write-access.js';

/** Largest `offset`: exact as a JSON number, and far past any corpus this serves. */
const MAX_OFFSET = 1_000_000_000;

export default async function articles(app: App) {
  app.get('/api/articles', {
    schema: {
      summary: 'Loaded articles, with how many entities and relations each states; `q` searches their text',
      querystring: Type.Object({
        limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
        offset: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_OFFSET })),
        q: Type.Optional(Type.String({ minLength: 2, maxLength: 200, description: 'words to find in the text or title (case-insensitive)' })),
      }, { additionalProperties: false }),
      response: { 200: ArticleList, 400: errors[400] },
    },
  }, async (req) => {
    const { limit = 100, offset = 0, q } = req.query;
    const needle = q?.trim();
    const held = (await app.store.counts()).articles;
    // LadybugDB crashes the process on ORDER BY … SKIP n when n passes the row count by some 58,000: a page past the
    // end is answered without asking it.
    if (!needle && offset > 0 && offset >= held) return { total: held, items: [] };
    const found = needle
      ? (await app.store.searchArticles(needle, Math.min(offset + limit, 1000))).slice(offset)
      : await app.store.listArticles(limit, offset);
    const counts = new Map((await app.store.articleCounts(found.map((a) => a.id))).map((c) => [c.id, c]));
    const total = needle ? found.length + offset : held;
    return { total, items: found.map((a) => ({ ...a, entities: counts.get(a.id)?.entities ?? 0, relations: counts.get(a.id)?.relations ?? 0 })) };
  });

  app.get('/api/articles/:id', {
    schema: {
      summary: "One article's text with the spans that mention entities",
      params: Type.Object({ id: Id }),
      response: { 200: ArticleDetail, 404: errors[404] },
    },
  }, async (req) => {
    const a = await app.store.getArticle(req.params.id);
    if (!a) throw new InputError('not_found', `no article with id "${req.params.id}"`, 404);
    return a;
  });

  app.post('/api/articles', {
    onRequest: requireWriter(app.config),
    schema: {
      summary: 'Extract one article and load what it states',
      body: ArticlePost,
      response: {
        200: ArticleAdded,
        201: ArticleAdded,
        ...errors,
      },
    },
  }, async (req, reply) => {
    const out = await app.ingest.ingest([req.body], { origin: 'api', reload: true });
    const created = out.result.articles.created > 0;
    return reply.code(created ? 201 : 200).send({
      article: out.articles[0], added: out.result, entities: out.entities, relations: out.relations,
    });
  });
}
