/**
 * `npm run bench:paths`: generates a trade network (100k entities, 300k relations by default), loads it into the
 * embedded store and, when NEO4J_URI is set, into that Neo4j server too (its database must be empty, and is emptied
 * again after: `npm run neo4j:test-server` starts a throwaway one), serves the real app on loopback over each and times
 * GET /api/paths between the same random connected pairs, one at a time (p50/p90/p99), then at 10 connections for
 * --seconds over other pairs (requests/s; target >= 100/s with p99 <= 300 ms). Prints the load rate too.
 * Options: --entities N --relations N --queries N --maxHops N --limit N --seconds N --data DIR (default: a temporary
 * directory).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { EmbeddedStore } from '../server/store/embedded-store.js';
import type { GraphStore } from '../server/store/graph-store.js';
import { Neo4jStore } from '../server/store/neo4j-store.js';
import { FlowIndex, type FlowEdgeRow } from '../server/store/path-search.js';
import { hammer, type Hammered } from './hammer.js';
import { requireEmpty, wipeNeo4j } from './neo4j-scratch.js';
import { loadNote, recordTargets, type Target } from './results.js';
import { rng, tradeGraph } from './trade-graph.js';

const { values: opt } = parseArgs({
  options: {
    entities: { type: 'string', default: '100000' },
    relations: { type: 'string', default: '300000' },
    queries: { type: 'string', default: '300' },
    maxHops: { type: 'string', default: '6' },
    limit: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '10' },
    data: { type: 'string' },
  },
});
const N = Number(opt.entities);
const M = Number(opt.relations);
const Q = Number(opt.queries);
const neo4jConfig = loadConfig(process.env).neo4j;

interface Figures {
  store: string;
  relations: number;
  loadSeconds: number;
  perSecond: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  firstMs: number;
  concurrent: Hammered;
}

const CONNECTIONS = 10;

// Random connected pairs, chosen (untimed) on the generated edges: a random entity, and a random entity it reaches
// within maxHops. The same pairs are asked of every store.
const generated: FlowEdgeRow[] = [];
for (const batch of tradeGraph({ entities: N, relations: M }, M)) {
  for (const r of batch.relations) generated.push({ id: r.id, source: r.source, target: r.target, sources: 1 });
}
const reachable = new FlowIndex(generated);
function connectedPairs(seed: number, count: number, perSource: number): [string, string][] {
  const rand = rng(seed);
  const out: [string, string][] = [];
  while (out.length < count) {
    const from = `e${Math.floor(rand() * N)}`;
    const down = reachable.reach(from, 'down', Number(opt.maxHops));
    for (let i = 0; i < perSource && down.length && out.length < count; i++) out.push([from, down[Math.floor(rand() * down.length)].id]);
  }
  return out;
}
const pairs = connectedPairs(7, Q, 1);
// Other pairs for the concurrent run, enough that (up to 400 requests/s) almost none is asked twice: the read cache
// would answer a repeated pair from memory, and the target is about questions not asked before.
const seconds = Number(opt.seconds);
const concurrentPairs = connectedPairs(8, 400 * seconds, 10);

/** Loads the graph in batches of `batchSize` relations (one transaction each), then times the queries over HTTP. */
async function measure(label: string, store: GraphStore, batchSize: number): Promise<Figures> {
  console.log(`${label}: loading ${N.toLocaleString()} entities and ${M.toLocaleString()} relations…`);
  let loadMs = 0;
  let loaded = 0;
  for (const batch of tradeGraph({ entities: N, relations: M }, batchSize)) {
    const t = performance.now();
    await store.loadBatch(batch);
    loadMs += performance.now() - t;
    loaded += batch.relations.length;
    process.stdout.write(`  ${loaded.toLocaleString()} relations loaded\r`);
  }
  const counts = await store.counts();
  const app = await buildApp({ store, config: loadConfig({ DATA_PATH: ':memory:', SEED_DIR: '' }) });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const timeQuery = async ([from, to]: [string, string]) => {
    const t = performance.now();
    const res = await fetch(`${address}/api/paths?from=${from}&to=${to}&maxHops=${opt.maxHops}&limit=${opt.limit}`);
    const body = (await res.json()) as { paths: unknown[] };
    if (res.status !== 200 || !body.paths.length) throw new Error(`${label}: no path ${from} -> ${to}: ${res.status}`);
    return performance.now() - t;
  };
  try {
    // The first query builds caches (the embedded flow index, Neo4j's query plans): reported apart.
    const firstMs = await timeQuery(pairs[0]);
    const times: number[] = [];
    for (const p of pairs) times.push(await timeQuery(p));
    times.sort((a, b) => a - b);
    const pct = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
    const concurrent = await hammer(`${label}: /api/paths at ${CONNECTIONS} connections over ${concurrentPairs.length} other pairs (${loadNote()})`,
      address, concurrentPairs.map(([from, to]) => `/api/paths?from=${from}&to=${to}&maxHops=${opt.maxHops}&limit=${opt.limit}`), CONNECTIONS, seconds);
    return {
      store: label, relations: counts.relations, loadSeconds: loadMs / 1000, perSecond: counts.relations / (loadMs / 1000),
      p50: pct(0.5), p90: pct(0.9), p99: pct(0.99), max: times[times.length - 1], firstMs, concurrent,
    };
  } finally {
    await app.close();
  }
}

