/**
 * `npm run bench:throughput`: requests per second and latency of the API under concurrent load, on loopback.
 * - `/api/paths` on the seed graph at 50 connections (target ≥ 500 requests/s, p99 ≤ 100 ms), cycling through every
 *   supplier → buyer pair the seed graph connects, so the figure is not one repeated query;
 * - `/api/graph` on a generated 2,000-entity graph at 10 connections (target ≥ 100 requests/s).
 * Both on the embedded store in a temporary directory on disk; the paths figure also on Neo4j when NEO4J_URI is set
 * (its database must be empty, and is emptied again after: `npm run neo4j:test-server` starts a throwaway one).
 * Options: --seconds N (default 10).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { ingestArticles } from '../server/ingest.js';
import { readArticleFiles } from '../server/seed.js';
import { openStore } from '../server/store/open-store.js';
import { listenOnLoopback } from '../tests/helpers/app.js';
import { overviewGraph } from './overview-graph.js';
import type { RelationType } from '../server/domain/relation-registry.js';
import { hammer } from './hammer.js';
import { requireEmpty, wipeNeo4j } from './neo4j-scratch.js';
import { loadNote, recordTargets } from './results.js';

const { values: opt } = parseArgs({ options: { seconds: { type: 'string', default: '10' } } });
const seconds = Number(opt.seconds);
const neo4jConfig = loadConfig(process.env).neo4j;

interface Row { what: string; rps: number; p50: number; p99: number; errors: number; target: string; pass: boolean }
const rows: Row[] = [];

type Store = Awaited<ReturnType<typeof openStore>>;

/** The app on loopback over the store `env` configures, after `prepare` (loading) and warming. */
async function serve(env: Record<string, string>, prepare: (store: Store) => Promise<void>) {
  const config = loadConfig({ SEED_DIR: '', GRAPH_LIMIT: '2000', LOG_LEVEL: 'silent', ...env });
  const store = await openStore(config);
  await prepare(store);
  await store.warm?.();
  const app = await buildApp({ store, config });
  const base = await listenOnLoopback(app);
  return { store, base, close: async () => { await app.close(); await store.close(); } };
}
const onDisk = (dir: string) => ({ DATA_PATH: join(dir, 'graph.lbug') });
const loadSeeds = async (store: Store) => void (await ingestArticles(store, readArticleFiles(['seeds'])));

/** /api/paths over `pairs`: each once, one at a time (the cost of a question never asked), then at 50 connections. */
async function seedPaths(label: string, served: Awaited<ReturnType<typeof serve>>, pairs: string[]): Promise<void> {
  const cold: number[] = [];
  for (const path of pairs) {
    const t = performance.now();
    const res = await fetch(served.base + path);
    await res.arrayBuffer();
    cold.push(performance.now() - t);
  }
  cold.sort((a, b) => a - b);
  console.log(`${label}: /api/paths, first time each pair, one at a time: p50 ${cold[Math.floor(cold.length / 2)].toFixed(1)} ms, ` +
    `max ${cold[cold.length - 1].toFixed(1)} ms`);
  const p = await hammer(`${label}: /api/paths, seed graph, 50 connections (${loadNote()})`, served.base, pairs, 50, seconds);
  rows.push({ what: `${label}: /api/paths seeds @50`, rps: p.rps, p50: p.p50, p99: p.p99, errors: p.failed,
    target: '≥ 500/s, p99 ≤ 100 ms', pass: p.rps >= 500 && p.p99 <= 100 && !p.failed });
}

const dir = mkdtempSync(join(tmpdir(), 'bench-throughput-'));
try {
  // The seed graph, and every pair the path finder connects in it.
  const seedDir = join(dir, 'seeds');
  const pairs: string[] = [];
  {
    const loading = await serve(onDisk(seedDir), loadSeeds);
    const all = await loading.store.graph({ limit: 10_000 });
    for (const from of all.nodes) {
      for (const to of all.nodes) {
        if (from === to || pairs.length >= 400) continue;
        const found = await loading.store.paths({ from: from.id, to: to.id, maxHops: 5, limit: 10, types: [], minSources: 0 });
        if (found.length) pairs.push(`/api/paths?from=${encodeURIComponent(from.name)}&to=${encodeURIComponent(to.name)}&maxHops=5&limit=10`);
      }
    }
    console.log(`seed graph: ${all.nodes.length} entities, ${pairs.length} connected supplier → buyer pairs`);
    await loading.close();
  }
  // A fresh process state (empty read cache).
  const seeded = await serve(onDisk(seedDir), async () => undefined);
  await seedPaths('embedded', seeded, pairs);
  await seeded.close();

  if (neo4jConfig) {
    const { uri, user, password, database } = neo4jConfig;
    const env = { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, ...(database ? { NEO4J_DATABASE: database } : {}) };
    // Loaded, then served again by a fresh process state, as above. Emptied after only if it was empty before.
    let ours = false;
    try {
      const loading = await serve(env, async (store) => {
        await requireEmpty(store, neo4jConfig, 'bench:throughput');
        ours = true;
        await loadSeeds(store);
      });
      await loading.close();
      const served = await serve(env, async () => undefined);
      try {
        await seedPaths('neo4j', served, pairs);
      } finally {
        await served.close();
      }
    } finally {
      if (ours) await wipeNeo4j(neo4jConfig);
    }
  } else {
    console.log('\nneo4j: not measured — set NEO4J_URI to an empty Neo4j 5.21+ database (npm run neo4j:test-server starts one)');
  }

  // A 2,000-entity graph for the overview endpoint.
  const g = overviewGraph(2000, 4000);
  const text = 'Generated article for the throughput bench.';
  const big = await serve(onDisk(join(dir, 'big')), async (store) => void (await store.loadBatch({
    articles: [{ id: 'bench', title: 'Generated', text }],
    entities: g.nodes.map((n) => ({ id: n.id, name: n.name, kind: n.kind, aliases: [] })),
    relations: g.edges.map((e) => ({ id: e.id, type: e.type as RelationType, source: e.source, target: e.target, props: {},
      evidence: [{ article: 'bench', start: 0, end: 9, quote: text.slice(0, 9) }] })),
  })));
  const kinds = ['', '?minSources=2', '?types=SHIPPED_TO,SUBSIDIARY_OF', '?kinds=company,country,government'];
  const gr = await hammer('/api/graph, 2,000 entities, 10 connections', big.base, kinds.map((k) => `/api/graph${k}`), 10, seconds);
  rows.push({ what: 'embedded: /api/graph 2k @10', rps: gr.rps, p50: gr.p50, p99: gr.p99, errors: gr.failed,
    target: '≥ 100/s', pass: gr.rps >= 100 && !gr.failed });
  await big.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
recordTargets('throughput', rows.map((r) => ({
  what: r.what,
  measured: `${Math.round(r.rps).toLocaleString('en')} requests/s, p50 ${r.p50} ms, p99 ${r.p99} ms${r.errors ? `, ${r.errors} failed` : ''}`,
  target: r.target,
  pass: r.pass,
})));
