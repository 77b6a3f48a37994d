/**
 * The Neo4j adapter: neo4j-driver against a Neo4j 5 server (bolt://, neo4j://, neo4j+s://). The only file importing
 * neo4j-driver: driver integers, temporal and graph values become plain JSON here and driver errors become named
 * errors here, so nothing above this file knows which database answered.
 */
import neo4j, {
  Neo4jError, error as driverError, isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isPath,
  isPoint, isRelationship, isTime, isUnboundRelationship,
  type Driver, type ManagedTransaction, type Record as DriverRecord,
} from 'neo4j-driver';
import { FLOW_TYPES, RELATION_TYPES } from '../domain/relation-registry.js';
import { ForbiddenError, StoreError, TimeoutError } from '../domain/errors.js';
import { ENTITY_KINDS, type Extraction } from '../domain/types.js';
import type {
  CypherQuery, CypherResult, GraphNode, GraphStore, LoadResult, PathOptions, Reached, Removal, StoredSnapshot,
} from './graph-store.js';
import {
  ResultRows, consoleGraph, vetConsoleStatement, vetNeo4jPlan,
  type ConsoleNode, type ConsolePath, type ConsoleRelationship,
} from './console.js';
import { RunnerReads } from './runner-reads.js';
import { Statements } from './statements.js';
import {
  type ArticleRow, type Existing, type MentionRow, type RelationRow,
  mentionKey, planMerge, validateBatch,
} from './merge.js';
import type { EntityRow } from '../domain/entity-row.js';
import type { Row } from './assemble.js';
import { nodesByIds, resolveEntities, type PathEnumerator, type Runner } from './explore.js';
import { layeredPathSearch, type LayerReads, type LayerRow } from './layered-path-search.js';
import { PATHS_PER_LENGTH } from './path-rank.js';

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

export interface Neo4jStoreOptions {
  /** How long init() keeps retrying an unreachable or still-starting server (a container just started). */
  startupTimeoutMs?: number;
  /** How long init() waits for new indexes to come online. */
  indexTimeoutSeconds?: number;
}

/**
 * The parameters each statement in cypher/neo4j takes, exactly. Calls are typed by it, and the lint test checks each
 * file against it and against the embedded statement of the same intent (explore.ts runs intents by name with the
 * same parameters on both stores), so a renamed `$param` fails before any server sees it.
 */
export const NEO4J_PARAMS = {
  'all-article-ids': [],
  'article-mentions': ['id'],
  'article-page': ['after', 'limit'],
  'articles-by-ids': ['ids'],
  'await-indexes': ['timeoutSeconds'],
  'count-articles': [],
  'count-entities': [],
  'count-relations': [],
  'create-snapshot': ['id', 'createdAt', 'view'],
  'degrees': ['ids'],
  'describe-countries': [],
  'describe-kinds': [],
  'describe-relations': [],
  'entities-by-ids': ['ids'],
  'entities-by-keys': ['keys'],
  'entity-nodes': ['ids'],
  'entity-articles': ['id'],
  'entity-in': ['id'],
  'entity-out': ['id'],
  'entity-page': ['after', 'limit'],
  'flow-edges': ['types', 'minSources'],
  'entities-in-country': ['country'],
  'flow-out': ['ids', 'types', 'minSources'],
  'flow-in': ['ids', 'types', 'minSources'],
  'flow-out-within': ['ids', 'types', 'minSources', 'within'],
  'flow-in-within': ['ids', 'types', 'minSources', 'within'],
  'flow-open': ['starts', 'targets', 'cap', 'types', 'minSources'],
  'reach-down': ['id', 'types', 'maxHops'],
  'reach-up': ['id', 'types', 'maxHops'],
  'graph-edges': ['types', 'minSources'],
  'graph-nodes': ['kinds'],
  'label-kinds': ['kind'],
  'list-articles': ['limit', 'offset'],
  'mentions-by-articles': ['ids'],
  'neighbors-in': ['ids', 'types'],
  'neighbors-out': ['ids', 'types'],
  'relations-by-ids': ['ids'],
  'relations-from': ['ids'],
  'relations-from-range': ['after', 'last'],
  'sanctioned': ['ids'],
  'all-sanctioned': [],
  'article-entity-counts': ['ids'],
  'article-relation-counts': ['ids'],
  'delete-entities': ['ids'],
  'delete-relations': ['ids'],
  'search-articles': ['q', 'limit'],
  'schema-article': [],
  'schema-entity': [],
  'schema-entity-fulltext': [],
  'schema-entity-search': [],
  'schema-relation': [],
  'schema-snapshot': [],
  'search-entities': ['q', 'scan'],
  'snapshot-by-id': ['id'],
  'upsert-articles': ['rows'],
  'upsert-entities': ['rows'],
  'upsert-mentions': ['rows'],
  'create-relations': ['rows'],
  'update-relations': ['rows'],
} as const satisfies Record<string, readonly string[]>;

