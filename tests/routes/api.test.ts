/** The real Fastify app over a real store (in-memory embedded, or Neo4j in the neo4j test project), called through `inject`. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.js';
import { makeTestApp, testStoreKind } from '../helpers/app.js';
import { sampleBatch } from '../store/contract.js';

describe('API over a loaded store', () => {
  let app: App;
  beforeAll(async () => {
    ({ app } = await makeTestApp());
    await app.store.loadBatch(sampleBatch('api'));
  });
  afterAll(async () => app.close());

  const get = (url: string) => app.inject({ method: 'GET', url });

  it('GET /api/health reports the store and its counts', async () => {
    const res = await get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', store: testStoreKind(), entities: 4, relations: 4, articles: 1 });
  });

  it('GET /api/graph returns nodes and edges, filtered by kinds and types', async () => {
    const all = (await get('/api/graph')).json();
    expect(all.nodes).toHaveLength(4);
    expect(all.edges).toHaveLength(4);
    expect(all.nodes.find((n: { id: string }) => n.id === 'api-middle')).toMatchObject({ sanctioned: true, degree: 4 });
    const flows = (await get('/api/graph?types=SHIPPED_TO')).json();
    expect(flows.edges.map((e: { type: string }) => e.type)).toEqual(['SHIPPED_TO', 'SHIPPED_TO']);
    const gov = (await get('/api/graph?kinds=government')).json();
    expect(gov.nodes.map((n: { id: string }) => n.id)).toEqual(['api-agency']);
    expect((await get('/api/graph?limit=1')).json()).toMatchObject({ truncated: true });
  });

  it('rejects bad graph filters with a 400 and a message', async () => {
    for (const url of ['/api/graph?kinds=spaceship', '/api/graph?types=LOVES', '/api/graph?limit=0', '/api/graph?limit=abc', '/api/graph?bogus=1']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json()).toMatchObject({ error: 'bad_request', message: expect.any(String) });
    }
  });

  it('GET /api/entities?q= finds by alias, case-insensitively; empty q is a 400', async () => {
    const res = (await get('/api/entities?q=APIMAKER')).json();
    expect(res.items[0]).toMatchObject({ id: 'api-maker', name: 'apiMaker Co.' });
    expect((await get('/api/entities?q=')).statusCode).toBe(400);
    expect((await get('/api/entities')).statusCode).toBe(400);
  });

  it('GET /api/entities/:id returns relations with quotes; unknown is a 404 naming it', async () => {
    const d = (await get('/api/entities/api-middle')).json();
    expect(d.relations).toHaveLength(4);
    expect(d.relations.every((r: { evidence: unknown[] }) => r.evidence.length === 1)).toBe(true);
    const res = await get('/api/entities/nobody-here');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: 'not_found', message: 'no entity with id "nobody-here"' });
  });

  it('GET /api/articles lists and GET /api/articles/:id returns text with mentions', async () => {
    const list = (await get('/api/articles')).json();
    expect(list.items.map((a: { id: string }) => a.id)).toEqual(['api-art1']);
    const a = (await get('/api/articles/api-art1')).json();
    expect(a.mentions).toHaveLength(2);
    expect(a.text.slice(a.mentions[0].start, a.mentions[0].end)).toBe('apiMaker Co.');
    expect((await get('/api/articles/none')).statusCode).toBe(404);
  });

  it('unknown API routes are JSON 404s; OpenAPI is served at /docs', async () => {
    const res = await get('/api/nothing');
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toBe('not_found');
    const docs = await get('/docs/json');
    expect(docs.statusCode).toBe(200);
    expect(Object.keys(docs.json().paths)).toEqual(expect.arrayContaining(['/api/health', '/api/graph', '/api/entities/{id}', '/api/articles']));
  });
});

describe('POST /api/articles', () => {
  let app: App;
  beforeAll(async () => {
    ({ app } = await makeTestApp({ config: { bodyLimit: 64 * 1024 } }));
  });
  afterAll(async () => app.close());

  const counts = async () => (await app.inject({ method: 'GET', url: '/api/health' })).json();
  const post = (payload: string, contentType = 'application/json') =>
    app.inject({ method: 'POST', url: '/api/articles', payload, headers: { 'content-type': contentType } });

  it('refuses an empty body, a non-JSON body, a missing text and an oversized text with 4xx and a message; counts unchanged', async () => {
    const before = await counts();
    const cases: [string, string | undefined, number][] = [
      ['', undefined, 400],
      ['{"text": "unterminated', undefined, 400],
      ['text=hello', 'text/plain', 415],
      ['{}', undefined, 400],
      [JSON.stringify({ text: '' }), undefined, 400],
      [JSON.stringify({ text: '   \n ' }), undefined, 422],
      [JSON.stringify({ text: 'x'.repeat(70 * 1024) }), undefined, 413],
      [JSON.stringify({ text: 'abc\u0000\u0001\u0002def' }), undefined, 422],
      [JSON.stringify({ text: 'ok', extra: 1 }), undefined, 400],
    ];
    for (const [body, type, status] of cases) {
      const res = await post(body, type);
      expect(res.statusCode, body.slice(0, 40)).toBe(status);
      const json = res.json();
      expect(typeof json.error).toBe('string');
      expect(json.message.length).toBeGreaterThan(5);
      expect(res.body).not.toMatch(/at .*\.(ts|js):\d+/); // no stack trace
    }
    expect(await counts()).toEqual(before);
  });

  it('answers text in another language with a 422 that says so, and text naming nothing with an empty result', async () => {
    const before = await counts();
    const german = await post(JSON.stringify({
      // Long enough to judge (the check leaves very short texts alone).
      text: 'Die chinesischen Firmen lieferten im vergangenen Jahr Drohnen und Ersatzteile an russische Abnehmer, ' +
        'wie aus den Zolldaten hervorgeht, die der Zeitung vorliegen. Die Regierung wies die Vorwürfe zurück und ' +
        'erklärte, dass sie die Ausfuhr von Gütern mit doppeltem Verwendungszweck streng kontrolliere. Nach Angaben ' +
        'von Experten gelangten die Lieferungen über Zwischenhändler in Kasachstan und der Türkei nach Russland, ' +
        'wo sie von der Armee eingesetzt wurden.',
    }));
    expect(german.statusCode).toBe(422);
    expect(german.json()).toMatchObject({ error: 'unsupported_language' });
    expect(await counts()).toEqual(before);
    const plain = await post(JSON.stringify({ text: 'The weather was mild and the harvest was good this year, farmers said.' }));
    expect(plain.statusCode).toBe(201);
    expect(plain.json()).toMatchObject({ entities: 0, relations: 0 });
  });

  it('ingests an article: 201 the first time, 200 with nothing added the second time', async () => {
    const text = 'Acme Drones Ltd. shipped 500 drones to Russia via Kazakhstan in 2023, customs records show.';
    const before = await counts();
    const first = await post(JSON.stringify({ text, title: 'Acme', source: 'Test' }));
    expect(first.statusCode).toBe(201);
    expect(first.json().article).toMatchObject({ title: 'Acme', source: 'Test', length: text.length });
    const mid = await counts();
    expect(mid.articles).toBe(before.articles + 1);
    const again = await post(JSON.stringify({ text, title: 'Acme', source: 'Test' }));
    expect(again.statusCode).toBe(200);
    expect(again.json().added).toEqual({
      articles: { created: 0, updated: 0 }, entities: { created: 0, updated: 0 }, relations: { created: 0, updated: 0 },
    });
    expect(await counts()).toEqual(mid);
  });
});
