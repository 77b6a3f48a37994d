/** The request log: one readable line per request in pretty mode, one JSON object per request in json mode. */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { loggerOptions } from '../../server/logging.js';
import { memoryStore, testConfig } from '../helpers/app.js';

async function logOf(format: 'pretty' | 'json'): Promise<string[]> {
  const out = new PassThrough();
  let text = '';
  out.on('data', (c) => (text += c));
  const config = testConfig({ logFormat: format, logLevel: 'info' });
  const store = await memoryStore();
  const app = await buildApp({ store, config, logger: loggerOptions(config, out) });
  try {
    await app.inject({ method: 'GET', url: '/api/health' });
    await app.inject({ method: 'GET', url: '/api/entities/nobody' });
  } finally {
    await app.close();
    await store.close();
  }
  await new Promise((r) => setImmediate(r));
  return text.split('\n').filter(Boolean);
}

describe('request log', () => {
  it('pretty: one readable line per request with method, path, status and time', async () => {
    const lines = await logOf('pretty');
    const requests = lines.filter((l) => /\/api\//.test(l));
    expect(requests).toHaveLength(2);
    expect(requests[0]).toMatch(/INFO.*GET \/api\/health 200 \d+ ms$/);
    expect(requests[1]).toMatch(/INFO.*GET \/api\/entities\/nobody 404 \d+ ms$/);
    for (const l of lines) expect(l.trimStart().startsWith('{')).toBe(false);
  });

  it('json: one JSON object per request', async () => {
    const lines = (await logOf('json')).map((l) => JSON.parse(l));
    const requests = lines.filter((l) => l.req);
    expect(requests).toHaveLength(2);
    expect(requests[0]).toMatchObject({ level: 30, req: { method: 'GET', url: '/api/health' }, res: { statusCode: 200 } });
  });

  it('LOG_FORMAT defaults to pretty on a terminal and json otherwise, and is checked', () => {
    expect(loadConfig({}, true).logFormat).toBe('pretty');
    expect(loadConfig({}, false).logFormat).toBe('json');
    expect(loadConfig({ LOG_FORMAT: 'json' }, true).logFormat).toBe('json');
    expect(() => loadConfig({ LOG_FORMAT: 'xml' }, true)).toThrow(/LOG_FORMAT/);
  });
});
