import { Type } from 'typebox';
import type { App } from '../app.js';
import { errors } from './schemas.js';

const Property = Type.Object({ key: Type.String(), examples: Type.Array(Type.Union([Type.String(), Type.Number()])) });

export const StoreSchema = Type.Object({
  store: Type.String(),
  labels: Type.Array(Type.Object({
    name: Type.String(), count: Type.Integer(), note: Type.Optional(Type.String()), properties: Type.Array(Property),
  })),
  relationshipTypes: Type.Array(Type.Object({
    name: Type.String(), count: Type.Optional(Type.Integer()), from: Type.String(), to: Type.String(), properties: Type.Array(Property),
  })),
  propertyKeys: Type.Array(Type.String()),
});

export default async function schema(app: App) {
  app.get('/api/schema', {
    schema: {
      summary: 'Labels, relationship types and property keys the console can query, with example values',
      response: { 200: StoreSchema, 503: errors[503] },
    },
  }, async () => ({ store: app.store.kind, ...(await app.store.schema()) }));
}
