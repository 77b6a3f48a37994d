/** Tells the client whether writes need the token, so it asks for it once, before the first write. */
import { Type } from 'typebox';
import type { App } from '../app.js';
import { writeAccess } from './write-access.js';

export default async function access(app: App) {
  app.get('/api/access', {
    schema: {
      summary: 'Whether writes are open, need the write token, or are disabled on this server',
      response: { 200: Type.Object({ write: Type.Union([Type.Literal('open'), Type.Literal('token'), Type.Literal('closed')]) }) },
    },
  }, async () => ({ write: writeAccess(app.config) }));
}
