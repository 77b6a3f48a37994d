/**
 * The corrections contract (corrections.contract.ts) on the embedded store, and on Neo4j when NEO4J_URI points at a
 * Neo4j 5 server (as in neo4j.contract.test.ts); without it the Neo4j run is reported as skipped.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.js';
import { EmbeddedStore } from '../../server/store/embedded-store.js';
import { Neo4jStore } from '../../server/store/neo4j-store.js';
import { defineCorrectionsContract } from './corrections.contract.js';

defineCorrectionsContract('embedded', async () => {
  const store = new EmbeddedStore(':memory:');
  await store.init();
  return store;
});

const neo4jConfig = loadConfig(process.env).neo4j;
if (neo4jConfig) {
  defineCorrectionsContract(`neo4j (${neo4jConfig.uri})`, async () => {
    const store = new Neo4jStore(neo4jConfig, { startupTimeoutMs: 20_000 });
    await store.init();
    return store;
  });
} else {
  const reason = 'set NEO4J_URI to run against a Neo4j 5 server';
  describe.skip(`GraphStore contract (corrections): neo4j — skipped: ${reason}`, () => {
    it('runs tests/store/corrections.contract.ts against Neo4j', () => expect(neo4jConfig, reason).toBeDefined());
  });
}
