/**
 * The read-only Cypher console, the parts both adapters share: the statement gate that runs before the database sees
 * a statement, result values as plain JSON, and the graph elements a result names, in the shape of /api/graph.
 *
 * Read-only is enforced by each database (a READ session on Neo4j; the prepared statement's own read-only flag and a
 * read-only transaction on LadybugDB). The gate here only ever refuses more; see `vetConsoleStatement`.
 */
import { ForbiddenError, InputError, StoreError, TimeoutError } from '../domain/errors.js';
import { CONSOLE_LIMITS, checkConsoleLimits } from './console-limits.js';
import { isRelationType } from '../domain/relation-registry.js';
import { assembleEdge, type Row } from './assemble.js';
import { nodesByIds, type Runner } from './explore.js';
import type { GraphData } from './graph-store.js';

/** The default cap on a console result's size in bytes of JSON. */
const CONSOLE_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Rows of a console result under both caps: the row cap and a byte cap on their JSON, so 5,000 rows of 100 KB strings
 * stop near the byte cap instead of making a 500 MB response. A first row alone over the byte cap is refused (413).
 */
export class ResultRows {
  readonly rows: unknown[][] = [];
  readonly refs = new GraphRefs();
  private bytes = 0;
  truncated = false;

  constructor(private readonly rowCap: number, private readonly maxBytes = CONSOLE_MAX_BYTES) {}

  /** Whether another row may be added; once false, the caller stops reading (and marks truncated if rows remain). */
  get open(): boolean {
    return !this.truncated && this.rows.length < this.rowCap;
  }

  /** Adds a converted row, or marks the result truncated when it would pass the byte cap. */
  add(row: unknown[]): void {
    const size = JSON.stringify(row).length;
    if (this.bytes + size > this.maxBytes) {
      if (!this.rows.length) {
        throw new InputError('result_too_large',
          `one row of the result is ${Math.round(size / 1024).toLocaleString('en')} KB, over the console's limit of ${Math.round(this.maxBytes / 1024).toLocaleString('en')} KB for a whole result; return less of it (substring(), size(), a slice)`, 413);
      }
      this.truncated = true;
      return;
    }
    this.bytes += size;
    this.refs.collect(row);
    this.rows.push(row);
  }
}

/**
 * `work` or a TimeoutError after `ms`: the engines' own timeouts stop a running query, but not the time LadybugDB
 * spends preparing one, nor converting its rows; the caller is answered on time and the connection frees itself later.
 */
