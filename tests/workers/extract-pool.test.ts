/** Extraction on worker threads: the same result as on this thread, a bounded queue, and a server that keeps answering. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsArticle } from '../../bench/news-corpus.js';
import { rng } from '../../bench/trade-graph.js';
import { buildApp, type App } from '../../server/app.js';
import { openArchivedStore } from '../../server/archive/startup.js';
import { loadConfig } from '../../server/config.js';
import { InputError } from '../../server/domain/errors.js';
import { analyseArticle, combineArticles } from '../../server/extract/index.js';
import { Ingestor } from '../../server/ingest.js';
import { ExtractPool, loaderPool } from '../../server/workers/extract-pool.js';
import { listenOnLoopback, memoryStore, testConfig } from '../helpers/app.js';

/** One article of about `chars` characters of news-like text. */
function longArticle(chars: number, seed: number): string {
  const r = rng(seed);
  let text = '';
  while (text.length < chars) text += newsArticle(r) + '\n\n';
  return text;
}

async function appWithPool(pool: ExtractPool, onDisk = false): Promise<App> {
  if (onDisk) {
    // As in production: the archive and the embedded store on disk (a checkpoint after each write).
    const dir = mkdtempSync(join(tmpdir(), 'pool-'));
    const config = loadConfig({ DATA_PATH: join(dir, 'graph.lbug'), SEED_DIR: '' });
    const { store, archive } = await openArchivedStore(config, { extractor: pool, log: () => {}, warn: () => {} });
    const app = await buildApp({ store, config, ingestor: new Ingestor(store, archive, pool) });
    app.addHook('onClose', async () => {
      await store.close();
      await archive?.close();
      rmSync(dir, { recursive: true, force: true });
    });
    return app;
  }
  const store = await memoryStore();
  const app = await buildApp({ store, config: testConfig(), ingestor: new Ingestor(store, null, pool) });
  app.addHook('onClose', async () => store.close());
  return app;
}

describe('extraction pool', () => {
  const pool = new ExtractPool({ size: 1, maxQueue: 1 });
  afterAll(() => pool.close());

  it('gives what extraction on this thread gives, and the validator’s own errors', async () => {
    const input = { id: 'x.txt', text: longArticle(3000, 1) };
    expect(await pool.analyse(input)).toEqual(analyseArticle(input));
    expect(await pool.extractOne(input)).toEqual(combineArticles([analyseArticle(input)]));
    const err = await pool.analyse({ id: 'empty.txt', text: ' ' }).catch((e) => e);
    expect(err).toBeInstanceOf(InputError);
    expect([err.code, err.status]).toEqual(['empty_text', 422]);
  }, 60_000);

  it('answers 503 with Retry-After when the queue is full, and takes the others', async () => {
    const app = await appWithPool(pool);
    try {
      const post = (seed: number) => app.inject({ method: 'POST', url: '/api/articles', payload: { text: longArticle(150_000, seed) } });
      // One runs, one waits (maxQueue 1), the third finds no room.
      const res = await Promise.all([post(11), post(12), post(13)]);
      const codes = res.map((r) => r.statusCode).sort();
      expect(codes).toEqual([201, 201, 503]);
      const busy = res.find((r) => r.statusCode === 503)!;
      expect(busy.json()).toMatchObject({ error: 'busy' });
      expect(Number(busy.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    } finally {
      await app.close();
    }
  }, 120_000);
});

describe('the loader’s pool (each worker kept one article ahead)', () => {
  it('gives every article what extraction on this thread gives, on two workers', async () => {
    const pool = loaderPool(2);
    try {
      await pool.ready();
      const inputs = Array.from({ length: 6 }, (_, i) => ({ id: `a${i}.txt`, text: longArticle(3000, 30 + i) }));
      const results = await Promise.all(inputs.map((d) => pool.analyse(d)));
      results.forEach((r, i) => expect(r).toEqual(analyseArticle(inputs[i])));
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('when a worker stops, fails only the article it ran: those sent ahead to it go to its successor', async () => {
    const pool = loaderPool(1);
    try {
      await pool.ready();
      const inputs = [longArticle(300_000, 41), longArticle(3000, 42), longArticle(3000, 43)].map((text, i) => ({ id: `b${i}.txt`, text }));
      const settled = Promise.allSettled(inputs.map((d) => pool.analyse(d)));
      // The first runs and the second waits in the worker's port; the third waits in the pool.
      expect(pool.load).toBe(3);
      const { slots } = pool as unknown as { slots: { worker: { terminate(): Promise<number> } }[] };
      await slots[0].worker.terminate();
      const [first, ...rest] = await settled;
      expect(first.status).toBe('rejected');
      expect((first as PromiseRejectedResult).reason.message).toMatch(/the extraction worker stopped/);
      rest.forEach((r, i) => expect(r).toEqual({ status: 'fulfilled', value: analyseArticle(inputs[i + 1]) }));
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('gives an article sent ahead to a worker that stops to an idle worker at once, not to its successor', async () => {
    const pool = loaderPool(2);
    try {
      await pool.ready();
      const [big, small, ahead] = [longArticle(300_000, 51), longArticle(3000, 52), longArticle(3000, 53)].map((text, i) => ({ id: `c${i}.txt`, text }));
      // The first worker runs the big one with `ahead` waiting in its port; the second runs `small`, then idles.
      const bigDone = pool.analyse(big).catch((e: Error) => e);
      const smallDone = pool.analyse(small);
      const aheadDone = pool.analyse(ahead);
      const { slots } = pool as unknown as { slots: { ready: boolean; jobs: unknown[]; worker: { terminate(): Promise<number> } }[] };
      expect(slots.map((x) => x.jobs.length)).toEqual([2, 1]);
      await smallDone;
      await slots[0].worker.terminate();
      expect(await aheadDone).toEqual(analyseArticle(ahead));
      // The idle worker took it: the first one's successor was still starting.
      expect(slots[0].ready).toBe(false);
      expect(String(await bigDone)).toMatch(/the extraction worker stopped/);
    } finally {
      await pool.close();
    }
  }, 120_000);
});

describe('the server (archive and store on disk) while a 1 MB article is extracted and loaded', () => {
  let app: App;
  let url: string;
  const pool = new ExtractPool({ size: 1, maxQueue: 4 });
  beforeAll(async () => {
    app = await appWithPool(pool, true);
    url = await listenOnLoopback(app);
  });
  afterAll(async () => {
    await app.close();
    await pool.close();
  });

  it('/api/health answers while it is extracted', async () => {
    const text = longArticle(1_000_000, 21);
    let done = false;
    const posted = fetch(`${url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) })
      .finally(() => (done = true));
    let during = 0;
    while (!done) {
      const busy = pool.load > 0;
      const res = await fetch(`${url}/api/health`);
      expect(res.status).toBe(200);
      await res.json();
      // Only checks that began and ended with the article on a worker: "while it is extracted".
      if (busy && pool.load > 0) during++;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect((await posted).status).toBe(201);
    // A main thread busy extracting would answer no check until the extraction ended; off the main thread, checks keep
    // coming back while the worker reads the article. (How fast they come back is bench:responsiveness's target.)
    expect(during).toBeGreaterThan(10);
  }, 120_000);
});
