/**
 * Every caller mistake is a 4xx in the app's `{error, message}` shape, including the ones Fastify's router and Node's
 * HTTP parser answer before any route runs (checked over a real socket, since `inject` skips the parser).
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.js';
import { listenOnLoopback, makeTestApp } from '../helpers/app.js';

/** One raw HTTP request; resolves with the status and parsed JSON body. */
function send(base: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<{ status: number; json: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method: body === undefined ? 'GET' : 'POST', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => {
        try {
          resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) });
        } catch {
          reject(new Error(`not JSON (${res.statusCode}): ${text.slice(0, 200)}`));
        }
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('caller mistakes over a real socket', () => {
  let app: App;
  let base: string;
  beforeAll(async () => {
    ({ app } = await makeTestApp({ config: { bodyLimit: 4096 } }));
    base = await listenOnLoopback(app);
  });
  afterAll(async () => app?.close());

  const shape = (json: Record<string, unknown>) => expect(Object.keys(json).sort()).toEqual(['error', 'message']);

  it('headers over 16 KB: 431', async () => {
    const res = await send(base, '/api/health', { 'x-big': 'x'.repeat(20_000) });
    expect(res.status).toBe(431);
    shape(res.json);
    expect(res.json.error).toBe('headers_too_large');
  });

  it('a URL over 16 KB: 431, and the server still answers', async () => {
    const res = await send(base, `/api/entities?q=${'a'.repeat(20_000)}`);
    expect(res.status).toBe(431);
    shape(res.json);
    expect((await send(base, '/api/health')).status).toBe(200);
  });

  it('a body over the limit: 413', async () => {
    const res = await send(base, '/api/articles', { 'content-type': 'application/json' }, JSON.stringify({ text: 'x'.repeat(10_000) }));
    expect(res.status).toBe(413);
    shape(res.json);
  });

  it('a path parameter over the router limit: 414; a malformed one: 400', async () => {
    const long = await send(base, `/api/entities/${'e'.repeat(3000)}`);
    expect(long.status).toBe(414);
    shape(long.json);
    expect(long.json.error).toBe('uri_too_long');
    const bad = await send(base, '/api/entities/%E0%A4%A');
    expect(bad.status).toBe(400);
    shape(bad.json);
  });

  it('malformed JSON: 400; wrong media type: 415', async () => {
    const json = await send(base, '/api/articles', { 'content-type': 'application/json' }, '{"text": ');
    expect(json.status).toBe(400);
    shape(json.json);
    const media = await send(base, '/api/articles', { 'content-type': 'text/plain' }, 'hello');
    expect(media.status).toBe(415);
    shape(media.json);
  });
});