export type Intent = keyof typeof NEO4J_PARAMS;
type ParamsOf<I extends Intent> = { [K in (typeof NEO4J_PARAMS)[I][number]]: unknown };

/** Statements holding `__TYPE__`, run once per registry relation type. */
export const PER_TYPE: Intent[] = ['create-relations', 'relations-by-ids', 'schema-relation', 'update-relations', 'delete-relations'];
/** Statements holding `__KIND__`, run once per entity kind. */
export const PER_KIND: Intent[] = ['label-kinds', 'upsert-entities'];
/** Schema statements run once at start, in this order; indexes are then awaited. */
export const SCHEMA: Intent[] = ['schema-entity', 'schema-article', 'schema-entity-search', 'schema-entity-fulltext', 'schema-snapshot'];

// ---------------------------------------------------------------------------------------------------------------
// Values across the boundary

/** A driver Integer as a JSON number when exact, else as its decimal string (never a silently rounded number). */
function integerToJson(v: { inSafeRange(): boolean; toNumber(): number; toString(): string }): number | string {
  return v.inSafeRange() ? v.toNumber() : v.toString();
}

/**
 * Converts a value returned by the driver into plain JSON: Integer → number (string when beyond 2^53), temporal
 * values → ISO strings, points → {srid, x, y[, z]}, nodes, relationships and paths → plain objects with elementIds.
 */
export function toPlain(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (typeof v !== 'object') return v;
  if (isInt(v)) return integerToJson(v);
  if (isDate(v) || isDateTime(v) || isLocalDateTime(v) || isTime(v) || isLocalTime(v) || isDuration(v)) return v.toString();
  if (isPoint(v)) {
    const p: Record<string, unknown> = { srid: toPlain(v.srid), x: v.x, y: v.y };
    if (v.z !== undefined) p.z = v.z;
    return p;
  }
  if (isNode(v)) return { elementId: v.elementId, labels: [...v.labels], properties: toPlain(v.properties) };
  if (isRelationship(v)) {
    return {
      elementId: v.elementId, type: v.type, startNodeElementId: v.startNodeElementId,
      endNodeElementId: v.endNodeElementId, properties: toPlain(v.properties),
    };
  }
  if (isUnboundRelationship(v)) return { elementId: v.elementId, type: v.type, properties: toPlain(v.properties) };
  if (isPath(v)) {
    return {
      nodes: [v.start, ...v.segments.map((s) => s.end)].map(toPlain),
      relationships: v.segments.map((s) => toPlain(s.relationship)),
    };
  }
  if (Array.isArray(v)) return v.map(toPlain);
  if (ArrayBuffer.isView(v)) return Array.from(v as Uint8Array);
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = toPlain(x);
  return out;
}

/**
 * A console result value as plain JSON: nodes, relationships and paths become ConsoleNode / ConsoleRelationship /
 * ConsolePath (the same shapes the embedded store gives), everything else goes through toPlain.
 */
