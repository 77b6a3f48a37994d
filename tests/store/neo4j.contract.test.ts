/**
 * The GraphStore contract against Neo4j: runs when NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) points
 * at a Neo4j 5 server, e.g. `docker compose up neo4j` then
 * `NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=… npx vitest run tests/store/neo4j.contract.test.ts`.
 * The suite uses unique ids per test and only adds data, so a shared database is safe. Without NEO4J_URI it is
 * reported as skipped, with the reason, rather than left out silently.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.js';
import { Neo4jStore } from '../../server/store/neo4j-store.js';
import { defineStoreContract } from './contract.js';

const config = loadConfig(process.env);
const neo4jConfig = config.neo4j;

if (neo4jConfig) {
  defineStoreContract(`neo4j (${neo4jConfig.uri}${neo4jConfig.database ? `, database ${neo4jConfig.database}` : ''})`, async () => {
    // A server that is named but down should fail the run within the hook timeout, not wait the app's full minute.
    const store = new Neo4jStore(neo4jConfig, { startupTimeoutMs: 20_000 });
    await store.init();
    return store;
  });
} else {
  const reason = 'set NEO4J_URI to run against a Neo4j 5 server';
  console.warn(`GraphStore contract: neo4j SKIPPED — ${reason} (see tests/store/neo4j.contract.test.ts)`);
  describe.skip(`GraphStore contract: neo4j — skipped: ${reason}`, () => {
    it('runs the GraphStore contract (tests/store/contract.ts) against Neo4j', () => {
      expect(neo4jConfig, reason).toBeDefined();
    });
  });
}
