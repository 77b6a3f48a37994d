import type { App } from '../app.js';
import { Health, errors } from '../api/contract.js';

export default async function health(app: App) {
  app.get('/api/health', {
    schema: {
      summary: 'Store kind and counts',
      response: {
        200: Health,
        503: errors[503],
      },
    },
  }, async () => ({ status: 'ok' as const, store: app.store.kind, ...(await app.store.counts()) }));
}