export function neo4jConsoleValue(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (isNode(v)) {
    return { _kind: 'node', id: v.elementId, labels: [...v.labels], properties: toPlain(v.properties) as Record<string, unknown> } satisfies ConsoleNode;
  }
  if (isRelationship(v)) {
    return {
      _kind: 'relationship', id: v.elementId, type: v.type, start: v.startNodeElementId, end: v.endNodeElementId,
      properties: toPlain(v.properties) as Record<string, unknown>,
    } satisfies ConsoleRelationship;
  }
  if (isPath(v)) {
    return {
      _kind: 'path',
      nodes: [v.start, ...v.segments.map((x) => x.end)].map((n) => neo4jConsoleValue(n) as ConsoleNode),
      relationships: v.segments.map((x) => neo4jConsoleValue(x.relationship) as ConsoleRelationship),
    } satisfies ConsolePath;
  }
  if (Array.isArray(v)) return v.map(neo4jConsoleValue);
  if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, neo4jConsoleValue(x)]));
  }
  return toPlain(v);
}

/** One result record as a plain row keyed by the RETURN aliases. */
export function recordToRow(rec: DriverRecord): Row {
  const row: Row = {};
  for (const k of rec.keys) row[String(k)] = toPlain(rec.get(k));
  return row;
}

/**
 * Prepares parameters for the driver. JavaScript has one number type and the driver sends every number as a FLOAT,
 * which SKIP/LIMIT and INTEGER procedure arguments reject, and which would store `sources` as a float: whole numbers
 * in the safe range go as Integer. Undefined becomes null.
 */
export function toDriverParams(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number') return Number.isSafeInteger(v) ? neo4j.int(v) : v;
  if (Array.isArray(v)) return v.map(toDriverParams);
  if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = toDriverParams(x);
    return out;
  }
  return v;
}

// ---------------------------------------------------------------------------------------------------------------
// Errors

const SECURITY = 'Neo.ClientError.Security.';

/** Maps a driver error to a named error (StoreError, TimeoutError); anything else (our own errors) passes through. */
export function mapDriverError(e: unknown, what: string, opts: { userQuery?: boolean } = {}): unknown {
  if (!(e instanceof Neo4jError)) return e;
  const code = e.code ?? '';
  const msg = `${what}: ${e.message}`;
  if (code === driverError.SERVICE_UNAVAILABLE || code === driverError.SESSION_EXPIRED) {
    return new StoreError('store_unavailable', `Neo4j is unreachable (${msg})`);
  }
  if (opts.userQuery && (code === 'Neo.ClientError.Statement.AccessMode' || code === `${SECURITY}Forbidden`)) {
    return new ForbiddenError('read_only', `The Cypher console is read-only: Neo4j refused the statement (${e.message.split('\n')[0]}).`);
  }
  if (code.startsWith(SECURITY)) {
    return new StoreError('store_auth', `Neo4j refused the credentials or the permission (${code}; ${what})`);
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') return new StoreError('store_unavailable', msg);
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) return new TimeoutError(`${what} ran past its time limit`);
  if (code.startsWith('Neo.TransientError.')) return new StoreError('store_busy', msg);
  if (code.startsWith('Neo.ClientError.Statement.')) {
    if (!opts.userQuery) return new StoreError('statement_failed', msg);
    return new StoreError(code.endsWith('.SyntaxError') ? 'syntax_error' : 'query_error', e.message, true);
  }
  if (opts.userQuery && code.startsWith('Neo.ClientError.')) return new StoreError('query_error', e.message, true);
  if (code.startsWith('Neo.ClientError.Schema.')) return new StoreError('schema_error', msg);
  return new StoreError('statement_failed', msg);
}

/** Errors worth waiting out at start: the server is not up yet, or its database is still starting. */
export function isStartupRetryable(e: unknown): boolean {
  if (!(e instanceof Neo4jError)) return false;
  const code = e.code ?? '';
  return code === driverError.SERVICE_UNAVAILABLE || code === driverError.SESSION_EXPIRED ||
    code.startsWith('Neo.TransientError.');
}

/** Runs `fn` until it succeeds, a non-retryable error occurs, or `timeoutMs` has passed; backs off 250 ms → 4 s. */
export async function retryStartup<T>(
  fn: () => Promise<T>,
  timeoutMs: number,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  now: () => number = Date.now,
): Promise<T> {
  const deadline = now() + timeoutMs;
  for (let wait = 250; ; wait = Math.min(wait * 2, 4000)) {
    try {
      return await fn();
    } catch (e) {
      if (!isStartupRetryable(e) || now() + wait > deadline) throw e;
      await sleep(wait);
    }
  }
}

