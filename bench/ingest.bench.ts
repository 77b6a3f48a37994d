/**
 * Ingest end to end, as `npm run load` does it (validate, archive with fsync, extract on the worker pool, load into
 * the embedded store on disk with a checkpoint per chunk), with one extraction worker and then two. Prints
 * articles/s and MB/s for each and the speed-up; target: two cores give >= 1.7x one.
 *
 *   npm run bench:ingest                     # 400 generated articles (about 1.6 MB)
 *   BENCH_INGEST_ARTICLES=1000 npm run bench:ingest
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openArchivedStore } from '../server/archive/startup.js';
import { loadConfig } from '../server/config.js';
import { Ingestor } from '../server/ingest.js';
import { ExtractPool } from '../server/workers/extract-pool.js';
import { newsArticle } from './news-corpus.js';
import { rng } from './trade-graph.js';

const TARGET_SPEEDUP = 1.7;
const count = Number(process.env.BENCH_INGEST_ARTICLES ?? 400);

async function run(workers: number, inputs: { id: string; text: string }[]): Promise<{ s: number; articles: number; extractS: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
  const pool = new ExtractPool({ size: workers, maxQueue: Infinity });
  try {
    // Start-up (each worker loads the language model) is not ingest: warm every worker first.
    await Promise.all(Array.from({ length: workers }, (_, i) => pool.analyse({ id: `warm-${i}`, text: newsArticle(rng(i)) })));
    const config = loadConfig({ DATA_PATH: join(dir, 'graph.lbug'), SEED_DIR: '' });
    const { store, archive } = await openArchivedStore(config, { extractor: pool, log: () => {}, warn: () => {} });
    const t = performance.now();
    let extracted = t;
    await new Ingestor(store, archive, pool).ingest(inputs, {
      origin: 'cli', reload: false, onProgress: (p) => p.stage === 'extract' && p.done === p.total && (extracted = performance.now()),
    });
    const s = (performance.now() - t) / 1000;
    const articles = (await store.counts()).articles;
    await store.close();
    await archive?.close();
    return { s, articles, extractS: (extracted - t) / 1000 };
  } finally {
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const r = rng(42);
  const inputs = Array.from({ length: count }, (_, i) => ({ id: `ingest-${String(i).padStart(5, '0')}.txt`, text: newsArticle(r) }));
  const mb = inputs.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1e6;
  console.log(`ingest: ${count} generated articles, ${mb.toFixed(2)} MB, archive + embedded store on disk`);
  const results: number[] = [];
  for (const workers of [1, 2]) {
    const { s, articles, extractS } = await run(workers, inputs);
    if (articles !== count) throw new Error(`expected ${count} articles, the store holds ${articles}`);
    results.push(s);
    console.log(`  ${workers} worker(s): ${s.toFixed(2)} s, ${(count / s).toFixed(1)} articles/s, ${(mb / s).toFixed(2)} MB/s ` +
      `(archive + extraction ${extractS.toFixed(2)} s, resolution + store ${(s - extractS).toFixed(2)} s)`);
  }
  const speedup = results[0] / results[1];
  console.log(`  speed-up with two workers: ${speedup.toFixed(2)}x (target >= ${TARGET_SPEEDUP}x) ${speedup >= TARGET_SPEEDUP ? 'PASS' : 'FAIL'}`);
}

await main();