export function withDeadline<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(message)), ms);
  });
  work.catch(() => undefined);
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** A node in a result row. `id` is the database's element id, not the entity id (that is `properties.id`). */
export interface ConsoleNode {
  _kind: 'node';
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface ConsoleRelationship {
  _kind: 'relationship';
  id: string;
  type: string;
  /** Element ids of the start and end nodes. */
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

export interface ConsolePath {
  _kind: 'path';
  nodes: ConsoleNode[];
  relationships: ConsoleRelationship[];
}

// ---------------------------------------------------------------------------------------------------------------
// The statement gate

export type ConsoleDialect = 'embedded' | 'neo4j';

interface Token {
  kind: 'word' | 'name' | 'string' | 'param' | 'number' | 'punct';
  text: string;
  /** Offset of the token's first character in the statement. */
  at: number;
}

/** Splits Cypher into tokens, dropping comments and whitespace; string and `quoted` names keep their contents. */
export function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    const two = src.slice(i, i + 2);
    if (/\s/.test(c)) i++;
    else if (two === '//') {
      const end = src.indexOf('\n', i);
      i = end < 0 ? src.length : end;
    } else if (two === '/*') {
      const end = src.indexOf('*/', i + 2);
      i = end < 0 ? src.length : end + 2;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < src.length && src[j] !== c) j += src[j] === '\\' ? 2 : 1;
      out.push({ kind: 'string', text: src.slice(i + 1, j), at: i });
      i = j + 1;
    } else if (c === '`') {
      let j = i + 1;
      let text = '';
      while (j < src.length) {
        if (src[j] === '`' && src[j + 1] === '`') { text += '`'; j += 2; continue; }
        if (src[j] === '`') break;
        text += src[j++];
      }
      out.push({ kind: 'name', text, at: i });
      i = j + 1;
    } else if (c === '$') {
      const m = /^\$(`[^`]*`|[\p{L}_][\p{L}\p{N}_]*|\d+)/u.exec(src.slice(i));
      out.push({ kind: 'param', text: m ? m[1].replace(/^`|`$/g, '') : '', at: i });
      i += m ? m[0].length : 1;
    } else if (/[\p{L}_]/u.test(c)) {
      const m = /^[\p{L}_][\p{L}\p{N}_]*/u.exec(src.slice(i))!;
      out.push({ kind: 'word', text: m[0], at: i });
      i += m[0].length;
    } else if (/\d/.test(c)) {
      const m = /^\d[\d_]*(\.\d+)?([eE][+-]?\d+)?/.exec(src.slice(i))!;
      out.push({ kind: 'number', text: m[0], at: i });
      i += m[0].length;
    } else {
      out.push({ kind: 'punct', text: c, at: i });
      i++;
    }
  }
  return out;
}

/** A word used as a keyword: not a property (`n.set`), label (`:Create`), map key (`{load: 1}`) or parameter. */
function keywordAt(tokens: Token[], i: number): string | null {
  const t = tokens[i];
  if (t?.kind !== 'word') return null;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (before?.kind === 'punct' && (before.text === '.' || before.text === ':')) return null;
  if (after?.kind === 'punct' && (after.text === ':' || after.text === '.')) return null;
  const word = t.text.toUpperCase();
  // LOAD is a clause only as LOAD CSV / LOAD FROM / LOAD WITH HEADERS / LOAD EXTENSION; else it names a variable.
  if (word === 'LOAD' && !/^(CSV|FROM|WITH|EXTENSION)$/i.test(after?.kind === 'word' ? after.text : '')) return null;
  return word;
}

/** Clauses and commands that change data, schema or the server. Only used to word a refusal, never to admit. */
const WRITE_WORDS = new Set([
  'CREATE', 'MERGE', 'SET', 'DELETE', 'DETACH', 'REMOVE', 'DROP', 'ALTER', 'FOREACH', 'COPY', 'LOAD', 'INSTALL',
  'UNINSTALL', 'IMPORT', 'EXPORT', 'ATTACH', 'CHECKPOINT', 'TERMINATE', 'GRANT', 'DENY', 'REVOKE', 'START', 'STOP',
  'ENABLE', 'RENAME', 'INSERT', 'UPDATE', 'UPSERT', 'TRUNCATE', 'FINISH',
]);

/** How a read query may begin, after an optional EXPLAIN or PROFILE. */
const QUERY_START = new Set(['MATCH', 'OPTIONAL', 'UNWIND', 'WITH', 'RETURN', 'CALL']);

/**
 * LadybugDB table functions the console may CALL: catalogue introspection only. The others read files on the server
 * (READ_CSV_*, READ_PARQUET and READ_NPY, which also crash the native binding while preparing), change the
 * connection (PROJECT_GRAPH, CLEAR_WARNINGS) or expose storage internals.
 */
const EMBEDDED_TABLE_FUNCTIONS = new Set([
  'show_tables', 'table_info', 'show_connection', 'show_functions', 'show_indexes', 'show_macros', 'show_sequences',
  'show_warnings', 'db_version', 'storage_version', 'catalog_version', 'current_setting', 'show_loaded_extensions',
]);

/** Neo4j procedures the console refuses although a READ session would run them: they reach beyond the graph. */
const NEO4J_REFUSED_PROCEDURES = /^(dbms\.|apoc\.(load|import|export|periodic|trigger|systemdb|log|config|custom)\.)/i;

const READ_ONLY = 'The Cypher console is read-only';

/** Line and column (from 1) of an offset in a statement. */
function positionOf(src: string, at: number): { line: number; column: number } {
  const before = src.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** A 400 for a statement that is not Cypher, with where it goes wrong. */
function syntaxError(src: string, token: Token | undefined, what: string): InputError {
  const { line, column } = positionOf(src, token?.at ?? 0);
  return new InputError('syntax_error', `syntax error at line ${line}, column ${column}: ${what}`);
}

/** ", did you mean MATCH?" when a word is one edit or transposition away from a clause the console runs. */
function nearestClause(word: string): string {
  const w = word.toUpperCase();
  const near = (a: string, b: string) => {
    if (Math.abs(a.length - b.length) > 1) return false;
    // One insertion, deletion or substitution: the common typos (MATC, RETRN, MACTH is a transposition: two).
    const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) d[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
    return d[a.length][b.length] <= 1;
  };
  const hit = [...QUERY_START, 'EXPLAIN', 'PROFILE'].find((k) => near(w, k));
  return hit ? `; did you mean ${hit}?` : '';
}

/** The statement's write or admin keyword, if it has one (to word a refusal). */
export function writeKeyword(tokens: Token[]): string | null {
  for (let i = 0; i < tokens.length; i++) {
    const k = keywordAt(tokens, i);
    if (k && WRITE_WORDS.has(k)) return k === 'DETACH' ? 'DETACH DELETE' : k;
  }
  return null;
}

/**
 * A query the database could not run, as a 400: `syntax_error` when it could not parse it, `out_of_memory` when it
 * ran out of the buffer pool, else `query_error`.
 */
export function consoleQueryError(message: string): StoreError {
  if (/Buffer manager exception/i.test(message)) {
    return new StoreError('out_of_memory',
      `the query needs more memory than the database may use (its buffer pool, DB_BUFFER_POOL_MB); narrow it with WHERE, LIMIT or fewer joined patterns (${message.split('\n')[0]})`, true);
  }
  return /^Parser exception/i.test(message) || /SyntaxError/.test(message)
    ? new StoreError('syntax_error', message, true)
    : new StoreError('query_error', message, true);
}

/** The refusal of a statement that would change something. */
export function writeRefusal(keyword: string, detail?: string): ForbiddenError {
  return new ForbiddenError('read_only',
    `${READ_ONLY}: ${keyword} changes the database or the server, so the statement was not run${detail ? ` (${detail})` : ''}.`);
}

export interface VettedStatement {
  tokens: Token[];
  /** The `$parameters` the statement uses. */
  params: string[];
  /** The statement without an EXPLAIN or PROFILE prefix (for Neo4j's plan check). */
  body: string;
  /** Whether the statement only asks for its plan. */
  explainOnly: boolean;
}

/**
 * The gate every console statement passes before any database sees it. It admits one statement that reads as a query
 * (starts with MATCH, OPTIONAL MATCH, UNWIND, WITH, RETURN or CALL, optionally after EXPLAIN or PROFILE) and refuses
 * LOAD (LOAD CSV, LOAD FROM: files on the server) and CALLs that reach beyond the graph. It never decides that a
 * statement is read-only: the database does that. It exists because LadybugDB's own check covers the data only:
 * COPY … TO, EXPORT DATABASE, LOAD FROM, ATTACH and `CALL timeout=…` all pass it.
 */
export function vetConsoleStatement(query: string, dialect: ConsoleDialect, values: Record<string, unknown> = {}): VettedStatement {
  // An over-long statement is refused before it is even tokenised.
  if (query.length > CONSOLE_LIMITS.maxLength) checkConsoleLimits(query, [], values);
  const tokens = tokenize(query);
  const semi = tokens.findIndex((t) => t.kind === 'punct' && t.text === ';');
  if (semi >= 0 && tokens.slice(semi).some((t) => !(t.kind === 'punct' && t.text === ';'))) {
    throw new InputError('one_statement', 'the console runs one statement at a time; remove everything after the first ";"');
  }
  const code = semi >= 0 ? tokens.slice(0, semi) : tokens;
  if (!code.length) throw new InputError('empty_query', 'the query is empty');

  let start = 0;
  let explainOnly = false;
  // Neo4j's CYPHER prefix selects a version or planner options (`CYPHER 5`, `CYPHER runtime=slotted`).
  if (dialect === 'neo4j' && keywordAt(code, 0) === 'CYPHER') {
    start = 1;
    while (start < code.length && !(QUERY_START.has(keywordAt(code, start) ?? '') && code[start + 1]?.text !== '=') &&
      !['EXPLAIN', 'PROFILE'].includes(keywordAt(code, start) ?? '')) start++;
  }
  const prefix = keywordAt(code, start);
  if (prefix === 'EXPLAIN' || prefix === 'PROFILE') {
    explainOnly = prefix === 'EXPLAIN';
    start++;
  }
  const first = keywordAt(code, start) ?? code[start]?.text ?? '';
  if (!QUERY_START.has(first.toUpperCase())) {
    const w = first.toUpperCase();
    if (w === 'LOAD') {
      throw new ForbiddenError('read_only', `${READ_ONLY}: LOAD reads files on the database server, so the statement was not run.`);
    }
    if (WRITE_WORDS.has(w) || w === 'USE' || w === 'SHOW' || w === 'BEGIN' || w === 'COMMIT' || w === 'ROLLBACK') {
      throw new ForbiddenError('read_only',
        `${READ_ONLY}: it runs queries only (MATCH, OPTIONAL MATCH, UNWIND, WITH, RETURN, CALL), and ${w} ${WRITE_WORDS.has(w) ? 'changes the database or the server' : 'is a database command'}, so the statement was not run.`);
    }
    throw syntaxError(query, code[start], `a query starts with MATCH, OPTIONAL MATCH, UNWIND, WITH, RETURN or CALL, not "${first.slice(0, 40)}"${nearestClause(first)}`);
  }

  for (let i = start; i < code.length; i++) {
    const k = keywordAt(code, i);
    if (k === 'LOAD') {
      throw new ForbiddenError('read_only', `${READ_ONLY}: LOAD reads files on the database server, so the statement was not run.`);
    }
    if (k === 'USE') {
      throw new ForbiddenError('read_only', `${READ_ONLY}: it reads the app's own database only, so USE is not allowed.`);
    }
    if (k !== 'CALL') continue;
    const callee: string[] = [];
    let j = i + 1;
    while (code[j]?.kind === 'word' || code[j]?.kind === 'name') {
      callee.push(code[j].text);
      if (code[j + 1]?.text !== '.') break;
      j += 2;
    }
    const name = callee.join('.');
    if (dialect === 'embedded') {
      if (!name) continue; // `CALL {` is not LadybugDB syntax: the parser says so
      if (!EMBEDDED_TABLE_FUNCTIONS.has(name.toLowerCase()) || code[j + 1]?.text !== '(') {
        throw new ForbiddenError('read_only',
          `${READ_ONLY}: CALL ${name} is not available here; the console may call ${[...EMBEDDED_TABLE_FUNCTIONS].map((f) => `${f}()`).join(', ')}.`);
      }
    } else if (name && NEO4J_REFUSED_PROCEDURES.test(name)) {
      throw new ForbiddenError('read_only', `${READ_ONLY}: CALL ${name} reaches beyond the graph, so the statement was not run.`);
    }
  }
  checkConsoleLimits(query, code, values);
  const params = [...new Set(code.filter((t) => t.kind === 'param').map((t) => t.text))];
  const body = prefix === 'EXPLAIN' || prefix === 'PROFILE' ? query.replace(/^[\s\S]*?\b(EXPLAIN|PROFILE)\b/i, '') : query;
  return { tokens: code, params, body, explainOnly };
}

