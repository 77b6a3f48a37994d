/**
 * Reads config, opens the archive and the store (healing the store from the archive), loads the seeds on first start,
 * serves the API and client, shuts down cleanly.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { openArchivedStore } from './archive/startup.js';
import { configuredBatchExtractor } from './extract/extractor.js';
import { Ingestor } from './ingest.js';
import { loggerOptions } from './logging.js';
import { readArticleFiles } from './seed.js';
import { defaultPoolSize, ExtractPool } from './workers/extract-pool.js';

function newestMtime(dir: string): number {
  let t = 0;
  for (const f of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, f.name);
    t = Math.max(t, f.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Builds the client when dist/ is missing or older than its sources, so `npm start` is the only command needed. */
async function ensureClient(clientDir: string): Promise<void> {
  const index = join(clientDir, 'index.html');
  const src = resolve('client');
  if (!existsSync(src)) return;
  if (existsSync(index) && statSync(index).mtimeMs >= newestMtime(src)) return;
  console.log('building the client (first start or sources changed)…');
  const { build } = await import('vite');
  try {
    await build({ configFile: resolve('client/vite.config.ts'), logLevel: 'warn' });
  } catch (e) {
    // The API is still useful without the page; say so plainly rather than refuse to start.
    console.error(`the client failed to build (${(e as Error).message.split('\n')[0]}); serving the API only`);
  }
}

async function main() {
  const config = loadConfig();
  await ensureClient(config.clientDir);
  const pool = new ExtractPool({ size: config.extractWorkers || defaultPoolSize('server'), maxQueue: config.extractQueue });
  const extractWith = configuredBatchExtractor(config);
  const { store, archive } = await openArchivedStore(config, { extractor: pool, extractWith, log: console.log, warn: console.warn });
  const ingestor = new Ingestor(store, archive, pool, extractWith);
  // Seeds go in once: when neither the archive nor the store holds any article.
  if (!archive?.articleCount && (await store.counts()).articles === 0 && config.seedDir && existsSync(config.seedDir)) {
    const inputs = readArticleFiles([config.seedDir]);
    console.log(`empty store: loading ${inputs.length} seed articles from ${config.seedDir}…`);
    const t = Date.now();
    const out = await ingestor.ingest(inputs, { origin: 'seeds', reload: false });
    console.log(`loaded ${out.entities} entities and ${out.relations} relations in ${Date.now() - t} ms`);
  }
  const app = await buildApp({ store, config, logger: loggerOptions(config), ingestor });
  let stopping = false;
  const shutdown = async (signal: string) => {
    // A second signal while closing is ignored: killing the store mid-close would leave a WAL it cannot replay.
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal}: shutting down`);
    await app.close();
    await pool.close();
    await store.close();
    await archive?.close();
    process.exitCode = 0;
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  // Build the path-search index now rather than on the first investigator's query.
  store.warm?.().catch((e) => app.log.warn({ err: e }, 'warming the store failed'));
  const c = await store.counts();
  app.log.info(`${store.kind} store: ${c.entities} entities, ${c.relations} relations, ${c.articles} articles` +
    `${archive ? ` (archive: ${archive.dir})` : ''}; ${pool.size} extraction worker(s); open http://localhost:${config.port}`);
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? `configuration error: ${e.message}` : e instanceof Error ? e.message : e);
  process.exit(1);
});
