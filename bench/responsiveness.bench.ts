/**
 * `npm run bench:responsiveness`: how fast the server answers while it extracts. `/api/health` is polled every 20 ms
 * while one article of about 1 MB is extracted on a worker thread and loaded (the archive and the embedded store on
 * disk, as in production); only checks that began and ended while the article was on the worker count. Target: at
 * least 10 such checks, p99 ≤ 200 ms (a main thread busy extracting would hold every check for seconds).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../server/app.js';
import { openArchivedStore } from '../server/archive/startup.js';
import { loadConfig } from '../server/config.js';
import { Ingestor } from '../server/ingest.js';
import { ExtractPool } from '../server/workers/extract-pool.js';
import { listenOnLoopback } from '../tests/helpers/app.js';
import { newsArticle } from './news-corpus.js';
import { recordTargets } from './results.js';
import { rng } from './trade-graph.js';

/** `/api/health` answer times (ms), sorted, while one article of about 1 MB is extracted on a worker and loaded. */
async function healthWhileExtracting(dir: string): Promise<number[]> {
  const config = loadConfig({ DATA_PATH: join(dir, 'graph.lbug'), SEED_DIR: '', LOG_LEVEL: 'silent' });
  const pool = new ExtractPool({ size: 1, maxQueue: 4 });
  const { store, archive } = await openArchivedStore(config, { extractor: pool, log: () => {}, warn: () => {} });
  const app = await buildApp({ store, config, ingestor: new Ingestor(store, archive, pool) });
  try {
    const base = await listenOnLoopback(app);
    const r = rng(21);
    let text = '';
    while (text.length < 1_000_000) text += newsArticle(r) + '\n\n';
    let done = false;
    const posted = fetch(`${base}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) })
      .finally(() => (done = true));
    const during: number[] = [];
    while (!done) {
      const busy = pool.load > 0;
      const t = performance.now();
      const res = await fetch(`${base}/api/health`);
      await res.arrayBuffer();
      if (busy && pool.load > 0 && res.ok) during.push(performance.now() - t);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    if ((await posted).status !== 201) throw new Error('the 1 MB article was not loaded');
    return during.sort((a, b) => a - b);
  } finally {
    await app.close();
    await store.close();
    await archive?.close();
    await pool.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'bench-responsiveness-'));
try {
  const health = await healthWhileExtracting(dir);
  const at = (q: number) => Math.round(health[Math.min(health.length - 1, Math.floor(health.length * q))] ?? Infinity);
  console.log(`/api/health while a 1 MB article was extracted: ${health.length} checks, p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, slowest ${at(1)} ms`);
  recordTargets('responsiveness', [{
    what: '/api/health during a 1 MB extraction',
    measured: `${health.length} checks, p50 ${at(0.5)} ms, p99 ${at(0.99)} ms`,
    target: '≥ 10 checks, p99 ≤ 200 ms',
    pass: health.length >= 10 && at(0.99) <= 200,
  }]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
