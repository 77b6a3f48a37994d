/** The embedded adapter: LadybugDB in-process, in a directory under data/ or ':memory:'. Only file importing @ladybugdb/core. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import lbug from '@ladybugdb/core';
import type { Connection, Database, LbugValue, PreparedStatement, QueryResult } from '@ladybugdb/core';
import { isRelationType, RELATION_TYPES } from '../domain/relation-registry.js';
import { InputError, StoreError, TimeoutError } from '../domain/errors.js';
import { type Cell, CopyPipeline, listSafe } from './bulk-csv.js';
import { kindOfLabel, parseRelationId, type Extraction } from '../domain/types.js';
import type {
  Counts, CypherQuery, CypherResult, GraphStore, LoadResult, PathOptions, Reached, Removal, StoredSnapshot,
} from './graph-store.js';
import {
  ResultRows, consoleGraph, consoleQueryError, embeddedConsoleValue, vetConsoleStatement, withDeadline, writeKeyword, writeRefusal,
} from './console.js';
import { RunnerReads } from './runner-reads.js';
import { recoverInChild } from './embedded-recovery.js';
import { Statements } from './statements.js';
import {
  type ArticleRow, type Existing, type MentionRow, type RelationRow,
  mentionKey, planMerge, validateBatch,
} from './merge.js';
import type { EntityRow } from '../domain/entity-row.js';
import type { Row } from './assemble.js';
import { nodesByIds, type PathEnumerator, type Runner } from './explore.js';
import { PATHS_PER_LENGTH } from './path-rank.js';
import { FlowIndex, type FlowEdgeRow } from './path-search.js';
import { FLOW_TYPES } from '../domain/relation-registry.js';

type Params = Record<string, LbugValue>;

/**
 * One connection and its statement cache. The native binding must not run two statements on one connection at
 * once (it crashes the process), so every call on a lane waits for the previous one.
 */
class Lane {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly prepared = new Map<string, PreparedStatement>();
  pending = 0;

  /**
   * @param afterExhaustion for the app's read connections: resolves once the console queries running now have ended.
   *   A console query that fills the buffer pool makes every other statement fail until it gives up; a read that
   *   fails that way waits for it and runs once more, so the app answers late rather than with a 503.
   */
  constructor(readonly conn: Connection, private readonly afterExhaustion?: () => Promise<void>) {}

  run(text: string, params: Params): Promise<Row[]> {
    return this.exclusive(() => this.exec(text, params)).catch(async (e: unknown) => {
      if (!this.afterExhaustion || !(e instanceof StoreError) || !/Buffer manager exception/i.test(e.message)) throw e;
      await this.afterExhaustion();
      return this.exclusive(() => this.exec(text, params));
    });
  }

  /** Resolves when every call queued on this lane so far has finished. */
  idle(): Promise<void> {
    return this.tail.then(() => undefined);
  }

  /** Runs `fn` with the connection to itself: after every earlier call on this lane, before any later one. */
  exclusive<T>(fn: (conn: Connection) => Promise<T>): Promise<T> {
    this.pending++;
    const next = this.tail.then(() => fn(this.conn));
    this.tail = next.catch(() => undefined).finally(() => this.pending--);
    return next;
  }

  private async exec(text: string, params: Params): Promise<Row[]> {
    let st = this.prepared.get(text);
    if (!st) {
      st = await this.conn.prepare(text);
      if (!st.isSuccess()) throw new StoreError('statement_failed', st.getErrorMessage());
      this.prepared.set(text, st);
    }
    let one: QueryResult | undefined;
    try {
      const res = await this.conn.execute(st, params);
      one = Array.isArray(res) ? res[res.length - 1] : res;
      return await readRows(one);
    } catch (e) {
      throw new StoreError('statement_failed', (e as Error).message);
    } finally {
      one?.close();
    }
  }

  async close(): Promise<void> {
    await this.tail;
    await this.conn.close();
  }
}

/** A relation row as the fields of cypher/embedded/copy-relations.cypher, in the table's column order. */
export const relationCells = (r: RelationRow): Cell[] => [r.source, r.target, r.id, r.props, r.evidence, r.articles, r.sources];