/**
 * The oldest Neo4j the statements run on: `SHORTEST` path patterns with inline predicates (reach-up/down) arrived
 * in 5.21.
 */
export const MIN_NEO4J = { major: 5, minor: 21 } as const;

/** Null when the server agent (e.g. "Neo4j/5.26.1", "Neo4j/2025.01.0") is new enough for the statements, else why not. */
export function unsupportedServer(agent: string | undefined): string | null {
  const m = /^Neo4j\/(\d+)\.(\d+)/.exec(agent ?? '');
  if (!m) return null; // unknown agent string: let the statements decide
  const [major, minor] = [Number(m[1]), Number(m[2])];
  if (major > MIN_NEO4J.major || (major === MIN_NEO4J.major && minor >= MIN_NEO4J.minor)) return null;
  return `Neo4j ${MIN_NEO4J.major}.${MIN_NEO4J.minor} or newer is required (SHORTEST path patterns); the server is ${agent}`;
}

/**
 * Two processes starting at once (test files in parallel, two app replicas) may both create the same index; the
 * loser's "already exists" means the schema is as wanted.
 */
export function isSchemaRace(e: unknown): boolean {
  return e instanceof Neo4jError && /^Neo\.ClientError\.Schema\.(EquivalentSchemaRuleAlreadyExists|IndexAlreadyExists|ConstraintAlreadyExists)$/
    .test(e.code ?? '');
}

// ---------------------------------------------------------------------------------------------------------------

type Work<T> = (tx: ManagedTransaction) => Promise<T>;

/** Rows per UNWIND and ids per IN list when loading. */
export const WRITE_CHUNK = 2000;

/** `list` in consecutive slices of at most `size` (none for an empty list). */
export function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** A relation of a chain search layer as the statements return it (flow-open, flow-out, flow-in and their -within). */
function layerRow(r: Row): LayerRow {
  return { id: String(r.id), source: String(r.source), target: String(r.target), sources: Number(r.sources), degree: Number(r.degree ?? 0) };
}

export class Neo4jStore extends RunnerReads implements GraphStore {
  readonly kind = 'neo4j' as const;
  private driver?: Driver;
  private readonly stmts = new Statements('neo4j');
  /** Shared by every session, so a read always sees this process's earlier writes, also on a cluster. */
  private readonly bookmarks = neo4j.bookmarkManager();
  /**
   * loadBatch reads, merges in memory and writes back: batches from this process run one at a time so two of them
   * cannot both merge evidence into the same relation from the same old value.
   */
  private writeQueue: Promise<unknown> = Promise.resolve();
  /** Flow adjacency indexes by filter, as the embedded adapter keeps them; dropped whenever this process writes. */
  /** Runs intents by name for the shared exploration code (explore.ts), each in its own read transaction. */
  protected readonly runner: Runner = (intent, params) => this.read((tx) => this.runIntent(tx, intent, params), intent);

  constructor(private readonly cfg: Neo4jConfig, private readonly opts: Neo4jStoreOptions = {}) {
    super();
  }

