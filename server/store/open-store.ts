/** Chooses and opens the configured store: Neo4j when NEO4J_URI is set, else the embedded database. */
import type { Config } from '../config.js';
import type { GraphStore } from './graph-store.js';
import { withReadCache } from './read-cache.js';

/**
 * Opens the store, behind the read cache (see read-cache.ts). `warn` hears what opening had to give up (the embedded
 * store's log of a killed run that could not be replayed).
 */
export async function openStore(
  config: Pick<Config, 'dataPath' | 'neo4j'> & Partial<Pick<Config, 'dbBufferPoolBytes'>>, warn?: (message: string) => void,
): Promise<GraphStore> {
  let store: GraphStore;
  if (config.neo4j) {
    const { Neo4jStore } = await import('./neo4j-store.js');
    store = new Neo4jStore(config.neo4j);
  } else {
    const { EmbeddedStore } = await import('./embedded-store.js');
    store = new EmbeddedStore(config.dataPath, undefined, config.dbBufferPoolBytes, warn);
  }
  await store.init();
  // This process is the embedded store's only writer; a Neo4j server may have others, so its answers expire: after two
  // seconds an answer is read again, given meanwhile for up to two more (never one older than four seconds).
  return withReadCache(store, config.neo4j ? { ttlMs: 2000, staleMs: 2000 } : { ttlMs: Infinity });
}
