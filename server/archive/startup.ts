/**
 * Opening the app's data: the archive first (its lock keeps a second writer out), then the store. An embedded store
 * whose write-ahead log a killed process left and the engine cannot replay opens as of its last checkpoint (said in a
 * warning; see store/embedded-recovery.ts); one that will not open even so (a damaged file, an engine crash while
 * recovering it) is moved aside, never deleted, and rebuilt from the archive; any archived article the store lacks is projected (a process killed between the archive write
 * and the store write); what the store holds and the archive does not (a store from before the archive) is copied in;
 * corrections recorded but not yet written to the store (a process stopped in between) are applied.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Config } from '../config.js';
import type { BatchExtractor } from '../extract/extractor.js';
import type { Extractor } from '../ingest.js';
import type { GraphStore } from '../store/graph-store.js';
import { openStore } from '../store/open-store.js';
import { Archive, type DocInput } from './archive.js';
import { heal, STAGE_DONE, type Progress } from './project.js';
import { replayCorrections } from '../corrections/corrector.js';

export interface Opened {
  store: GraphStore;
  archive: Archive | null;
}

export interface StartupOptions {
  extractor: Extractor;
  /** The configured model or hybrid extractor, which re-reads archived articles instead of the rules (its answers are cached). */
  extractWith?: BatchExtractor;
  log: (message: string) => void;
  warn: (message: string) => void;
}

/** Moves the embedded database's files (`graph.lbug`, its `.wal` …) into `<data>/aside/<name>-<reason>-<time>/`. */
async function moveStoreAside(dataPath: string, reason: string): Promise<string | null> {
  const dir = dirname(dataPath);
  const base = basename(dataPath);
  if (!existsSync(dir)) return null;
  const files = (await readdir(dir)).filter((f) => f === base || f.startsWith(base + '.'));
  if (!files.length) return null;
  const dest = join(dir, 'aside', `${base}-${reason}-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  await mkdir(dest, { recursive: true });
  for (const f of files) await rename(join(dir, f), join(dest, f));
  return dest;
}

function reader(extractWith: BatchExtractor | undefined) {
  return extractWith && (async (docs: Parameters<BatchExtractor>[0]) => (await extractWith(docs)).extraction);
}

/** Another process holding the database is not damage: moving its files would take them from under it. */
const LOCKED = /lock/i;

async function openOrSetAside(config: Config, warn: (m: string) => void): Promise<GraphStore> {
  try {
    return await openStore(config, warn);
  } catch (e) {
    const message = (e as Error).message;
    if (config.neo4j || config.dataPath === ':memory:' || LOCKED.test(message)) throw e;
    const dest = await moveStoreAside(config.dataPath, 'damaged');
    warn(`the embedded database at ${config.dataPath} would not open (${message.split('\n')[0]}); its files were moved to ` +
      `${dest} and it is being rebuilt from the archive`);
    return openStore(config, warn);
  }
}

/** Prints every committed chunk, and extraction at most twice a second. */
function progressPrinter(print: (m: string) => void, what: string): (p: Progress) => void {
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (p.stage === 'extract' && p.done < p.total && now - last < 500) return;
    last = now;
    print(`${what}: ${STAGE_DONE[p.stage]} ${p.done}/${p.total} articles`);
  };
}

/**
 * Copies into the archive, as one batch, every article the store holds and the archive does not: all of them for a
 * store that predates the archive, or what another process loaded into a shared Neo4j database with its own archive.
 */
async function backfill(store: GraphStore, archive: Archive): Promise<number> {
  const missing = (await store.articleIds()).filter((id) => archive.latestDigest(id) === undefined).sort();
  const docs: DocInput[] = [];
  for (let i = 0; i < missing.length; i += 200) docs.push(...await store.articlesByIds(missing.slice(i, i + 200)));
  if (docs.length) await archive.commit(docs, 'backfill');
  return docs.length;
}

export async function openArchivedStore(config: Config, opts: StartupOptions): Promise<Opened> {
  const archive = config.archiveDir ? await Archive.open(config.archiveDir) : null;
  try {
    const store = await openOrSetAside(config, opts.warn);
    if (!archive) return { store, archive };
    try {
      const n = await backfill(store, archive);
      if (n) opts.log(`copied the store's ${n} articles the archive did not hold into ${archive.dir}`);
      const healed = await heal(store, archive, {
        chunkArticles: config.loadChunkArticles, analyse: opts.extractor.analyse, extractOne: opts.extractor.extractOne, read: reader(opts.extractWith), onProgress: progressPrinter(opts.log, 'projecting the archive'),
        onBatchError: (b, e) => opts.warn(`could not project archived batch ${b.dir} (${b.manifest.docs.length} articles): ${e.message}; ` +
          'it stays in the archive and is tried again at the next start'),
      });
      if (healed.articles.length) opts.log(`projected ${healed.articles.length} archived articles the store did not hold`);
      if (healed.snapshots) opts.log(`restored ${healed.snapshots} archived snapshots the store did not hold`);
      const replayed = await replayCorrections(store, archive.corrections);
      if (replayed) opts.log(`applied ${replayed} recorded corrections the store did not hold`);
      return { store, archive };
    } catch (e) {
      await store.close();
      throw e;
    }
  } catch (e) {
    await archive?.close();
    throw e;
  }
}

/**
 * Rebuilds the store from the archive. The embedded store is opened the usual way first (so a store that predates the
 * archive is copied into it), then moved aside and built anew; a Neo4j database gets every archived article it does
 * not hold (all of them when it is empty: how a user moves from the embedded store to Neo4j).
 */
export async function rebuildStore(config: Config, opts: StartupOptions & { onProgress: (p: Progress) => void }): Promise<{ articles: number; aside: string | null }> {
  let aside: string | null = null;
  if (!config.neo4j) {
    const first = await openArchivedStore(config, opts);
    await first.store.close();
    await first.archive?.close();
    aside = await moveStoreAside(config.dataPath, 'before-rebuild');
  }
  const archive = await Archive.open(config.archiveDir);
  try {
    const store = await openStore(config);
    try {
      const healed = await heal(store, archive, { chunkArticles: config.loadChunkArticles, analyse: opts.extractor.analyse, extractOne: opts.extractor.extractOne, read: reader(opts.extractWith), onProgress: opts.onProgress });
      return { articles: healed.articles.length, aside };
    } finally {
      await store.close();
    }
  } finally {
    await archive.close();
  }
}
