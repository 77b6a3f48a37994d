/**
 * The GraphStore contract against Neo4j: runs when NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) points
 * at a Neo4j 5 server, e.g. `npm run neo4j:test-server` then `NEO4J_URI=bolt://127.0.0.1:<port> NEO4J_PASSWORD=…
 * npx vitest run tests/store/neo4j.contract.test.ts`. Without NEO4J_URI it is reported as skipped, with the reason
 * (in CI, as failed).
 */
import { defineStoreContract } from './contract.js';
import { neo4jConfig, openNeo4jStore, withNeo4j } from '../helpers/neo4j.js';

withNeo4j('GraphStore contract', () => {
  defineStoreContract(`neo4j (${neo4jConfig!.uri}${neo4jConfig!.database ? `, database ${neo4jConfig!.database}` : ''})`, openNeo4jStore);
});
