/**
 * The console/export/snapshot contract (console-export.contract.ts) on the embedded store, and on Neo4j when NEO4J_URI
 * points at a Neo4j 5 server (as in neo4j.contract.test.ts); without it the Neo4j run is reported as skipped (in CI,
 * as failed).
 */
import { EmbeddedStore } from '../../server/store/embedded-store.js';
import { neo4jConfig, openNeo4jStore, withNeo4j } from '../helpers/neo4j.js';
import { defineConsoleExportContract } from './console-export.contract.js';

defineConsoleExportContract('embedded', async () => {
  const store = new EmbeddedStore(':memory:');
  await store.init();
  return store;
});

withNeo4j('GraphStore contract (console, exports, snapshots)', () => {
  defineConsoleExportContract(`neo4j (${neo4jConfig!.uri})`, openNeo4jStore);
});