// ---------------------------------------------------------------------------------------------------------------
// Graph elements named by a result

/** Entity ids and relation ids seen in converted result values. */
export class GraphRefs {
  readonly entities = new Set<string>();
  readonly relations = new Set<string>();

  /** Walks a converted value and remembers every Entity node and registry relation in it. */
  collect(v: unknown): void {
    if (Array.isArray(v)) {
      for (const x of v) this.collect(x);
      return;
    }
    if (!v || typeof v !== 'object') return;
    const o = v as { _kind?: unknown };
    if (o._kind === 'node') {
      const n = v as ConsoleNode;
      if (n.labels.includes('Entity') && typeof n.properties.id === 'string') this.entities.add(n.properties.id);
    } else if (o._kind === 'relationship') {
      const r = v as ConsoleRelationship;
      if (isRelationType(r.type) && typeof r.properties.id === 'string') this.relations.add(r.properties.id);
    } else if (o._kind === 'path') {
      const p = v as ConsolePath;
      this.collect(p.nodes);
      this.collect(p.relationships);
    } else {
      for (const x of Object.values(v)) this.collect(x);
    }
  }
}

/**
 * The entities and relations a result names, as /api/graph returns them (degree, sanction flag, sources), read back
 * from the store by id. A relation brings its two ends along, so no edge dangles.
 */
