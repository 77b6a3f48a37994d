import { Type } from 'typebox';
import type { App } from '../app.js';
import { InputError } from '../domain/errors.js';
import { ArticleDetail, ArticleSummary, Id, LoadResult, errors } from './schemas.js';

/** Largest `offset`: exact as a JSON number, and far past any corpus this serves. */
const MAX_OFFSET = 1_000_000_000;

export default async function articles(app: App) {
  app.get('/api/articles', {
    schema: {
      summary: 'Loaded articles',
      querystring: Type.Object({
        limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
        offset: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_OFFSET })),
      }, { additionalProperties: false }),
      response: { 200: Type.Object({ items: Type.Array(ArticleSummary) }), 400: errors[400] },
    },
  }, async (req) => {
    const offset = req.query.offset ?? 0;
    // LadybugDB crashes the process on ORDER BY … SKIP n when n passes the row count by some 58,000: a page past the
    // end is answered without asking it.
    if (offset > 0 && offset >= (await app.store.counts()).articles) return { items: [] };
    return { items: await app.store.listArticles(req.query.limit ?? 100, offset) };
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
    schema: {
      summary: 'Extract one article and load what it states',
      body: Type.Object({
        text: Type.String({ minLength: 1 }),
        title: Type.Optional(Type.String({ maxLength: 500 })),
        source: Type.Optional(Type.String({ maxLength: 200 })),
        url: Type.Optional(Type.String({ maxLength: 2000, format: 'uri' })),
        publishedAt: Type.Optional(Type.String({ maxLength: 40 })),
      }, { additionalProperties: false }),
      response: {
        200: Type.Object({ article: ArticleSummary, added: LoadResult, entities: Type.Integer(), relations: Type.Integer() }),
        201: Type.Object({ article: ArticleSummary, added: LoadResult, entities: Type.Integer(), relations: Type.Integer() }),
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
