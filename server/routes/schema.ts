import type { App } from '../app.js';
import { StoreSchema, errors } from '../api/contract.js';

export default async function schema(app: App) {
  app.get('/api/schema', {
    schema: {
      summary: 'Labels, relationship types and property keys the console can query, with example values',
      response: { 200: StoreSchema, 503: errors[503] },
    },
  }, async () => ({ store: app.store.kind, ...(await app.store.schema()) }));
}