export async function consoleGraph(run: Runner, refs: GraphRefs): Promise<GraphData> {
  const relIds = [...refs.relations];
  const rows: Row[] = relIds.length ? await run('relations-by-ids', { ids: relIds }) : [];
  const order = new Map(relIds.map((id, i) => [id, i]));
  const edges = rows.map((r) => assembleEdge(r)).sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const nodeIds = [...new Set([...refs.entities, ...edges.flatMap((e) => [e.source, e.target])])];
  const nodes = await nodesByIds(run, nodeIds);
  return { nodes: [...nodes.values()], edges };
}

/** A number as JSON: integers beyond 2^53 as exact strings, NaN and infinities as strings. */
function plainNumber(v: number | bigint): number | string {
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  return Number.isFinite(v) ? v : String(v);
}

/**
 * A LadybugDB result value as plain JSON: nodes (`_label`, `_id`), relationships (`_src`, `_dst`) and recursive
 * relationships (`_nodes`, `_rels`) become ConsoleNode / ConsoleRelationship / ConsolePath (a bare relationship list
 * from `-[r*]->` stays a list), big integers become exact strings, dates ISO strings, maps objects.
 */
export function embeddedConsoleValue(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'bigint') return plainNumber(v);
  if (typeof v !== 'object') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
  if (Array.isArray(v)) return v.map(embeddedConsoleValue);
  if (ArrayBuffer.isView(v)) return Array.from(v as Uint8Array);
  if (v instanceof Map) {
    const entries = [...v.entries()];
    return entries.every(([k]) => typeof k === 'string')
      ? Object.fromEntries(entries.map(([k, x]) => [k, embeddedConsoleValue(x)]))
      : entries.map(([k, x]) => ({ key: embeddedConsoleValue(k), value: embeddedConsoleValue(x) }));
  }
  const o = v as Record<string, unknown>;
  if (Array.isArray(o._nodes) && Array.isArray(o._rels)) {
    const relationships = o._rels.map((r) => embeddedConsoleValue(r) as ConsoleRelationship);
    if (!o._nodes.length) return relationships;
    return { _kind: 'path', nodes: o._nodes.map((n) => embeddedConsoleValue(n) as ConsoleNode), relationships } satisfies ConsolePath;
  }
  const internalId = (x: unknown) => {
    const id = x as { table?: unknown; offset?: unknown } | null;
    return id && typeof id === 'object' ? `${String(id.table)}:${String(id.offset)}` : '';
  };
  const properties = (skip: string[]) => Object.fromEntries(
    Object.entries(o).filter(([k]) => !skip.includes(k)).map(([k, x]) => [k, embeddedConsoleValue(x)]),
  );
  if ('_src' in o && '_dst' in o && '_label' in o) {
    return {
      _kind: 'relationship', id: internalId(o._id), type: String(o._label), start: internalId(o._src), end: internalId(o._dst),
      properties: properties(['_src', '_dst', '_label', '_id']),
    } satisfies ConsoleRelationship;
  }
  if ('_label' in o && '_id' in o) {
    return { _kind: 'node', id: internalId(o._id), labels: o._label ? [String(o._label)] : [], properties: properties(['_label', '_id']) } satisfies ConsoleNode;
  }
  return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, embeddedConsoleValue(x)]));
}

