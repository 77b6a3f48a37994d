/** The one reader of process.env: validates the environment once, with defaults. */
import { dirname, join, resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** Embedded store location: a directory path, or ':memory:'. */
  dataPath: string;
  /**
   * The archive of everything users gave the app (server/archive/): by default `archive/` next to the embedded
   * database, also when the store is Neo4j; empty (no archive) when DATA_PATH is ':memory:' unless set.
   */
  archiveDir: string;
  /** Extraction worker threads (server/workers/); 0 means one per core beyond the main thread's (at least one). */
  extractWorkers: number;
  /** Articles that may wait for an extraction worker before POST /api/articles answers 503. */
  extractQueue: number;
  neo4j?: { uri: string; user: string; password: string; database?: string };
  /** Folder of articles loaded on first start when the store is empty. Empty string disables it. */
  seedDir: string;
  /** Largest accepted request body (bytes); bounds POST /api/articles. */
  bodyLimit: number;
  /** Default and maximum nodes returned by GET /api/graph. */
  graphLimit: number;
  cypherTimeoutMs: number;
  cypherRowCap: number;
  logLevel: string;
  clientDir: string;
}

export class ConfigError extends Error {}

function int(env: NodeJS.ProcessEnv, key: string, dflt: number, min: number, max: number): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return dflt;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(`${key} must be an integer from ${min} to ${max}, got "${raw}"`);
  return n;
}

/** Reads and checks the configuration; throws ConfigError with the offending key. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const uri = env.NEO4J_URI?.trim();
  if (uri && !/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/.test(uri)) {
    throw new ConfigError(`NEO4J_URI must start with bolt://, neo4j://, bolt+s://, neo4j+s:// (got "${uri}")`);
  }
  const dataPath = env.DATA_PATH === ':memory:' ? ':memory:' : resolve(env.DATA_PATH || 'data/graph.lbug');
  return {
    port: int(env, 'PORT', 3000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    dataPath,
    archiveDir: env.ARCHIVE_DIR ? resolve(env.ARCHIVE_DIR) : dataPath === ':memory:' ? '' : join(dirname(dataPath), 'archive'),
    extractWorkers: int(env, 'EXTRACT_WORKERS', 0, 0, 256),
    extractQueue: int(env, 'EXTRACT_QUEUE', 16, 0, 100_000),
    neo4j: uri
      ? { uri, user: env.NEO4J_USER || 'neo4j', password: env.NEO4J_PASSWORD || '', database: env.NEO4J_DATABASE || undefined }
      : undefined,
    seedDir: env.SEED_DIR === undefined ? resolve('seeds') : env.SEED_DIR && resolve(env.SEED_DIR),
    bodyLimit: int(env, 'BODY_LIMIT', 2 * 1024 * 1024, 1024, 64 * 1024 * 1024),
    graphLimit: int(env, 'GRAPH_LIMIT', 2000, 1, 100_000),
    cypherTimeoutMs: int(env, 'CYPHER_TIMEOUT_MS', 10_000, 100, 600_000),
    cypherRowCap: int(env, 'CYPHER_ROW_CAP', 5000, 1, 1_000_000),
    logLevel: env.LOG_LEVEL || 'info',
    clientDir: resolve(env.CLIENT_DIR || 'dist/client'),
  };
}
