/**
 * One request cannot hurt the server: the crash and exhaustion queries of issue 15 (scaled to finish quickly) against
 * the real app on a real embedded store, each answered 4xx or 408, with the process's memory bounded and
 * /api/health answering within 200 ms throughout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.js';
import { CONSOLE_LIMITS, checkConsoleLimits } from '../../server/store/console-limits.js';
import { tokenize } from '../../server/store/console.js';
import { buildApp } from '../../server/app.js';
import { ingestArticles } from '../../server/ingest.js';
import { readArticleFiles } from '../../server/seed.js';
import { EmbeddedStore } from '../../server/store/embedded-store.js';
import { SEED_DIR, makeTestApp, testConfig } from '../helpers/app.js';

/** POST /api/cypher; `params` as an object, or as JSON text when it is too deep for JSON.stringify. */
const post = (app: App, query: string, params?: Record<string, unknown> | string) => typeof params === 'string'
  ? app.inject({ method: 'POST', url: '/api/cypher', headers: { 'content-type': 'application/json' }, payload: `{"query": ${JSON.stringify(query)}, "params": ${params}}` })
  : app.inject({ method: 'POST', url: '/api/cypher', payload: { query, ...(params ? { params } : {}) } });

/** `[[[…1…]]]`, `depth` lists deep. */
function nestedList(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

const nested = (open: string, close: string, depth: number, inner = '1') => `RETURN ${open.repeat(depth)}${inner}${close.repeat(depth)}`;

/**
 * Polls /api/health every 25 ms while `work` runs (each answer must be a 200); returns how many health requests were
 * both sent and answered while the work was still running, and the peak RSS (bytes).
 */
async function whileWatching<T>(app: App, work: () => Promise<T>): Promise<{ out: T; answeredMeanwhile: number; peakRss: number }> {
  let answeredMeanwhile = 0;
  let peakRss = process.memoryUsage().rss;
  let done = false;
  let started = false;
  const poll = (async () => {
    while (!done) {
      const sentWhileBusy = started;
      const res = await app.inject({ method: 'GET', url: '/api/health' });
      expect(res.statusCode).toBe(200);
      if (sentWhileBusy && !done) answeredMeanwhile++;
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      await new Promise((r) => setTimeout(r, 25));
    }
  })();
  try {
    const pending = work();
    started = true;
    const out = await pending;
    return { out, answeredMeanwhile, peakRss };
  } finally {
    done = true;
    await poll;
  }
}

describe('the console cannot hurt the server', () => {
  let app: App;
  beforeAll(async () => {
    ({ app } = await makeTestApp({ seed: true, config: { cypherTimeoutMs: 1500 } }));
    // Warm the health route and the console once, so the first timed answer is not a cold start.
    await app.inject({ method: 'GET', url: '/api/health' });
    await post(app, 'RETURN 1');
  });
  afterAll(async () => app?.close());

  // The gate's codes, and the request schema's (a query over CONSOLE_LIMITS.maxLength characters).
  const REFUSALS = ['params_too_deep', 'query_too_long', 'query_too_deep', 'query_too_complex', 'console_limit', 'bad_request'];

  const refusedBeforeTheEngine: [string, string, (Record<string, unknown> | string)?][] = [
    ['nesting 5,000 deep (SIGSEGV in the engine)', nested('[', ']', 5000)],
    ['nesting 400 deep (46 s to parse)', nested('[', ']', 400)],
    ['nested maps', nested('{a: ', '}', 100)],
    ['nested parentheses', nested('(', ')', 100)],
    ['an operator chain of 4,000 (2.8 s and 700 MB to prepare)', `MATCH (a:Entity) WHERE ${Array(4000).fill("a.id = 'x'").join(' OR ')} RETURN a`],
    ['ORDER BY … SKIP past the rows (SIGSEGV)', 'MATCH (a:Article) RETURN a.id ORDER BY a.id SKIP 500000 LIMIT 1'],
    ['SKIP from a parameter', 'MATCH (a:Article) RETURN a.id ORDER BY a.id SKIP $n LIMIT 1', { n: 500000 }],
    ['SKIP from an expression', 'MATCH (a:Article) RETURN a.id ORDER BY a.id SKIP 1000 * 1000 LIMIT 1'],
    ['range of 2e9 summed (23 GB)', 'UNWIND range(1,2000000000) AS x RETURN sum(x)'],
    ['range of 1e7 returned (6.9 GB, 17 s stall)', 'RETURN range(1,10000000)'],
    ['range bounds from parameters', 'RETURN range($a, $b)', { a: 1, b: 10_000_000 }],
    ['nested ranges whose sizes multiply', 'UNWIND range(1, 1000) AS a UNWIND range(1, 1000) AS b RETURN count(*)'],
    ['a range sized by a computed value', 'WITH 10000000 AS n RETURN size(range(1, n))'],
    ['a range sized by a product', 'RETURN size(range(1, 100000 * 100000))'],
    ['a string of 1e8 characters', "RETURN size(repeat('x', 100000000))"],
    ['a query over the length limit', `RETURN ${'1, '.repeat(CONSOLE_LIMITS.maxLength / 3)}1`],
    ['a parameter nested 30 deep (the binding converts it in exponential time on the main thread)', 'RETURN $p AS p', { p: nestedList(30) }],
    ['a parameter nested 5,000 deep', 'RETURN $p AS p', `{"p": ${'['.repeat(5000)}1${']'.repeat(5000)}}`],
  ];

  it('refuses the crash and exhaustion queries with a 400 before the engine sees them, health answering throughout', async () => {
    const { out } = await whileWatching(app, async () => {
      const answers: [string, number, string][] = [];
      for (const [what, query, params] of refusedBeforeTheEngine) {
        const res = await post(app, query, params);
        answers.push([what, res.statusCode, res.body]);
      }
      return answers;
    });
    for (const [what, status, body] of out) {
      expect(status, `${what}: ${body}`).toBe(400);
      const json = JSON.parse(body);
      expect(Object.keys(json).sort(), what).toEqual(['error', 'message']);
      // Refused by the gate (or the request schema), never an error the engine raised.
      expect(REFUSALS, `${what}: ${json.error}`).toContain(json.error);
    }
  });

  it('aborts a query that runs past the time limit with a 408, and the server answers others meanwhile', async () => {
    const cartesian = "MATCH (a:Entity), (b:Entity), (c:Entity), (d:Entity), (e:Entity) WHERE a.name + b.name + c.name + d.name + e.name = 'x' RETURN count(*)";
    const { out, answeredMeanwhile, peakRss } = await whileWatching(app, () => post(app, cartesian));
    expect(out.statusCode, out.body).toBe(408);
    expect(out.json().error).toBe('timeout');
    expect(answeredMeanwhile).toBeGreaterThan(0);
    expect(peakRss).toBeLessThan(2 * 1024 ** 3);
    // The console answers again afterwards.
    expect((await post(app, 'RETURN 1 AS one')).json().rows).toEqual([[1]]);
  });

  it('caps a result by bytes, not only rows: 5,000 rows of 100 KB stop near the byte cap', async () => {
    const { out, peakRss } = await whileWatching(app, () => post(app, "UNWIND range(1, 5000) AS i RETURN i, repeat('x', 100000) AS s"));
    expect(out.statusCode, out.body.slice(0, 200)).toBe(200);
    const body = out.json();
    expect(body.truncated).toBe(true);
    expect(body.rows.length).toBeGreaterThan(0);
    expect(body.rows.length).toBeLessThan(5000);
    expect(out.rawPayload.length).toBeLessThan(app.config.cypherMaxBytes + 64 * 1024);
    expect(peakRss).toBeLessThan(2 * 1024 ** 3);
  });

  it('refuses a single row over the byte cap with a 413', async () => {
    const { app: small } = await makeTestApp({ config: { cypherMaxBytes: 50_000 } });
    try {
      const res = await post(small, "RETURN repeat('x', 100000) AS s");
      expect(res.statusCode, res.body).toBe(413);
      expect(res.json().error).toBe('result_too_large');
      expect((await post(small, "RETURN repeat('x', 1000) AS s")).statusCode).toBe(200);
    } finally {
      await small.close();
    }
  });

  it('answers a query that needs more memory than the buffer pool with a 400, and runs the next one', async () => {
    const store = new EmbeddedStore(':memory:', 500, 64 * 1024 * 1024);
    await store.init();
    await ingestArticles(store, readArticleFiles([SEED_DIR]));
    const small = await buildApp({ store, config: testConfig({ cypherTimeoutMs: 20_000 }) });
    try {
      const { out } = await whileWatching(small, () =>
        post(small, 'MATCH (a:Entity), (b:Entity), (c:Entity), (d:Entity) RETURN count(DISTINCT a.name + b.name + c.name + d.name)'));
      expect(out.statusCode, out.body).toBe(400);
      expect(out.json().error).toBe('out_of_memory');
      // The pool is shared: while the query fills it, the app's reads wait for it to give up (about a second here)
      // and then answer; they never fail (whileWatching checks every health answer is a 200).
      expect((await post(small, 'MATCH (e:Entity) RETURN count(e) AS n')).statusCode).toBe(200);
    } finally {
      await small.close();
      await store.close();
    }
  });

  it('still runs what is inside the limits: a range over data, SKIP within bounds, a variable named load', async () => {
    const ok: [string, string][] = [
      ['a range sized by data', 'MATCH (a:Article) WITH a LIMIT 1 UNWIND range(0, size(a.title) - 1) AS i RETURN count(i) AS n'],
      ['a literal range within the limit', 'UNWIND range(1, 1000) AS x RETURN sum(x) AS s'],
      ['SKIP within the limit', 'MATCH (a:Article) RETURN a.id ORDER BY a.id SKIP 10000 LIMIT 1'],
      ['a variable named load', 'MATCH (load:Entity) RETURN load.name AS name LIMIT 1'],
      ['nesting within the limit', nested('[', ']', 20)],
    ];
    for (const [what, query] of ok) {
      const res = await post(app, query);
      expect(res.statusCode, `${what}: ${res.body}`).toBe(200);
    }
    expect((await post(app, 'UNWIND range(1, 1000) AS x RETURN sum(x) AS s')).json().rows).toEqual([[500500]]);
    expect((await post(app, 'MATCH (load:Entity) RETURN load.name AS name LIMIT 1')).json().rows).toHaveLength(1);
    // Writes stay refused, whatever a variable is called.
    expect((await post(app, "MATCH (load:Entity) SET load.name = 'x'")).statusCode).toBe(403);
    expect((await post(app, "LOAD CSV FROM 'file:///etc/passwd' AS load RETURN load")).statusCode).toBe(403);
  });

  it('answers a typo as a 400 syntax error with its position, not as a refusal', async () => {
    const typo = await post(app, 'MATC (a) RETRN a');
    expect(typo.statusCode, typo.body).toBe(400);
    expect(typo.json()).toMatchObject({ error: 'syntax_error' });
    expect(typo.json().message).toMatch(/line 1, column 1.*MATC.*did you mean MATCH/);
    const later = await post(app, 'MATCH (a)\nRETRN a');
    expect(later.statusCode, later.body).toBe(400);
    expect(later.json().error).toBe('syntax_error');
    expect(later.json().message).toMatch(/line: 2/);
  });

  it('checks limits on the tokens, so strings and comments do not count', () => {
    const ok = (q: string) => expect(() => checkConsoleLimits(q, tokenize(q), {}), q).not.toThrow();
    ok(`RETURN '${'['.repeat(100)}' AS s // ${'('.repeat(100)}`);
    ok('RETURN "range(1, 100000000)" AS s');
    ok('MATCH (n) RETURN n.skip AS skip');
    ok('MATCH (n) WITH n.x AS skip RETURN skip ORDER BY skip SKIP 5 LIMIT 2');
  });
});

describe('offsets and ids at the API', () => {
  let app: App;
  beforeAll(async () => {
    ({ app } = await makeTestApp({ seed: true }));
  });
  afterAll(async () => app?.close());

  it('answers an offset past the end with an empty page and an inexact offset with a 400', async () => {
    const past = await app.inject({ method: 'GET', url: '/api/articles?offset=500000' });
    expect(past.statusCode, past.body).toBe(200);
    expect(past.json()).toEqual({ total: (await app.store.counts()).articles, items: [] });
    const huge = await app.inject({ method: 'GET', url: '/api/articles?offset=9007199254740993' });
    expect(huge.statusCode, huge.body).toBe(400);
    expect(Object.keys(huge.json()).sort()).toEqual(['error', 'message']);
    const page = await app.inject({ method: 'GET', url: '/api/articles?offset=1&limit=2' });
    expect(page.json().items).toHaveLength(2);
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });

  it('fetches ids up to the schema length end to end, and answers longer ones in the error shape', async () => {
    const text = 'Acme Trading shipped drones to Russia in 2023, according to customs records seen by reporters.';
    const id = `a-${'x'.repeat(297)}`;
    const { ingestArticles } = await import('../../server/ingest.js');
    await ingestArticles(app.store, [{ id, text, title: 'Long id' } as never]);
    const got = await app.inject({ method: 'GET', url: `/api/articles/${id}` });
    expect(got.statusCode, got.body.slice(0, 200)).toBe(200);
    expect(got.json().id).toBe(id);
    const entity = await app.inject({ method: 'GET', url: `/api/entities/${'e'.repeat(300)}` });
    expect(entity.statusCode, entity.body).toBe(404);
    expect(entity.json().error).toBe('not_found');
    const tooLong = await app.inject({ method: 'GET', url: `/api/entities/${'e'.repeat(2000)}` });
    expect(tooLong.statusCode).toBeGreaterThanOrEqual(400);
    expect(tooLong.statusCode).toBeLessThan(500);
    expect(Object.keys(tooLong.json()).sort()).toEqual(['error', 'message']);
  });

  it('answers a snapshot nested 5,000 deep with a 4xx in the error shape', async () => {
    // Built as text: the payload is too deep for JSON.stringify to write.
    const send = (view: string) => app.inject({
      method: 'POST', url: '/api/snapshots', headers: { 'content-type': 'application/json' }, payload: `{"view": ${view}}`,
    });
    const deepMap = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const deepList = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    for (const view of [
      `{"title": "deep", "elements": {"nodes": [], "edges": []}, "filters": {"a": ${deepMap}}}`,
      `{"title": "deep", "elements": {"nodes": [], "edges": []}, "query": {"q": ${deepList}}}`,
    ]) {
      const res = await send(view);
      expect(res.statusCode, res.body.slice(0, 300)).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(Object.keys(res.json()).sort()).toEqual(['error', 'message']);
    }
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });
});