/** Up to this many ids, per-id primary-key queries beat one scan with an IN filter. */
const POINT_QUERY_MAX = 48;

/** Most primary-key lookups joined into one statement (see unionBatches). */
const UNION_MAX = 16;

/**
 * Relation lookups grouped into statements of one type each, of a power-of-two count of lookups (11 = 8 + 2 + 1), so
 * that a handful of prepared statements serve every request. Each statement costs the main thread about as much as a
 * single lookup did (a third of a millisecond in the binding's execute), so a chain answer's dozen lookups cost it
 * three calls, not twelve; the statements of one request still run on different read connections.
 */
function unionBatches<T extends { type: string }>(items: T[]): T[][] {
  const byType = new Map<string, T[]>();
  for (const it of items) (byType.get(it.type) ?? byType.set(it.type, []).get(it.type)!).push(it);
  const out: T[][] = [];
  for (const group of byType.values()) {
    for (let at = 0; at < group.length;) {
      let size = UNION_MAX;
      while (size > group.length - at) size /= 2;
      out.push(group.slice(at, at + size));
      at += size;
    }
  }
  return out;
}

interface NodeFacts {
  degree: Map<string, number>;
  sanctioned: Set<string>;
}

/** Rows of each kind kept between writes (see relationRows): a few megabytes. */
const ROWS_KEPT = 20_000;

/** Quiet time after a write before the flow index is rebuilt in the background. */
const REWARM_AFTER_MS = 300;

/** Rows read between yields to the event loop, so a large result never holds up other requests for long. */
const ROWS_PER_SLICE = 2048;

/**
 * All rows of an executed statement. The result is already materialised, so rows are read synchronously, in slices
 * with a yield between them: the binding's async getAll makes one thread-pool round trip per row (about 30 µs each,
 * nine seconds for 300k rows where this takes a third of a second).
 */