/** The parts of a Neo4j result summary the plan check reads (structurally typed: no driver import here). */
export interface PlanSummary {
  queryType?: string;
  plan?: false | PlanNode;
}

interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanNode[];
}

/**
 * Neo4j's verdict on a statement before it runs, from EXPLAIN: the query type must be a read ('r'), and the plan must
 * not read files (LoadCSV) or call procedures that reach beyond the graph. A READ session refuses writes anyway; this
 * refuses the reads that are not about the graph, with a clear message.
 */
export function vetNeo4jPlan(summary: PlanSummary): void {
  if (summary.queryType && summary.queryType !== 'r') {
    const what = ({ rw: 'reads and writes', w: 'writes', s: 'changes the schema' } as Record<string, string>)[summary.queryType] ?? `is of type "${summary.queryType}"`;
    throw new ForbiddenError('read_only', `${READ_ONLY}: Neo4j plans this statement as one that ${what}, so it was not run.`);
  }
  const walk = (n: PlanNode | false | undefined): void => {
    if (!n) return;
    const op = n.operatorType.replace(/@.*$/, '');
    if (/^LoadCSV/i.test(op)) {
      throw new ForbiddenError('read_only', `${READ_ONLY}: LOAD CSV reads files on the database server, so the statement was not run.`);
    }
    if (/^ProcedureCall/i.test(op)) {
      const details = String(n.arguments?.Details ?? n.arguments?.details ?? n.arguments?.Signature ?? '');
      const name = /^\s*([\w.]+)\s*\(/.exec(details)?.[1] ?? '';
      if (name && NEO4J_REFUSED_PROCEDURES.test(name)) {
        throw new ForbiddenError('read_only', `${READ_ONLY}: CALL ${name} reaches beyond the graph, so the statement was not run.`);
      }
    }
    for (const c of n.children ?? []) walk(c);
  };
  walk(summary.plan);
}
