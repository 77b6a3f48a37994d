/**
 * Test helpers: a real app on a real store, built with the production factory. The store is a fresh in-memory
 * embedded one, or in the `neo4j` test project (vitest.config.ts) the configured Neo4j server, emptied first.
 */
import { resolve } from 'node:path';
import { inject } from 'vitest';
import { buildApp, type App } from '../../server/app.js';
import { loadConfig, type Config } from '../../server/config.js';
import { ingestArticles } from '../../server/ingest.js';
import { readArticleFiles } from '../../server/seed.js';
import { EmbeddedStore } from '../../server/store/embedded-store.js';
import type { GraphStore } from '../../server/store/graph-store.js';
import { withReadCache } from '../../server/store/read-cache.js';

export const SEED_DIR = resolve('seeds');

export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ DATA_PATH: ':memory:', SEED_DIR: '' }), ...overrides };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Which store the app tests run on: set per test project in vitest.config.ts. */
    store: 'embedded' | 'neo4j';
  }
}

/** The store kind this test project runs the app tests on. */
export const testStoreKind = (): 'embedded' | 'neo4j' => inject('store') ?? 'embedded';

export async function memoryStore(): Promise<GraphStore> {
  if (testStoreKind() === 'neo4j') {
    const { openNeo4jStore, wipeNeo4j } = await import('./neo4j.js');
    await wipeNeo4j();
    return openNeo4jStore();
  }
  const store = new EmbeddedStore(':memory:');
  await store.init();
  return store;
}

/** An app over a fresh in-memory store, optionally loaded with the seed articles. */
export async function makeTestApp(opts: { seed?: boolean; config?: Partial<Config> } = {}): Promise<{ app: App; store: GraphStore }> {
  // The app reads through the same cache as in production (server/store/open-store.ts).
  const store = withReadCache(await memoryStore(), { ttlMs: Infinity });
  if (opts.seed) await ingestArticles(store, readArticleFiles([SEED_DIR]));
  const app = await buildApp({ store, config: testConfig(opts.config) });
  app.addHook('onClose', async () => store.close());
  return { app, store };
}

/** Listens on a free loopback port and returns the base URL, for tests that drive a real browser. */
export async function listenOnLoopback(app: App): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  if (!addr || typeof addr === 'string') throw new Error('app did not listen on a port');
  return `http://127.0.0.1:${addr.port}`;
}
