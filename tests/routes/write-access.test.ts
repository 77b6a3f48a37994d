/**
 * Who may write: reads stay open; writes (documents, corrections) need WRITE_TOKEN as a bearer token when one is set,
 * and are refused on a non-loopback host without one. A refused write is a 401 with a clear message and changes nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { isLoopback, writeAccess } from '../../server/routes/write-access.js';
import { makeTestApp } from '../helpers/app.js';
import { sampleBatch } from '../store/contract.js';

const TOKEN = 'a-long-enough-write-token';
const article = { text: 'Acme Drones Ltd shipped drone parts to Kupol in Russia in 2023.', title: 'Acme' };
/** Every kind of write: an article, a correction, a document's bytes. */
const WRITES = [
  { method: 'POST' as const, url: '/api/articles', payload: article, headers: {} },
  { method: 'POST' as const, url: '/api/corrections', payload: { kind: 'delete-entity', target: 'wa-maker' }, headers: {} },
  {
    method: 'POST' as const, url: '/api/documents?name=note.txt', payload: Buffer.from('Borei Tech shipped drone motors to Kupol in 2024.'),
    headers: { 'content-type': 'application/octet-stream' },
  },
];
let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function counts(a: App) {
  return { ...(await a.store.counts()), corrections: (await a.corrector.list()).length };
}

describe('write access', () => {
  it('defaults to loopback, and knows loopback when it sees it', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    for (const h of ['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost']) expect(isLoopback(h), h).toBe(true);
    for (const h of ['0.0.0.0', '::', '192.168.1.4', 'example.org']) expect(isLoopback(h), h).toBe(false);
    expect(writeAccess({ host: '127.0.0.1', writeToken: '' })).toBe('open');
    expect(writeAccess({ host: '0.0.0.0', writeToken: '' })).toBe('closed');
    expect(writeAccess({ host: '0.0.0.0', writeToken: TOKEN })).toBe('token');
    expect(() => loadConfig({ WRITE_TOKEN: 'short' })).toThrow(/WRITE_TOKEN/);
  });

  it('on a non-loopback host with a token: writes without it or with a wrong one get 401 and change nothing; reads stay open', async () => {
    ({ app } = await makeTestApp({ config: { host: '0.0.0.0', writeToken: TOKEN } }));
    await app.store.loadBatch(sampleBatch('wa'));
    const before = await counts(app);
    const writes = WRITES;
    for (const w of writes) {
      for (const headers of [{}, { authorization: 'Bearer wrong-token-here' }, { authorization: TOKEN }]) {
        const res = await app.inject({ ...w, headers: { ...w.headers, ...headers } });
        expect(res.statusCode, `${w.url} ${JSON.stringify(headers)}`).toBe(401);
        expect(res.json()).toMatchObject({ error: 'unauthorized', message: expect.stringMatching(/token/) });
        expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
      }
    }
    expect(await counts(app)).toEqual(before);
    expect((await app.inject({ url: '/api/access' })).json()).toEqual({ write: 'token' });
    for (const url of ['/api/health', '/api/graph', '/api/articles', '/api/corrections', '/api/entities/wa-maker', '/api/export?format=json']) {
      expect((await app.inject({ url })).statusCode, url).toBe(200);
    }
    expect((await app.inject({ method: 'POST', url: '/api/cypher', payload: { query: 'MATCH (e:Entity) RETURN count(e) AS n' } })).statusCode).toBe(200);

    const auth = { authorization: `Bearer ${TOKEN}` };
    expect((await app.inject({ ...writes[0], headers: auth })).statusCode).toBe(201);
    expect((await app.inject({ ...writes[1], headers: auth })).statusCode).toBe(201);
    expect((await app.inject({ ...writes[2], headers: { ...writes[2].headers, ...auth } })).statusCode).toBe(201);
    const after = await counts(app);
    expect(after.articles).toBe(before.articles + 2);
    expect(after.corrections).toBe(1);
  });

  it('on a non-loopback host without a token, writes are disabled with a message that says how to enable them', async () => {
    ({ app } = await makeTestApp({ config: { host: '0.0.0.0', writeToken: '' } }));
    await app.store.loadBatch(sampleBatch('wa'));
    const before = await counts(app);
    for (const w of WRITES) {
      for (const headers of [{}, { authorization: `Bearer ${TOKEN}` }]) {
        const res = await app.inject({ ...w, headers: { ...w.headers, ...headers } });
        expect(res.statusCode, w.url).toBe(401);
        expect(res.json()).toMatchObject({ error: 'writes_disabled', message: expect.stringContaining('WRITE_TOKEN') });
      }
    }
    expect(await counts(app)).toEqual(before);
    expect((await app.inject({ url: '/api/access' })).json()).toEqual({ write: 'closed' });
  });

  it('on loopback without a token, writes are open', async () => {
    ({ app } = await makeTestApp({ config: { host: '127.0.0.1', writeToken: '' } }));
    expect((await app.inject({ method: 'POST', url: '/api/articles', payload: article })).statusCode).toBe(201);
    expect((await app.inject({ url: '/api/access' })).json()).toEqual({ write: 'open' });
  });
});

describe('articles list', () => {
  it('lists every article with its counts, and searches article text (bounded, case-insensitive, 400 for a bad query)', async () => {
    ({ app } = await makeTestApp());
    await app.store.loadBatch(sampleBatch('al'));
    await app.inject({ method: 'POST', url: '/api/articles', payload: article });
    const list = (await app.inject({ url: '/api/articles' })).json();
    expect(list.total).toBe(2);
    const sample = list.items.find((a: { id: string }) => a.id === 'al-art1');
    expect(sample).toMatchObject({ title: 'al article', source: 'Test Wire', entities: 2, relations: 4 });
    const posted = list.items.find((a: { id: string }) => a.id !== 'al-art1');
    expect(posted.relations).toBeGreaterThan(0);
    const hit = (await app.inject({ url: '/api/articles?q=DRONE%20PARTS' })).json();
    expect(hit.items.map((a: { id: string }) => a.id)).toEqual([posted.id]);
    expect(hit.items[0].snippet).toContain('drone parts');
    expect(article.text.slice(hit.items[0].at, hit.items[0].at + 11)).toBe('drone parts');
    expect((await app.inject({ url: '/api/articles?q=no%20such%20words' })).json().items).toEqual([]);
    // A query is text, never a pattern or a statement.
    expect((await app.inject({ url: `/api/articles?q=${encodeURIComponent("') RETURN 1 //")}` })).json().items).toEqual([]);
    expect((await app.inject({ url: '/api/articles?q=x' })).statusCode).toBe(400);
    expect((await app.inject({ url: `/api/articles?q=${'a'.repeat(201)}` })).statusCode).toBe(400);
  });
});
