/**
 * `npm run bench:paths`: generates a trade network (100k entities, 300k relations by default), loads it into the
 * embedded store, serves the real app on loopback and times GET /api/paths between random connected pairs.
 * Options: --entities N --relations N --queries N --maxHops N --limit N --data DIR (default: a temporary directory).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { EmbeddedStore } from '../server/store/embedded-store.js';
import { FlowIndex, type FlowEdgeRow } from '../server/store/path-search.js';
import { rng, tradeGraph } from './trade-graph.js';

const { values: opt } = parseArgs({
  options: {
    entities: { type: 'string', default: '100000' },
    relations: { type: 'string', default: '300000' },
    queries: { type: 'string', default: '300' },
    maxHops: { type: 'string', default: '6' },
    limit: { type: 'string', default: '10' },
    data: { type: 'string' },
  },
});
const N = Number(opt.entities);
const M = Number(opt.relations);
const Q = Number(opt.queries);

let peakRss = 0;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const sampler = setInterval(sample, 50);

const dir = opt.data ?? mkdtempSync(join(tmpdir(), 'bench-paths-'));
const store = new EmbeddedStore(join(dir, 'graph.lbug'));
await store.init();

console.log(`generating and loading ${N.toLocaleString()} entities and ${M.toLocaleString()} relations…`);
let loadMs = 0;
const generated: FlowEdgeRow[] = [];
let loaded = 0;
// One batch, one transaction: a bulk import (on disk, each commit costs a checkpoint-sized write).
for (const batch of tradeGraph({ entities: N, relations: M }, M)) {
  const t = performance.now();
  await store.loadBatch(batch);
  loadMs += performance.now() - t;
  loaded += batch.relations.length;
  for (const r of batch.relations) generated.push({ id: r.id, source: r.source, target: r.target, sources: 1 });
  process.stdout.write(`  ${loaded.toLocaleString()} relations loaded\r`);
}
const counts = await store.counts();
console.log(`\nload: ${counts.relations.toLocaleString()} relations in ${(loadMs / 1000).toFixed(2)} s = ` +
  `${Math.round(counts.relations / (loadMs / 1000)).toLocaleString()} relations/s (store.loadBatch in one transaction on disk, incl. merge planning)`);

const app = await buildApp({ store, config: loadConfig({ DATA_PATH: ':memory:', SEED_DIR: '' }) });
const address = await app.listen({ port: 0, host: '127.0.0.1' });

// Random connected pairs, chosen (untimed) on the generated edges: a random entity, and a random entity it reaches
// within maxHops.
const reachable = new FlowIndex(generated);
const rand = rng(7);
const pairs: [string, string][] = [];
while (pairs.length < Q) {
  const from = `e${Math.floor(rand() * N)}`;
  const down = reachable.reach(from, 'down', Number(opt.maxHops));
  if (!down.length) continue;
  pairs.push([from, down[Math.floor(rand() * down.length)].id]);
}

const timeQuery = async ([from, to]: [string, string]) => {
  const t = performance.now();
  const res = await fetch(`${address}/api/paths?from=${from}&to=${to}&maxHops=${opt.maxHops}&limit=${opt.limit}`);
  const body = (await res.json()) as { paths: unknown[] };
  if (res.status !== 200 || !body.paths.length) throw new Error(`no path ${from} -> ${to}: ${res.status}`);
  return performance.now() - t;
};
// The first query builds the flow index; report it apart, then time the steady state.
const first = await timeQuery(pairs[0]);
const times: number[] = [];
let found = 0;
for (const p of pairs) {
  times.push(await timeQuery(p));
  found++;
}
times.sort((a, b) => a - b);
const pct = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
sample();
console.log(`paths: ${found} queries (maxHops=${opt.maxHops}, limit=${opt.limit}) over HTTP on loopback: ` +
  `p50 ${pct(0.5)} ms, p90 ${pct(0.9)} ms, p99 ${pct(0.99)} ms, max ${times[times.length - 1].toFixed(1)} ms; ` +
  `first query (builds the flow index) ${first.toFixed(0)} ms`);
console.log(`peak RSS of the server process: ${Math.round(peakRss / 1024 / 1024)} MB`);
const targets = { p50: Number(pct(0.5)) <= 50, p99: Number(pct(0.99)) <= 200, load: counts.relations / (loadMs / 1000) >= 200_000 };
console.log(`targets (p50 <= 50 ms, p99 <= 200 ms, load >= 200k relations/s): ${JSON.stringify(targets)}`);

clearInterval(sampler);
await app.close();
await store.close();
if (!opt.data) rmSync(dir, { recursive: true, force: true });