  async init(): Promise<void> {
    const driver = neo4j.driver(this.cfg.uri, neo4j.auth.basic(this.cfg.user, this.cfg.password), {
      userAgent: 'supply-graph',
    });
    this.driver = driver;
    const startup = this.opts.startupTimeoutMs ?? 60_000;
    try {
      const info = await retryStartup(() => driver.getServerInfo({ database: this.cfg.database }), startup);
      const why = unsupportedServer(info.agent);
      if (why) throw new StoreError('store_unsupported', why);
      // Schema statements cannot share a transaction with each other or with data, so each runs on its own. Errors
      // stay raw inside the retry so a database that is still starting is waited out, and are mapped once below.
      const schema = [
        ...SCHEMA.map((intent) => this.stmts.get(intent)),
        ...RELATION_TYPES.map((t) => this.stmts.forType('schema-relation', t)),
      ];
      await retryStartup(async () => {
        for (const text of schema) {
          await this.transaction('WRITE', (tx) => this.run(tx, text)).catch((e) => {
            if (!isSchemaRace(e)) throw e;
          });
        }
      }, startup);
      const timeoutSeconds = this.opts.indexTimeoutSeconds ?? 300;
      await this.transaction('WRITE', (tx) => this.run(tx, this.stmts.get('await-indexes'), { timeoutSeconds }));
      for (const kind of ENTITY_KINDS) {
        await this.transaction('WRITE', (tx) => this.run(tx, this.stmts.forKind('label-kinds', kind), { kind }));
      }
    } catch (e) {
      await driver.close().catch(() => undefined);
      this.driver = undefined;
      throw mapDriverError(e, `opening Neo4j at ${this.cfg.uri}`);
    }
  }

  async close(): Promise<void> {
    await this.writeQueue.catch(() => undefined);
    await this.driver?.close();
    this.driver = undefined;
  }

  /** Runs one statement in a transaction and returns plain rows. */
  private async run(tx: ManagedTransaction, text: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    const res = await tx.run(text, toDriverParams(params) as Record<string, unknown>);
    return res.records.map(recordToRow);
  }

  /**
   * Runs the statement of `intent` in `tx`; a `__TYPE__` statement runs once per type of `types` (every registry
   * type unless told), rows concatenated.
   */
  private async runIntent(tx: ManagedTransaction, intent: string, params: Record<string, unknown>, types: readonly string[] = RELATION_TYPES): Promise<Row[]> {
    if (!PER_TYPE.includes(intent as Intent)) return this.run(tx, this.stmts.get(intent), params);
    const rows: Row[] = [];
    for (const t of types) rows.push(...(await this.run(tx, this.stmts.forType(intent, t), params)));
    return rows;
  }

