/**
 * Child process of concurrent-reads.test.ts: loads batches of generated articles into an embedded store on disk
 * while another loop reads from it without pause, until the write-ahead log has passed the engine's automatic
 * checkpoint threshold several times. Prints "done" and exits 0, or dies (the engine crashed natively).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newsArticle } from '../../bench/news-corpus.js';
import { rng } from '../../bench/trade-graph.js';
import { resolveAgainstStore } from '../../server/archive/project.js';
import { analyseArticle, combineArticles } from '../../server/extract/index.js';
import { EmbeddedStore } from '../../server/store/embedded-store.js';

const ROUNDS = Number(process.argv[2] ?? 8);
const dir = mkdtempSync(join(tmpdir(), 'concurrent-reads-'));
const store = new EmbeddedStore(join(dir, 'graph.lbug'));
await store.init();
const r = rng(1);
let stop = false;
let reads = 0;
const reader = (async () => {
  while (!stop) {
    await Promise.all([store.articleIds(), store.relationsFromRange('', '\uffff')]);
    reads++;
  }
})();
for (let round = 0; round < ROUNDS; round++) {
  const docs = Array.from({ length: 64 }, (_, i) => ({ id: `r${round}-${i}.txt`, text: newsArticle(r, { min: 1, max: 4 }) }));
  const { extraction } = combineArticles(docs.map((d) => analyseArticle(d)));
  await store.loadBatch(await resolveAgainstStore(store, extraction));
}
stop = true;
await reader;
const counts = await store.counts();
await store.close();
rmSync(dir, { recursive: true, force: true });
console.log(`done ${counts.articles} articles, ${reads} reads`);
