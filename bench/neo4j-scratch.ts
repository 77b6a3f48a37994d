/**
 * A Neo4j database a benchmark may fill: it must be empty when the bench starts (a bench never touches data it did
 * not load), and the bench empties it again when done, so the next bench (`npm run bench` runs them in a row) finds it
 * empty too. `npm run neo4j:test-server` starts a throwaway server.
 */
import neo4j from 'neo4j-driver';
import type { Config } from '../server/config.js';
import type { GraphStore } from '../server/store/graph-store.js';

type Neo4jConfig = NonNullable<Config['neo4j']>;

/** Throws unless `store` (on `cfg`) holds nothing. */
export async function requireEmpty(store: GraphStore, cfg: Neo4jConfig, bench: string): Promise<void> {
  const before = await store.counts();
  if (before.entities || before.relations || before.articles) {
    throw new Error(`${bench} needs an empty Neo4j database; ${cfg.uri} holds ${JSON.stringify(before)} ` +
      '(npm run neo4j:test-server starts a throwaway one)');
  }
}

/** Deletes every relationship and node of the configured database. */
export async function wipeNeo4j(cfg: Neo4jConfig): Promise<void> {
  const driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password));
  const session = driver.session({ database: cfg.database });
  try {
    // Relationships first, so no inner transaction detaches a hub's many relationships at once.
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
    await driver.close();
  }
}
