/** The one reader of process.env: validates the environment once, with defaults. */
import { dirname, join, resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  /**
   * The bearer token writes (documents, corrections) must carry. Empty: writes are open on a loopback host and
   * refused on any other (routes/write-access.ts).
   */
  writeToken: string;
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
  /** Most articles a load or rebuild writes to the store in one transaction (archive/project.ts). */
  loadChunkArticles: number;
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
  /** Which extractor reads articles: the rule extractor (default, needs nothing), a language model, or both. */
  extractor: ExtractorKind;
  /** The language model endpoint; set when MODEL_BASE_URL and MODEL_NAME are. */
  model?: ModelConfig;
}

export const EXTRACTOR_KINDS = ['rules', 'model', 'hybrid'] as const;
export type ExtractorKind = (typeof EXTRACTOR_KINDS)[number];

export interface ModelConfig {
  /** An OpenAI-compatible endpoint, e.g. http://localhost:11434/v1 (Ollama). */
  baseUrl: string;
  name: string;
  apiKey: string;
  /** Time limit of one chat-completions request. */
  timeoutMs: number;
  /** Retries of one request after a 429, a 5xx, a timeout or a refused connection (with backoff). */
  retries: number;
  /** Most requests in flight at once. */
  concurrency: number;
  /** Most tokens (prompt + completion) one run may spend; 0 means no limit. */
  tokenBudget: number;
  /** Longest piece of an article sent in one request, and how much consecutive pieces share. */
  chunkChars: number;
  overlapChars: number;
  /** JSON-schema structured output: `auto` asks for it and falls back to plain JSON when the server refuses. */
  structured: 'auto' | 'on' | 'off';
  /** Where answers are cached by (text hash, model, prompt version); empty disables the cache. */
  cacheDir: string;
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
  const extractor = (env.EXTRACTOR || 'rules') as ExtractorKind;
  if (!EXTRACTOR_KINDS.includes(extractor)) throw new ConfigError(`EXTRACTOR must be one of ${EXTRACTOR_KINDS.join(', ')} (got "${env.EXTRACTOR}")`);
  const dataPath = env.DATA_PATH === ':memory:' ? ':memory:' : resolve(env.DATA_PATH || 'data/graph.lbug');
  return {
    port: int(env, 'PORT', 3000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    writeToken: writeToken(env),
    dataPath,
    archiveDir: env.ARCHIVE_DIR ? resolve(env.ARCHIVE_DIR) : dataPath === ':memory:' ? '' : join(dirname(dataPath), 'archive'),
    extractWorkers: int(env, 'EXTRACT_WORKERS', 0, 0, 256),
    extractQueue: int(env, 'EXTRACT_QUEUE', 16, 0, 100_000),
    loadChunkArticles: int(env, 'LOAD_CHUNK_ARTICLES', 1000, 1, 100_000),
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
    extractor,
    model: modelConfig(env, extractor, dataPath),
  };
}

function writeToken(env: NodeJS.ProcessEnv): string {
  const t = env.WRITE_TOKEN?.trim() ?? '';
  if (t && t.length < 12) throw new ConfigError('WRITE_TOKEN must be at least 12 characters (a guessable token protects nothing)');
  return t;
}

/** The model endpoint's settings, or undefined when none is configured (then only the rule extractor can run). */
function modelConfig(env: NodeJS.ProcessEnv, extractor: ExtractorKind, dataPath: string): ModelConfig | undefined {
  const baseUrl = env.MODEL_BASE_URL?.trim();
  const name = env.MODEL_NAME?.trim();
  if (!baseUrl || !name) {
    if (extractor !== 'rules') throw new ConfigError(`EXTRACTOR=${extractor} needs MODEL_BASE_URL and MODEL_NAME`);
    return undefined;
  }
  if (!/^https?:\/\/[^/]/.test(baseUrl)) throw new ConfigError(`MODEL_BASE_URL must start with http:// or https:// (got "${baseUrl}")`);
  const structured = (env.MODEL_STRUCTURED_OUTPUT || 'auto') as ModelConfig['structured'];
  if (!['auto', 'on', 'off'].includes(structured)) throw new ConfigError(`MODEL_STRUCTURED_OUTPUT must be auto, on or off (got "${structured}")`);
  const chunkChars = int(env, 'MODEL_CHUNK_CHARS', 6000, 500, 200_000);
  // The cache lives beside the embedded database, or under data/ when the store is in memory or on Neo4j.
  const dataDir = dataPath === ':memory:' ? resolve('data') : dirname(dataPath);
  return {
    baseUrl,
    name,
    // Local servers ignore the key, but the client sends one; a placeholder keeps it from looking elsewhere.
    apiKey: env.MODEL_API_KEY || 'not-needed',
    timeoutMs: int(env, 'MODEL_TIMEOUT_MS', 120_000, 100, 3_600_000),
    retries: int(env, 'MODEL_RETRIES', 3, 0, 10),
    concurrency: int(env, 'MODEL_CONCURRENCY', 2, 1, 64),
    tokenBudget: int(env, 'MODEL_TOKEN_BUDGET', 0, 0, 1_000_000_000),
    chunkChars,
    overlapChars: int(env, 'MODEL_CHUNK_OVERLAP_CHARS', 600, 0, Math.floor(chunkChars / 2)),
    structured,
    cacheDir: env.MODEL_CACHE_DIR === undefined ? join(dataDir, 'model-cache') : env.MODEL_CACHE_DIR && resolve(env.MODEL_CACHE_DIR),
  };
}