async function readRows(res: QueryResult): Promise<Row[]> {
  const rows: Row[] = [];
  while (res.hasNext()) {
    rows.push(res.getNextSync() as Row);
    if (rows.length % ROWS_PER_SLICE === 0) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return rows;
}

/** Concurrent reads go to the least busy of a few read connections. */
const READ_LANES = 3;
/**
 * Cypher console queries get connections of their own: each carries the console's time limit, and a researcher's
 * slow query never holds up the app's reads.
 */
const CONSOLE_LANES = 2;

export class EmbeddedStore extends RunnerReads implements GraphStore {
  readonly kind = 'embedded' as const;
  private db!: Database;
  private reads: Lane[] = [];
  private consoles: Lane[] = [];
  private write!: Lane;
  private readonly stmts = new Statements('embedded');
  /** Flow adjacency indexes by filter; dropped whenever a write commits. */
  private flowIndexes = new Map<string, Promise<FlowIndex>>();
  protected readonly runner: Runner = (intent, params) =>
    intent === 'relations-by-ids' ? this.kept(this.relationRows, params.ids as string[], (ids) => this.relationsByIds(ids))
      : intent === 'entities-by-ids' ? this.entityRowsByIds(params.ids as string[])
      : intent === 'entity-nodes' ? this.entityNodes(params.ids as string[])
      : intent === 'degrees' ? this.degrees(params.ids as string[])
        : intent === 'sanctioned' ? this.sanctioned(params.ids as string[])
          : this.q(intent, params as Params);

  /** Counts commits: what a read learnt is kept only if no write committed while it ran. */
  private version = 0;

  /**
   * Every entity's degree and sanction flag, read in two scans per graph version (built in the background after a
   * write, like the flow indexes). A path answer names some thirty entities; one degree query each was two thirds of
   * its database time at 100k entities. Until they are ready, reads ask the database as before.
   */
  private facts?: { ready?: NodeFacts; building: Promise<unknown> };

  private nodeFacts(): NodeFacts | undefined {
    if (!this.facts) {
      const slot: { ready?: NodeFacts; building: Promise<unknown> } = { building: Promise.resolve() };
      slot.building = Promise.all([this.q('all-degrees'), this.q('all-sanctioned')]).then(([deg, sanc]) => {
        slot.ready = { degree: new Map(deg.map((r) => [String(r.id), Number(r.degree)])), sanctioned: new Set(sanc.map((r) => String(r.id))) };
      }, () => {
        if (this.facts === slot) this.facts = undefined;
      });
      this.facts = slot;
    }
    return this.facts.ready;
  }

  private entityRowsByIds(ids: string[]): Promise<Row[]> {
    return this.kept(this.entityRows, ids, (missing) => this.q('entities-by-ids', { ids: missing }));
  }

  /** Entity rows with each one's degree and sanction flag (what Neo4j reads with entity-nodes.cypher). */
  private async entityNodes(ids: string[]): Promise<Row[]> {
    const rows = await this.entityRowsByIds(ids);
    if (!rows.length) return [];
    const found = rows.map((r) => String(r.id));
    const [deg, sanc] = await Promise.all([this.degrees(found), this.sanctioned(found)]);
    const degree = new Map(deg.map((r) => [String(r.id), Number(r.degree)]));
    const sanctioned = new Set(sanc.map((r) => String(r.id)));
    return rows.map((r) => ({ ...r, degree: degree.get(String(r.id)) ?? 0, sanctioned: sanctioned.has(String(r.id)) }));
  }

  private async sanctioned(ids: string[]): Promise<Row[]> {
    const facts = this.nodeFacts();
    return facts ? ids.filter((id) => facts.sanctioned.has(id)).map((id) => ({ id })) : this.q('sanctioned', { ids });
  }

  /**
   * Relation and entity rows by id, kept for the current graph version: hubs and the hops many chains share are read
   * once. A path answer costs some twenty point queries otherwise, each a fixed cost on this thread.
   */
  private relationRows = new Map<string, Row>();
  private entityRows = new Map<string, Row>();

  /** Rows by id from `cache`, the missing ones read with `read` and kept unless a write committed meanwhile. */
  private async kept(cache: Map<string, Row>, ids: string[], read: (missing: string[]) => Promise<Row[]>): Promise<Row[]> {
    const wanted = [...new Set(ids)];
    const out: Row[] = [];
    const missing: string[] = [];
    for (const id of wanted) {
      const r = cache.get(id);
      if (r) out.push(r);
      else missing.push(id);
    }
    if (!missing.length) return out;
    const version = this.version;
    const rows = await read(missing);
    if (version === this.version) {
      if (cache.size + rows.length > ROWS_KEPT) cache.clear();
      if (rows.length <= ROWS_KEPT) for (const r of rows) cache.set(String(r.id), r);
    }
    return [...out, ...rows];
  }

  /**
   * Degrees of entities. An IN filter scans every entity (~10 ms at 100k), so a short list is answered by one
   * primary-key query per id, spread over the read connections; a long one by the scan.
   */
  private async degrees(ids: string[]): Promise<Row[]> {
    const facts = this.nodeFacts();
    if (facts) return ids.flatMap((id) => (facts.degree.has(id) ? [{ id, degree: facts.degree.get(id)! }] : []));
    if (ids.length > POINT_QUERY_MAX) return this.q('degrees', { ids });
    return (await Promise.all([...new Set(ids)].map((id) => this.q('degree-of', { id })))).flat();
  }

  /**
   * Relations by id. Relations have no id index here, but an id names its type and ends (relationId): a short list is
   * answered by primary-key lookups from each relation's two ends, a long one per type from the source nodes.
   */
  private async relationsByIds(ids: string[]): Promise<Row[]> {
    const wanted = new Set(ids);
    const parsed = [...wanted].map(parseRelationId).filter((p) => p !== null && isRelationType(p.type)) as
      { type: string; source: string; target: string }[];
    if (parsed.length <= POINT_QUERY_MAX) {
      const rows = await Promise.all(unionBatches(parsed).map(async (batch) => {
        const { type } = batch[0];
        const params: Params = {};
        batch.forEach((p, i) => {
          params[`source${i}`] = p.source;
          params[`target${i}`] = p.target;
        });
        return (await this.readLane().run(this.stmts.unionOf(this.stmts.forType('relation-between', type), batch.length), params))
          .map((r): Row => ({ ...r, type }));
      }));
      return rows.flat().filter((r) => wanted.has(String(r.id)));
    }
    const byType = new Map<string, Set<string>>();
    for (const p of parsed) (byType.get(p.type) ?? byType.set(p.type, new Set()).get(p.type)!).add(p.source);
    const out: Row[] = [];
    await Promise.all([...byType].map(async ([type, sources]) => {
      for (const r of await this.readLane().run(this.stmts.forType('relations-from-sources', type), { ids: [...sources] })) {
        if (wanted.has(String(r.id))) out.push({ ...r, type });
      }
    }));
    return out;
  }
  /** Writes are serialised: one explicit transaction at a time on the write connection. */
  private writeQueue: Promise<unknown> = Promise.resolve();

  /**
   * @param path a directory for the database, or ':memory:'
   * @param bulkMin batches creating at least this many rows of one kind go through COPY instead of UNWIND
   * @param bufferPoolBytes the engine's buffer pool; LadybugDB's default is 80% of the machine's memory, which lets
   *   one console query take the memory the rest of the machine needs (a failed allocation is an error, not a crash)
   * @param warn told when opening had to drop the write-ahead log a killed process left (see embedded-recovery.ts)
   */
  constructor(
    private readonly path: string, private readonly bulkMin = 500, private readonly bufferPoolBytes = 1024 ** 3,
    private readonly warn: (message: string) => void = () => {},
  ) {
    super();
  }

  async init(): Promise<void> {
    if (this.path !== ':memory:') {
      mkdirSync(dirname(this.path), { recursive: true });
      const dropped = await recoverInChild(this.path, this.bufferPoolBytes);
      if (dropped) this.warn(dropped);
    }
    try {
      // The engine's automatic checkpoint is off: it ran inside a COMMIT once the write-ahead log passed its
      // threshold, while the read connections were executing queries, and LadybugDB 0.19.1 then crashes the process
      // (SIGSEGV; tests/fault/concurrent-reads.test.ts reproduced it in seconds). This store checkpoints after every
      // commit itself, with every other connection held idle (checkpoint()). Arguments: compression on, read-write,
      // no size cap (the library's defaults), automatic checkpoints off.
      this.db = new lbug.Database(this.path, this.bufferPoolBytes, true, false, 0, false);
      await this.db.init();
    } catch (e) {
      // The caller (archive/startup.ts) decides what to do: a damaged database is moved aside and rebuilt from the archive.
      throw new StoreError('store_unavailable', `cannot open the embedded database at ${this.path}: ${(e as Error).message}`);
    }
    this.write = new Lane(new lbug.Connection(this.db));
    const consolesIdle = async () => {
      await Promise.all(this.consoles.map((l) => l.idle()));
    };
    this.reads = Array.from({ length: READ_LANES }, () => new Lane(new lbug.Connection(this.db), consolesIdle));
    this.consoles = Array.from({ length: CONSOLE_LANES }, () => new Lane(new lbug.Connection(this.db)));
    for (const s of ['schema-entity', 'schema-article', 'schema-mentions', 'schema-snapshot']) await this.write.run(this.stmts.get(s), {});
    for (const t of RELATION_TYPES) await this.write.run(this.stmts.forType('schema-relation', t), {});
    this.counted = await this.countOn((s) => this.write.run(this.stmts.get(s), {}));
  }

  async close(): Promise<void> {
    clearTimeout(this.rewarm);
    await this.writeQueue.catch(() => undefined);
    // Fold the write-ahead log into the database file now: the native close finishes in the background, and a
    // process that exits right after it would leave a WAL the next open cannot replay.
    if (this.path !== ':memory:' && this.write) await this.checkpoint();
    for (const lane of [...this.reads, ...this.consoles, this.write]) await lane?.close();
    await this.db?.close();
  }

  /** The least busy read connection. */
  private readLane(): Lane {
    return this.reads.reduce((best, l) => (l.pending < best.pending ? l : best));
  }

  private q(intent: string, params: Params = {}): Promise<Row[]> {
    return this.readLane().run(this.stmts.get(intent), params);
  }

  /** Runs `fn` in one transaction on the write connection; `onCommit` runs after COMMIT, before the next write. */
  private inWriteTransaction<T>(fn: () => Promise<T>, onCommit?: (out: T) => void): Promise<T> {
    const next = this.writeQueue.then(async () => {
      await this.write.run('BEGIN TRANSACTION', {});
      try {
        const out = await fn();
        await this.write.run('COMMIT', {});
        // Fold the write-ahead log into the database file after every write batch: LadybugDB 0.19.1 writes a WAL
        // record it cannot replay for a string over ~4 KB (fixed upstream after that release), so a process killed
        // with such a record in its WAL leaves a database that will not open. A failed checkpoint is not a failed
        // write: the batch is committed, and a WAL that will not replay is handled at the next start (startup.ts).
        if (this.path !== ':memory:') await this.checkpoint();
        this.version++;
        this.flowIndexes.clear();
        this.facts = undefined;
        this.relationRows.clear();
        this.entityRows.clear();
        this.rewarmSoon();
        onCommit?.(out);
        return out;
      } catch (e) {
        await this.write.run('ROLLBACK', {}).catch(() => undefined);
        throw e;
      }
    });
    this.writeQueue = next.catch(() => undefined);
    return next;
  }

  /**
   * Runs CHECKPOINT with every connection to itself: LadybugDB 0.19.1 crashes the process (SIGSEGV) when a checkpoint
   * runs while another connection executes a query, so each lane is held idle (after what it is running) until done.
   */
  private async checkpoint(): Promise<void> {
    const others = [...this.reads, ...this.consoles];
    const held = others.map((lane) => {
      let release!: () => void;
      const free = new Promise<void>((r) => (release = r));
      const entered = new Promise<void>((r) => void lane.exclusive(() => {
        r();
        return free;
      }));
      return { entered, release };
    });
    try {
      await Promise.all(held.map((h) => h.entered));
      await this.write.exclusive(async (conn) => {
        const res = await conn.query('CHECKPOINT');
        for (const r of Array.isArray(res) ? res : [res]) r.close();
      });
    } catch {
      // A failed checkpoint is not a failed write (see inWriteTransaction).
    } finally {
      for (const h of held) h.release();
    }
  }

  loadBatch(batch: Extraction): Promise<LoadResult> {
    return this.replaceSubgraph({ entities: [], relations: [] }, batch);
  }

  async replaceSubgraph(remove: Removal, batch: Extraction): Promise<LoadResult> {
    const known = await this.known();
    const removing = remove.entities.length + remove.relations.length > 0;
    return this.inWriteTransaction(async () => {
      const w = (text: string, params: Params = {}) => this.write.run(text, params);
      if (removing) {
        for (const type of RELATION_TYPES) {
          const ids = remove.relations.filter((id) => parseRelationId(id)?.type === type);
          if (ids.length) await w(this.stmts.forType('delete-relations', type), { ids });
        }
        if (remove.entities.length) await w(this.stmts.get('delete-entities'), { ids: remove.entities });
        // Relations that went with a removed entity are not all named in `remove`: the id sets are read again.
        this.knownIds = undefined;
        const fresh = await this.known();
        known.entities = fresh.entities;
        known.relations = fresh.relations;
      }
      const existing = await this.existingFor(batch);
      const inBatch = new Set(batch.entities.map((e) => e.id));
      validateBatch(batch, (id) => inBatch.has(id) || known.entities.has(id));
      const plan = planMerge(batch, existing);
      const isNew = <T extends { id: string }>(m: Map<string, unknown>) => (r: T) => !m.has(r.id);

      const bulk = new CopyPipeline((statement) => w(statement));
      const [newEnts, oldEnts] = split(plan.entities, isNew(existing.entities));
      await this.create(bulk, newEnts, 'entities', (r) => [r.id, r.name, r.kind, r.aliases, r.keys, r.search, r.country, r.notes],
        (r) => listSafe(r.aliases) && listSafe(r.keys));
      if (oldEnts.length) await w(this.stmts.get('update-entities'), { rows: oldEnts as unknown as LbugValue });

      const [newArts, oldArts] = split(plan.articles, isNew(existing.articles));
      await this.create(bulk, newArts, 'articles', (r) => [r.id, r.title, r.source, r.url, r.publishedAt, r.text], () => true);
      if (oldArts.length) await w(this.stmts.get('update-articles'), { rows: oldArts as unknown as LbugValue });

      for (const type of RELATION_TYPES) {
        const [fresh, old] = split(plan.relations.filter((r) => r.type === type), isNew(existing.relations));
        await this.create(bulk, fresh, 'relations', relationCells, (r) => listSafe(r.articles), type);
        if (old.length) await w(this.stmts.forType('update-relations', type), { rows: old as unknown as LbugValue });
      }
      // Mentions the store does not hold yet (all of a new article's) go in by COPY in a large batch: MERGE over UNWIND
      // took a third of a bulk load's store time.
      const [newMentions, oldMentions] = split(plan.mentions, (m) => !existing.mentions.has(mentionKey(m.article, m.entity)));
      const bulkMentions = newMentions.length >= this.bulkMin;
      if (bulkMentions) await bulk.add(this.stmts.get('copy-mentions'), newMentions.map((m) => [m.article, m.entity, m.spans]));
      const mentions = bulkMentions ? oldMentions : plan.mentions;
      await bulk.drain();
      if (mentions.length) await w(this.stmts.get('upsert-mentions'), { rows: mentions as unknown as LbugValue });
      return { plan, counts: await this.countOn((s) => w(this.stmts.get(s))) };
    }, ({ plan, counts }) => {
      for (const e of plan.entities) known.entities.add(e.id);
      for (const r of plan.relations) known.relations.add(r.id);
      this.counted = counts;
    }).then(({ plan }) => plan.result, (e) => {
      // A rolled-back removal leaves the id sets wrong: they are read again on the next write.
      if (removing) this.knownIds = undefined;
      throw e;
    });
  }

  /**
   * Counts as of the last commit. This process is the database's only writer, so counting inside each write
   * transaction keeps them exact, and reading them never waits for the database (a checkpoint holds every
   * connection for its duration, which on a busy disk can be a second or more: /api/health must not wait for it).
   */
  private counted: Counts = { entities: 0, relations: 0, articles: 0 };

  private async countOn(run: (intent: string) => Promise<Row[]>): Promise<Counts> {
    const [e, r, a] = await Promise.all(['count-entities', 'count-relations', 'count-articles'].map(run));
    return { entities: Number(e[0].n), relations: Number(r[0].n), articles: Number(a[0].n) };
  }

  /**
   * Ids of every entity and relation, kept in memory: the process that opened the embedded database is its only
   * writer, so the sets stay exact, and they make a large batch's "does it exist?" checks free. Loaded on first write.
   */
  private knownIds?: Promise<{ entities: Set<string>; relations: Set<string> }>;

  private known() {
    this.knownIds ??= Promise.all([this.write.run(this.stmts.get('all-entity-ids'), {}), this.write.run(this.stmts.get('all-relation-ids'), {})])
      .then(([e, r]) => ({ entities: new Set(e.map((x) => String(x.id))), relations: new Set(r.map((x) => String(x.id))) }));
    return this.knownIds;
  }

  /** What the store already holds of everything a batch touches: full rows only for what exists. */
  private async existingFor(batch: Extraction): Promise<Existing> {
    const w = (text: string, params: Params) => this.write.run(text, params);
    const known = await this.known();
    const existing: Existing = { entities: new Map(), relations: new Map(), articles: new Map(), mentions: new Map() };
    const entityIds = [...new Set(batch.entities.map((e) => e.id))].filter((id) => known.entities.has(id));
    if (entityIds.length) {
      for (const r of (await w(this.stmts.get('entities-by-ids'), { ids: entityIds })) as unknown as EntityRow[]) existing.entities.set(r.id, r);
    }
    for (const type of RELATION_TYPES) {
      const old = batch.relations.filter((r) => r.type === type && known.relations.has(r.id));
      if (!old.length) continue;
      const wanted = new Set(old.map((r) => r.id));
      const rows = await w(this.stmts.forType('relations-from-sources', type), { ids: [...new Set(old.map((r) => r.source))] });
      for (const r of rows as unknown as RelationRow[]) if (wanted.has(r.id)) existing.relations.set(r.id, { ...r, type });
    }
    const articleIds = batch.articles.map((a) => a.id);
    for (const r of (await w(this.stmts.get('articles-by-ids'), { ids: articleIds })) as unknown as ArticleRow[]) existing.articles.set(r.id, r);
    for (const r of (await w(this.stmts.get('mentions-by-articles'), { ids: articleIds })) as unknown as MentionRow[]) {
      existing.mentions.set(mentionKey(r.article, r.entity), r);
    }
    return existing;
  }

  /**
   * Creates new rows: through COPY from a temporary CSV file, pipelined with the engine (see CopyPipeline), for a large batch
   * whose list values the CSV list syntax can carry; else through UNWIND. Both run inside the caller's transaction.
   */
  private async create<T>(bulk: CopyPipeline, rows: T[], what: 'entities' | 'articles' | 'relations', cells: (r: T) => Cell[],
    csvOk: (r: T) => boolean, type?: string): Promise<void> {
    if (!rows.length) return;
    const text = (intent: string) => (type ? this.stmts.forType(intent, type) : this.stmts.get(intent));
    if (rows.length >= this.bulkMin && rows.every(csvOk)) {
      // One file per table: a second COPY into a relationship table that already holds rows costs more than the first.
      await bulk.add(text(`copy-${what}`), rows.map(cells));
    } else {
      await this.write.run(text(`create-${what}`), { rows: rows as unknown as LbugValue });
    }
  }

  /** From memory: counted inside each write (see `counted`), so health never waits for a checkpoint. */
  override async counts(): Promise<Counts> {
    return { ...this.counted };
  }

  /** The flow graph as an in-memory index, built once per filter from the database and reused until a write. */
  private flowIndex(types: string[], minSources: number): Promise<FlowIndex> {
    const t = types.length ? [...types].sort() : FLOW_TYPES;
    const key = `${t.join(',')}|${minSources}`;
    let idx = this.flowIndexes.get(key);
    if (!idx) {
      idx = this.q('flow-edges', { types: t, minSources }).then((rows) => new FlowIndex(rows as unknown as FlowEdgeRow[]));
      this.flowIndexes.set(key, idx);
      idx.catch(() => this.flowIndexes.delete(key));
    }
    return idx;
  }

  async warm(): Promise<void> {
    this.nodeFacts();
    await Promise.all([this.flowIndex([], 0), this.facts?.building]);
  }

  private rewarm?: NodeJS.Timeout;

  /**
   * Rebuilds the unfiltered flow index shortly after the last write, so the next path query after a load (at 300k
   * relations the build takes about a second) usually finds it ready. A run of writes rebuilds once, after the last.
   */
  private rewarmSoon(): void {
    clearTimeout(this.rewarm);
    this.rewarm = setTimeout(() => void this.warm().catch(() => undefined), REWARM_AFTER_MS);
    this.rewarm.unref();
  }

  /**
   * Chains are searched over the in-memory flow index of the query's filter, built (or taken from memory) only when
   * both ends are known: an unknown name answers without it.
   */
  protected chainQuery<T>(q: PathOptions, use: (run: Runner, enumerate: PathEnumerator) => Promise<T>): Promise<T> {
    return use(this.runner, async (from, to) => {
      const idx = await this.flowIndex(q.types, q.minSources);
      const search = await idx.pathSearch(from, to, q.maxHops);
      return search && { minHops: search.minHops, ofLength: (hops) => search.ofLength(hops, PATHS_PER_LENGTH) };
    });
  }

  async reach(id: string, direction: 'up' | 'down', maxHops: number, types: string[], limit: number): Promise<{ items: Reached[]; truncated: boolean }> {
    const idx = await this.flowIndex(types, 0);
    const all = idx.reach(id, direction, maxHops);
    const hits = all.slice(0, limit);
    const nodes = await nodesByIds(this.runner, hits.map((h) => h.id));
    const items = hits.filter((h) => nodes.has(h.id)).map((h) => ({ entity: nodes.get(h.id)!, hops: h.hops }));
    return { items, truncated: all.length > limit };
  }

  // -------------------------------------------------------------------------------------------------------------
  // Cypher console

  /**
   * One console query on a console connection. The statement passes the shared gate (console.ts), is prepared, and
   * is refused unless LadybugDB reports it read-only; it then runs inside a READ ONLY transaction (so the engine
   * itself would stop a write) under the connection's query timeout, which interrupts it inside the engine.
   */
  async cypher(q: CypherQuery): Promise<CypherResult> {
    const vetted = vetConsoleStatement(q.query, 'embedded', q.params);
    // Only the parameters the statement names: LadybugDB rejects extra ones, Neo4j ignores them.
    const params = Object.fromEntries(vetted.params.filter((p) => p in q.params).map((p) => [p, q.params[p] as LbugValue]));
    const lane = this.consoles.reduce((best, l) => (l.pending < best.pending ? l : best));
    const timedOut = `the query ran past the ${q.timeoutMs / 1000} s time limit and was cancelled`;
    const work = lane.exclusive(async (conn) => {
      let st: PreparedStatement;
      try {
        st = await conn.prepare(q.query);
      } catch (e) {
        throw consoleQueryError((e as Error).message);
      }
      if (!st.isSuccess()) {
        const message = st.getErrorMessage();
        // A statement the engine cannot even parse never runs; when it was meant to write, say so.
        const kw = writeKeyword(vetted.tokens);
        if (kw) throw writeRefusal(kw, `LadybugDB: ${message.split('\n')[0]}`);
        const hint = kindLabelHint(q.query, message);
        throw hint ? new StoreError('query_error', hint, true) : consoleQueryError(message);
      }
      if (!st.isReadOnly()) throw writeRefusal(writeKeyword(vetted.tokens) ?? 'this statement');
      conn.setQueryTimeout(q.timeoutMs);
      await conn.query('BEGIN TRANSACTION READ ONLY');
      try {
        const res = await conn.execute(st, params);
        const one = Array.isArray(res) ? res[res.length - 1] : res;
        try {
          const columns = one.getColumnNamesSync();
          const out = new ResultRows(q.rowCap, q.maxBytes);
          while (out.open && one.hasNext()) {
            const rec = one.getNextSync() ?? {};
            out.add(columns.map((c) => embeddedConsoleValue(rec[c])));
          }
          return { columns, rows: out.rows, truncated: out.truncated || one.hasNext(), refs: out.refs };
        } finally {
          one.close();
        }
      } catch (e) {
        if (e instanceof InputError) throw e;
        const message = (e as Error).message ?? String(e);
        if (/interrupt/i.test(message)) throw new TimeoutError(timedOut);
        if (/read-only transaction/i.test(message)) throw writeRefusal(writeKeyword(vetted.tokens) ?? 'this statement');
        throw consoleQueryError(message);
      } finally {
        // The engine may have ended the transaction itself (an interrupted query); then there is nothing to roll back.
        await conn.query('ROLLBACK').catch(() => undefined);
      }
    });
    // The engine's timeout interrupts execution only; this bounds preparing and reading too (a second of grace lets
    // the engine's own interrupt answer first when it can).
    const { columns, rows, truncated, refs } = await withDeadline(work, q.timeoutMs + 1000, timedOut);
    return { columns, rows, truncated, graph: await consoleGraph(this.runner, refs) };
  }

  // -------------------------------------------------------------------------------------------------------------
  // Exports and snapshots (shared reads in bulk-reads.ts)

  async saveSnapshot(s: StoredSnapshot): Promise<void> {
    await this.inWriteTransaction(() => this.write.run(this.stmts.get('create-snapshot'), { ...s }));
  }
}

/**
 * Researchers coming from Neo4j write `MATCH (c:Company)`: here every entity is in the one Entity table, its kind a
 * property. When the engine reports a missing table that names a kind, answer with the query that works.
 */
export function kindLabelHint(query: string, message: string): string | null {
  const table = /Table (\w+) does not exist/i.exec(message)?.[1];
  const kind = table ? kindOfLabel(table) : undefined;
  if (!table || !kind) return null;
  const variable = new RegExp(`\\(\\s*(\\w+)\\s*:\\s*${table}\\b`).exec(query)?.[1] ?? 'e';
  return `There is no ${table} table on the embedded store: every entity is an Entity, with its kind as a property. ` +
    `Write MATCH (${variable}:Entity) WHERE ${variable}.kind = '${kind}' instead of MATCH (${variable}:${table}). ` +
    `(LadybugDB: ${message.split('\n')[0]})`;
}

function split<T>(xs: T[], pred: (x: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const x of xs) (pred(x) ? yes : no).push(x);
  return [yes, no];
}
