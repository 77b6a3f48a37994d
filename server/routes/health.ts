import { Type } from 'typebox';
import type { App } from '../app.js';
import { errors } from './schemas.js';

export default async function health(app: App) {
  app.get('/api/health', {
    schema: {
      summary: 'Store kind and counts',
      response: {
        200: Type.Object({
          status: Type.Literal('ok'), store: Type.String(), entities: Type.Integer(), relations: Type.Integer(),
          articles: Type.Integer(),
        }),
        503: errors[503],
      },
    },
  }, async () => ({ status: 'ok' as const, store: app.store.kind, ...(await app.store.counts()) }));
}
