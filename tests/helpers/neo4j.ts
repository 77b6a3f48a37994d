/**
 * Neo4j in tests. Suites that need a server run when NEO4J_URI points at one (`npm run neo4j:test-server` starts a
 * throwaway one; .ci/run does so by itself). Outside CI a missing server is reported as a skip with its reason; in CI
 * (CI=true) it is a failure, because CI must show the Neo4j suites passing.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../server/config.js';
import { Neo4jStore } from '../../server/store/neo4j-store.js';
import { inCi } from './ci.js';
import { wipeNeo4j as wipe } from '../../bench/neo4j-scratch.js';

export const neo4jConfig: Config['neo4j'] = loadConfig(process.env).neo4j;

/** An open Neo4jStore on the configured server; a server that is named but down fails within the hook timeout. */
export async function openNeo4jStore(): Promise<Neo4jStore> {
  if (!neo4jConfig) throw new Error('NEO4J_URI is not set');
  const store = new Neo4jStore(neo4jConfig, { startupTimeoutMs: 20_000 });
  await store.init();
  return store;
}

/** Registers `define` when a server is configured; otherwise a visible skip, or in CI a failing test, naming `what`. */
export function withNeo4j(what: string, define: () => void): void {
  if (neo4jConfig) return define();
  const reason = 'set NEO4J_URI to run against a Neo4j 5 server (npm run neo4j:test-server starts one)';
  if (inCi) {
    describe(`${what}: neo4j`, () => {
      it('needs a Neo4j server in CI', () => expect.fail(`CI=true but NEO4J_URI is not set: ${reason}`));
    });
    return;
  }
  console.warn(`${what}: neo4j SKIPPED — ${reason}`);
  describe.skip(`${what}: neo4j — skipped: ${reason}`, () => {
    it(`runs ${what} against Neo4j`, () => expect(neo4jConfig, reason).toBeDefined());
  });
}

/**
 * Empties the configured Neo4j database. Only the `neo4j` test project calls it (vitest.config.ts), whose files run
 * one at a time after every other file, because Community Edition has a single database to share.
 */
export async function wipeNeo4j(): Promise<void> {
  if (!neo4jConfig) throw new Error('NEO4J_URI is not set');
  await wipe(neo4jConfig);
}
