/** GET/POST /api/export over HTTP: formats, headers, views and bad input. The content is checked in tests/export. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.js';
import { makeTestApp } from '../helpers/app.js';
import { sampleBatch } from '../store/contract.js';

describe('/api/export', () => {
  let app: App;
  beforeAll(async () => {
    ({ app } = await makeTestApp());
    await app.store.loadBatch(sampleBatch('ex'));
  });
  afterAll(async () => app?.close());

  const get = (url: string) => app.inject({ method: 'GET', url });

  it('streams each format with its content type and a download file name', async () => {
    const expected: Record<string, [RegExp, RegExp]> = {
      json: [/^application\/json/, /\.json"$/],
      graphml: [/^application\/graphml\+xml/, /\.graphml"$/],
      csv: [/^application\/zip/, /\.zip"$/],
      cypher: [/^text\/plain/, /\.cypher"$/],
    };
    for (const [format, [type, file]] of Object.entries(expected)) {
      const res = await get(`/api/export?format=${format}`);
      expect(res.statusCode, format).toBe(200);
      expect(res.headers['content-type'], format).toMatch(type);
      expect(res.headers['content-disposition'], format).toMatch(/^attachment; filename="supply-graph-\d{4}-\d\d-\d\d\./);
      expect(res.headers['content-disposition'], format).toMatch(file);
      // Streamed: no length known up front.
      expect(res.headers['content-length'], format).toBeUndefined();
      expect(res.rawPayload.length, format).toBeGreaterThan(100);
    }
    expect((await get('/api/export?format=csv')).rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('exports a view given by ids in the query string or, for long lists, in a POST body', async () => {
    const viaGet = JSON.parse((await get('/api/export?format=json&ids=ex-maker,ex-middle')).body);
    expect(viaGet.entities.map((e: { id: string }) => e.id)).toEqual(['ex-maker', 'ex-middle']);
    const viaPost = await app.inject({ method: 'POST', url: '/api/export', payload: { format: 'json', ids: ['ex-middle', 'ex-maker'] } });
    expect(viaPost.statusCode).toBe(200);
    const doc = JSON.parse(viaPost.body);
    expect(doc.entities).toEqual(viaGet.entities);
    expect(doc.relations.map((r: { id: string }) => r.id).sort()).toEqual(['SHIPPED_TO:ex-maker->ex-middle', 'SUBSIDIARY_OF:ex-middle->ex-maker']);
    // Unknown ids among known ones are left out; a view of none is a 404.
    expect(JSON.parse((await get('/api/export?format=json&ids=ex-maker,nobody')).body).entities).toHaveLength(1);
    const none = await get('/api/export?format=graphml&ids=nobody,nowhere');
    expect(none.statusCode).toBe(404);
    expect(none.json()).toEqual({ error: 'not_found', message: 'none of the given ids names an entity' });
  });

  it('rejects bad requests with a 400 and a message', async () => {
    for (const url of ['/api/export', '/api/export?format=xls', '/api/export?format=json&ids=', '/api/export?format=json&ids=,,', '/api/export?format=json&x=1']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json(), url).toEqual({ error: 'bad_request', message: expect.any(String) });
    }
    expect((await get('/api/export?format=xls')).json().message).toMatch(/allowed values/);
    for (const payload of [{ format: 'json', ids: [] }, { format: 'json', ids: [''] }, { format: 'pdf' }, { ids: ['ex-maker'] }]) {
      const res = await app.inject({ method: 'POST', url: '/api/export', payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
    }
  });
});
