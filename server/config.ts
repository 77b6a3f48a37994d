/** The one reader of process.env: validates the environment once, with defaults. */
import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** Embedded store location: a directory path, or ':memory:'. */
  dataPath: string;
  neo4j?: { uri: string; user: string; password: string; database?: string };
  /** Folder of articles loaded on first start when the store is empty. Empty string disables it. */
  seedDir: string;
  /** Largest accepted request body (bytes); bounds POST /api/articles. */
  bodyLimit: number;
  /** Default and maximum nodes returned by GET /api/graph. */
  graphLimit: number;
  cypherTimeoutMs: number;
  cypherRowCap: number;
  /** Largest console result, in bytes of JSON. */
  cypherMaxBytes: number;
  /** The embedded database's buffer pool (its page cache and working memory), in bytes. */
  dbBufferPoolBytes: number;
  logLevel: string;
  /** One readable line per request (`pretty`), or pino's JSON lines (`json`). */
  logFormat: 'pretty' | 'json';
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

function logFormat(raw: string | undefined, isTty: boolean): Config['logFormat'] {
  if (!raw) return isTty ? 'pretty' : 'json';
  if (raw !== 'pretty' && raw !== 'json') throw new ConfigError(`LOG_FORMAT must be "pretty" or "json", got "${raw}"`);
  return raw;
}

/**
 * Reads and checks the configuration; throws ConfigError with the offending key. `isTty` says whether the log goes to
 * a terminal (the default LOG_FORMAT follows it).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, isTty = Boolean(process.stdout.isTTY)): Config {
  const uri = env.NEO4J_URI?.trim();
  if (uri && !/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/.test(uri)) {
    throw new ConfigError(`NEO4J_URI must start with bolt://, neo4j://, bolt+s://, neo4j+s:// (got "${uri}")`);
  }
  return {
    port: int(env, 'PORT', 3000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    dataPath: env.DATA_PATH === ':memory:' ? ':memory:' : resolve(env.DATA_PATH || 'data/graph.lbug'),
    neo4j: uri
      ? { uri, user: env.NEO4J_USER || 'neo4j', password: env.NEO4J_PASSWORD || '', database: env.NEO4J_DATABASE || undefined }
      : undefined,
    seedDir: env.SEED_DIR === undefined ? resolve('seeds') : env.SEED_DIR && resolve(env.SEED_DIR),
    bodyLimit: int(env, 'BODY_LIMIT', 2 * 1024 * 1024, 1024, 64 * 1024 * 1024),
    graphLimit: int(env, 'GRAPH_LIMIT', 2000, 1, 100_000),
    cypherTimeoutMs: int(env, 'CYPHER_TIMEOUT_MS', 10_000, 100, 600_000),
    cypherRowCap: int(env, 'CYPHER_ROW_CAP', 5000, 1, 1_000_000),
    cypherMaxBytes: int(env, 'CYPHER_MAX_BYTES', 20 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    dbBufferPoolBytes: int(env, 'DB_BUFFER_POOL_MB', 1024, 64, 1024 * 1024) * 1024 * 1024,
    logLevel: env.LOG_LEVEL || 'info',
    logFormat: logFormat(env.LOG_FORMAT, isTty),
    clientDir: resolve(env.CLIENT_DIR || 'dist/client'),
  };
}
