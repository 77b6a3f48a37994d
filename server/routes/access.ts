/** Tells the client whether writes need the token, so it asks for it once, before the first write. */
import { WriteAccess } from '../api/contract.js';
import type { App } from '../app.js';
import { writeAccess } from './write-access.js';

export default async function access(app: App) {
  app.get('/api/access', {
    schema: {
      summary: 'Whether writes are open, need the write token, or are disabled on this server',
      response: { 200: WriteAccess },
    },
  }, async () => ({ write: writeAccess(app.config) }));
}