const results: Figures[] = [];
const dir = opt.data ?? mkdtempSync(join(tmpdir(), 'bench-paths-'));
const embedded = new EmbeddedStore(join(dir, 'graph.lbug'));
await embedded.init();
try {
  // One batch, one transaction: a bulk import (on disk, each commit costs a checkpoint-sized write).
  results.push(await measure('embedded', embedded, M));
} finally {
  await embedded.close();
  if (!opt.data) rmSync(dir, { recursive: true, force: true });
}

if (neo4jConfig) {
  const neo = new Neo4jStore(neo4jConfig);
  await neo.init();
  try {
    await requireEmpty(neo, neo4jConfig, 'bench:paths');
    try {
      // Batches of 10k relations, one transaction each (written in chunks inside): a server's transactions may use at
      // most dbms.memory.transaction.total.max (70% of the heap by default), which a 50k-relation batch passes at 1 GB.
      results.push(await measure(`neo4j (${neo4jConfig.uri})`, neo, 10_000));
    } finally {
      await wipeNeo4j(neo4jConfig);
    }
  } finally {
    await neo.close();
  }
} else {
  console.log('\nneo4j: not measured — set NEO4J_URI to an empty Neo4j 5.21+ database (npm run neo4j:test-server starts one)');
}

const ms = (x: number) => `${x.toFixed(1)} ms`;
console.log(`\n/api/paths: ${Q} queries between the same connected pairs, maxHops=${opt.maxHops}, limit=${opt.limit}, over HTTP on loopback`);
console.table(results.map((r) => ({
  store: r.store,
  'load (relations/s)': Math.round(r.perSecond).toLocaleString(),
  'load (s)': r.loadSeconds.toFixed(1),
  p50: ms(r.p50), p90: ms(r.p90), p99: ms(r.p99), max: ms(r.max), 'first query': ms(r.firstMs),
})));
const size = `${Math.round(N / 1000)}k/${Math.round(M / 1000)}k`;
recordTargets('paths', results.flatMap((r): Target[] => {
  const store = r.store.split(' ')[0];
  const c = r.concurrent;
  return [
    { what: `${store}: /api/paths ${size} one at a time`, measured: `p50 ${ms(r.p50)}, p99 ${ms(r.p99)}`, target: 'p50 ≤ 50 ms, p99 ≤ 200 ms', pass: r.p50 <= 50 && r.p99 <= 200 },
    { what: `${store}: /api/paths ${size} @${CONNECTIONS}`, measured: `${Math.round(c.rps).toLocaleString('en')} requests/s, p50 ${c.p50} ms, p99 ${c.p99} ms${c.failed ? `, ${c.failed} failed` : ''}`,
      target: '≥ 100/s, p99 ≤ 300 ms', pass: c.rps >= 100 && c.p99 <= 300 && !c.failed },
    { what: `${store}: load ${size}`, measured: `${Math.round(r.perSecond).toLocaleString('en')} relations/s`, target: '≥ 200,000 relations/s', pass: r.perSecond >= 200_000 },
  ];
}));
