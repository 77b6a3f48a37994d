import { buildApp } from './server/app.ts';
import { loadConfig } from './server/config.ts';
import { ingestArticles } from './server/ingest.ts';
import { readArticleFiles } from './server/seed.ts';
import { EmbeddedStore } from './server/store/embedded-store.ts';
const store = new EmbeddedStore(':memory:', 500, 512 * 1024 * 1024);
await store.init();
await ingestArticles(store, readArticleFiles(['seeds']));
const config = { ...loadConfig({ DATA_PATH: ':memory:', SEED_DIR: '' }), cypherTimeoutMs: 3000 };
const app = await buildApp({ store, config });
let peak = 0; const iv = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); if (process.memoryUsage().rss > 4e9) { console.log('RSS over 4 GB, exiting'); process.exit(1); } }, 20);
for (const q of process.argv.slice(2)) {
  const t = performance.now();
  const res = await app.inject({ method: 'POST', url: '/api/cypher', payload: { query: q } });
  let slow = 0; const h0 = performance.now(); await app.inject({ method: 'GET', url: '/api/health' }); slow = performance.now() - h0;
  console.log(res.statusCode, Math.round(performance.now() - t), 'ms', 'peakMB', Math.round(peak / 1048576), 'health', Math.round(slow), res.body.slice(0, 160));
}
process.exit(0);