  private session(mode: 'READ' | 'WRITE') {
    if (!this.driver) throw new StoreError('store_unavailable', 'the Neo4j store is not open');
    return this.driver.session({
      database: this.cfg.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
  }

  /** A managed transaction on a session of `mode`; driver errors are left raw for the caller to map. */
  private async transaction<T>(mode: 'READ' | 'WRITE', work: Work<T>, timeoutMs?: number): Promise<T> {
    const session = this.session(mode);
    try {
      const config = timeoutMs ? { timeout: timeoutMs } : undefined;
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /**
   * A managed read transaction on a READ session (routed to a reader on a cluster; retried on transient errors).
   * The read-only Cypher console goes through here with `timeoutMs` and `userQuery`, so that its syntax errors reach
   * the caller as 400s.
   */
  private async read<T>(work: Work<T>, what: string, opts: { timeoutMs?: number; userQuery?: boolean } = {}): Promise<T> {
    try {
      return await this.transaction('READ', work, opts.timeoutMs);
    } catch (e) {
      throw mapDriverError(e, what, opts);
    }
  }

  /** A managed write transaction on a WRITE session. */
  private async write<T>(work: Work<T>, what: string): Promise<T> {
    try {
      return await this.transaction('WRITE', work);
    } catch (e) {
      throw mapDriverError(e, what);
    }
  }

  /** One read statement by intent, typed by its parameters. */
  private q<I extends Intent>(intent: I, params: ParamsOf<I>): Promise<Row[]> {
    return this.read((tx) => this.runIntent(tx, intent, params), intent);
  }

  loadBatch(batch: Extraction): Promise<LoadResult> {
    return this.replaceSubgraph({ entities: [], relations: [] }, batch);
  }

  async replaceSubgraph(remove: Removal, batch: Extraction): Promise<LoadResult> {
    const next = this.writeQueue.then(async () => {
      const out = await this.write(async (tx) => {
        if (remove.relations.length) await this.runIntent(tx, 'delete-relations', { ids: remove.relations });
        if (remove.entities.length) await this.runIntent(tx, 'delete-entities', { ids: remove.entities });
        return this.loadInTransaction(tx, batch);
      }, 'loading a batch');
      return out;
    });
    this.writeQueue = next.catch(() => undefined);
    return next;
  }

  /**
   * Reads what the batch touches, plans the merge and writes the changed rows, all in `tx` (re-run on a retry), so a
   * batch lands whole or not at all. Id lists and UNWIND rows go in chunks of WRITE_CHUNK: one huge list parameter
   * costs the server far more memory and planning than a few bounded ones.
   */
  private async loadInTransaction(tx: ManagedTransaction, batch: Extraction): Promise<LoadResult> {
    const rowsOf = async <I extends Intent>(intent: I, key: 'ids' | 'rows', list: unknown[], extra: object = {}) => {
      const out: Row[] = [];
      for (const part of chunks(list, WRITE_CHUNK)) out.push(...(await this.runIntent(tx, intent, { ...extra, [key]: part })));
      return out;
    };
    const entityIds = [...new Set([...batch.entities.map((e) => e.id), ...batch.relations.flatMap((r) => [r.source, r.target])])];
    const existing: Existing = { entities: new Map(), relations: new Map(), articles: new Map(), mentions: new Map() };
    for (const r of (await rowsOf('entities-by-ids', 'ids', entityIds)) as unknown as EntityRow[]) existing.entities.set(r.id, r);
    const relIds = [...new Set(batch.relations.map((r) => r.id))];
    for (const r of (await rowsOf('relations-by-ids', 'ids', relIds)) as unknown as RelationRow[]) existing.relations.set(r.id, r);
    const articleIds = batch.articles.map((a) => a.id);
    for (const r of (await rowsOf('articles-by-ids', 'ids', articleIds)) as unknown as ArticleRow[]) existing.articles.set(r.id, r);
    for (const r of (await rowsOf('mentions-by-articles', 'ids', articleIds)) as unknown as MentionRow[]) {
      existing.mentions.set(mentionKey(r.article, r.entity), r);
    }
    const known = new Set([...existing.entities.keys(), ...batch.entities.map((e) => e.id)]);
    validateBatch(batch, (id) => known.has(id));
    const plan = planMerge(batch, existing);
    for (const kind of ENTITY_KINDS) {
      for (const rows of chunks(plan.entities.filter((e) => e.kind === kind), WRITE_CHUNK)) {
        await this.run(tx, this.stmts.forKind('upsert-entities', kind), { rows });
      }
    }
    await rowsOf('upsert-articles', 'rows', plan.articles);
    for (const type of RELATION_TYPES) {
      const rows = plan.relations.filter((r) => r.type === type);
      for (const [intent, part] of [['create-relations', rows.filter((r) => !existing.relations.has(r.id))],
        ['update-relations', rows.filter((r) => existing.relations.has(r.id))]] as const) {
        for (const chunk of chunks(part, WRITE_CHUNK)) await this.run(tx, this.stmts.forType(intent, type), { rows: chunk });
      }
    }
    await rowsOf('upsert-mentions', 'rows', plan.mentions);
    return plan.result;
  }

  /**
   * One read transaction for the whole chain query (with pathsBetween, the ends' resolution too): the search reads a
   * layer of relations per statement from whichever end has less to read (ALL SHORTEST searches cannot be bounded by
   * the hop count asked for, and a length with no chain made them explore eight hops), then the names and evidence; a
   * transaction per statement cost the driver and the server more than the statements.
   */
  protected chainQuery<T>(q: PathOptions, use: (run: Runner, enumerate: PathEnumerator) => Promise<T>): Promise<T> {
    const types = q.types.length ? q.types : FLOW_TYPES;
    return this.read((tx) => {
      // A chain holds relations of the types searched only: its evidence is read by those types' indexes alone.
      const run: Runner = (intent, params) => this.runIntent(tx, intent, params, intent === 'relations-by-ids' ? types : undefined);
      const reads: LayerReads = {
        layer: async (ids, dir, within) => (await (within
          ? run(dir === 'out' ? 'flow-out-within' : 'flow-in-within', { ids, types, minSources: q.minSources, within: [...within.keys()] })
          : run(dir === 'out' ? 'flow-out' : 'flow-in', { ids, types, minSources: q.minSources })))
          .map(layerRow),
        open: async (starts, targets, cap) => {
          const [row] = await run('flow-open', { starts, targets, cap, types, minSources: q.minSources });
          const layer = (rows: unknown) => (rows as Row[][] | null)?.flat().map(layerRow);
          return { cost: { out: Number(row?.outCost ?? 0), in: Number(row?.inCost ?? 0) }, out: layer(row?.outLayer), in: layer(row?.inLayer) };
        },
      };
      return use(run, async (from, to) => {
        const search = await layeredPathSearch(from, to, q.maxHops, reads);
        return search && { minHops: search.minHops, ofLength: (hops) => search.ofLength(hops, PATHS_PER_LENGTH) };
      });
    }, 'paths');
  }

  /**
   * Resolving reads the entities by id, then the refs no id matched by name key, each with its degree and sanction
   * flag, all in one read transaction (a transaction each cost the driver more than the statements).
   */
  override resolveEntity(ref: string): Promise<GraphNode | null> {
    return this.read(async (tx) => (await resolveEntities((intent, params) => this.runIntent(tx, intent, params), [ref]))[0], 'resolving an entity');
  }

  async reach(id: string, direction: 'up' | 'down', maxHops: number, types: string[], limit: number): Promise<{ items: Reached[]; truncated: boolean }> {
    const all = await this.q(direction === 'up' ? 'reach-up' : 'reach-down', { id, types: types.length ? types : FLOW_TYPES, maxHops });
    const hits = all.slice(0, limit).map((r) => ({ id: String(r.id), hops: Number(r.hops) }));
    const nodes = await nodesByIds(this.runner, hits.map((h) => h.id));
    const items = hits.filter((h) => nodes.has(h.id)).map((h) => ({ entity: nodes.get(h.id)!, hops: h.hops }));
    return { items, truncated: all.length > limit };
  }

  // -------------------------------------------------------------------------------------------------------------
  // Cypher console

  /**
   * One console query in a managed read transaction on a READ session, so Neo4j itself refuses any write, with the
   * console's time limit as the transaction timeout (the server terminates the query). Before the query runs, its plan
   * (EXPLAIN, which executes nothing) must be a read ('r') without LOAD CSV or procedures that reach beyond the graph.
   * Rows stream from the server and stop at the cap; what is left is discarded with the transaction.
   */
  async cypher(q: CypherQuery): Promise<CypherResult> {
    const vetted = vetConsoleStatement(q.query, 'neo4j', q.params);
    const params = toDriverParams(q.params) as Record<string, unknown>;
    let out: { columns: string[]; rows: unknown[][]; truncated: boolean; refs: ResultRows["refs"] };
    try {
      out = await this.read(async (tx) => {
        const planned = await tx.run(`EXPLAIN ${vetted.body}`, params);
        vetNeo4jPlan(planned.summary as unknown as Parameters<typeof vetNeo4jPlan>[0]);
        const res = tx.run(q.query, params);
        const columns = (await res.keys()).map(String);
        const kept = new ResultRows(q.rowCap, q.maxBytes);
        let more = false;
        for await (const rec of res) {
          if (!kept.open) {
            more = true;
            break;
          }
          kept.add(columns.map((c) => neo4jConsoleValue(rec.get(c))));
        }
        return { columns, rows: kept.rows, truncated: kept.truncated || more, refs: kept.refs };
      }, 'the console query', { timeoutMs: q.timeoutMs, userQuery: true });
    } catch (e) {
      if (e instanceof TimeoutError) throw new TimeoutError(`the query ran past the ${q.timeoutMs / 1000} s time limit and was cancelled`);
      throw e;
    }
    return { columns: out.columns, rows: out.rows, truncated: out.truncated, graph: await consoleGraph(this.runner, out.refs) };
  }

  // -------------------------------------------------------------------------------------------------------------
  // Exports and snapshots (shared reads in bulk-reads.ts)

  async saveSnapshot(s: StoredSnapshot): Promise<void> {
    await this.write((tx) => this.runIntent(tx, 'create-snapshot', { ...s }), 'saving a snapshot');
  }
}
