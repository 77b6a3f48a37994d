/**
 * A read cache in front of a GraphStore: answers to the same read are shared until the graph changes.
 *
 * Investigators ask the same questions many times (the overview on every page load, the same chain from a shared
 * link), and each answer costs a dozen database round trips. Reads are keyed by method and arguments; concurrent
 * identical reads share one call; every call of a method that is not a known read (a load, a snapshot, anything added
 * later) is treated as a write and drops the cache. An answer computed while a write was running is not kept. On a
 * store that other processes can write to (Neo4j), entries also expire after `ttlMs`, and are refreshed in the
 * background for `staleMs` after that.
 *
 * Cached answers are shared between callers: they must never be mutated.
 */
import type { GraphStore } from './graph-store.js';

/** The read methods whose answers depend only on their arguments and the graph. */
const CACHED_READS = new Set<string>([
  'counts', 'searchEntities', 'getEntity', 'graph', 'listArticles', 'getArticle', 'resolveEntity', 'paths', 'pathsBetween', 'neighbors',
  'reach', 'entitiesByIds', 'sanctionedIds', 'articleCounts', 'searchArticles',
]);
/** Reads that pass through uncached: the console (researchers expect a query to run), streaming pages, lifecycle. */
const UNCACHED = new Set<string>([
  'kind', 'init', 'close', 'warm', 'cypher', 'entityPage', 'relationsFrom', 'relationsFromRange', 'relationsWithEvidence',
  'articlePage', 'articlesByIds', 'mentionsOf', 'getSnapshot', 'findByKeys', 'then',
]);

export interface ReadCacheOptions {
  /** Entries are dropped after this long (Infinity when this process is the store's only writer). */
  ttlMs: number;
  /**
   * For this long past ttlMs an expired answer is still given, while one call refreshes it in the background: an entry
   * that expires under load then never makes every caller of that read wait for the store at once (on Neo4j with 50
   * connections those stalls were the p99). Default 0: an expired answer is never given.
   */
  staleMs?: number;
  /** At most this many answers are kept; the least recently used go first. */
  maxEntries?: number;
}

interface Entry {
  value: Promise<unknown>;
  at: number;
  refreshing?: boolean;
}

/** Wraps `store` so that repeated reads are answered from memory until the next write. */
export function withReadCache<S extends GraphStore>(store: S, opts: ReadCacheOptions): S {
  const maxEntries = opts.maxEntries ?? 500;
  const staleMs = opts.staleMs ?? 0;
  const entries = new Map<string, Entry>();
  let version = 0;
  let writing = 0;

  const read = (method: string, fn: (...args: unknown[]) => Promise<unknown>) => (...args: unknown[]) => {
    const key = `${method}\u0000${JSON.stringify(args)}`;
    const hit = entries.get(key);
    const age = hit ? Date.now() - hit.at : Infinity;
    if (hit && (age <= opts.ttlMs || (age <= opts.ttlMs + staleMs && writing === 0))) {
      entries.delete(key); // re-inserted: most recently used last
      entries.set(key, hit);
      if (age > opts.ttlMs && !hit.refreshing) refresh(key, hit, fn, args);
      return hit.value;
    }
    const started = version;
    const value = fn.apply(store, args);
    if (writing === 0) {
      const entry = { value, at: Date.now() };
      entries.set(key, entry);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      // A failed read is not remembered, nor one that a write overtook.
      value.then(
        () => { if (version !== started && entries.get(key) === entry) entries.delete(key); },
        () => { if (entries.get(key) === entry) entries.delete(key); },
      );
    }
    return value;
  };

  /** Reads `key` again; its answer replaces the stale `entry` unless a write came first (a failure leaves it). */
  const refresh = (key: string, entry: Entry, fn: (...args: unknown[]) => Promise<unknown>, args: unknown[]) => {
    entry.refreshing = true;
    const [started, at] = [version, Date.now()];
    const value = fn.apply(store, args);
    value.then(
      () => { if (version === started && entries.get(key) === entry) entries.set(key, { value, at }); },
      () => { entry.refreshing = false; },
    );
  };

  const write = (fn: (...args: unknown[]) => unknown) => (...args: unknown[]) => {
    writing++;
    version++;
    entries.clear();
    const done = () => {
      writing--;
      version++;
      entries.clear();
    };
    try {
      const out = fn.apply(store, args);
      if (out instanceof Promise) return out.finally(done);
      done();
      return out;
    } catch (e) {
      done();
      throw e;
    }
  };

  const wrapped = new Map<PropertyKey, unknown>();
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof prop !== 'string' || typeof value !== 'function' || UNCACHED.has(prop)) {
        return typeof value === 'function' ? value.bind(target) : value;
      }
      let fn = wrapped.get(prop);
      if (!fn) {
        fn = CACHED_READS.has(prop) ? read(prop, value as never) : write(value as never);
        wrapped.set(prop, fn);
      }
      return fn;
    },
  });
}
