/**
 * POST /api/cypher and GET /api/cypher/examples through the real app on a real embedded store loaded with the seed
 * articles; the Neo4j pieces that need no server (plan check, error mapping, values) are checked on their own.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { Neo4jError } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.js';
import { toHttpError } from '../../server/app.js';
import { ForbiddenError, InputError, StoreError } from '../../server/domain/errors.js';
import { loadExamples } from '../../server/cypher-examples.js';
import { embeddedConsoleValue, vetConsoleStatement, vetNeo4jPlan } from '../../server/store/console.js';
import { mapDriverError, neo4jConsoleValue } from '../../server/store/neo4j-store.js';
import { makeTestApp } from '../helpers/app.js';

type Json = Record<string, any>;

const post = (app: App, body: unknown) => app.inject({ method: 'POST', url: '/api/cypher', payload: body as object });
const health = async (app: App) => (await app.inject({ method: 'GET', url: '/api/health' })).json();

/** A cartesian product over the seed's entities that LadybugDB cannot factorise away (the filter looks at every tuple). */
const CARTESIAN =
  "MATCH (a:Entity), (b:Entity), (c:Entity), (d:Entity), (e:Entity) WHERE a.name + b.name + c.name + d.name + e.name = 'x' RETURN count(*)";

/** CPU time this process spends over `ms` of wall time (native query threads included). */
async function cpuOver(ms: number): Promise<number> {
  const before = process.cpuUsage();
  await new Promise((r) => setTimeout(r, ms));
  const d = process.cpuUsage(before);
  return (d.user + d.system) / 1000;
}

describe('POST /api/cypher on the seed graph (default limits)', () => {
  let app: App;
  beforeAll(async () => {
    ({ app } = await makeTestApp({ seed: true }));
  });
  afterAll(async () => app?.close());

  const copyTarget = join(tmpdir(), `cypher-console-${process.pid}.csv`);
  const refused: [string, string][] = [
    ['CREATE', "CREATE (:Entity {id: 'console-made', name: 'Made'})"],
    ['MERGE', "MERGE (e:Entity {id: 'console-merged'}) RETURN e"],
    ['SET', "MATCH (e:Entity {id: 'dji'}) SET e.name = 'changed'"],
    ['DELETE', "MATCH (e:Entity {id: 'dji'}) DELETE e"],
    ['DETACH DELETE', 'MATCH (e:Entity) DETACH DELETE e'],
    ['REMOVE', "MATCH (e:Entity {id: 'dji'}) REMOVE e.notes"],
    ['DROP', 'DROP TABLE Entity'],
    ['LOAD CSV', "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row"],
    ['LOAD FROM', "LOAD FROM '/etc/passwd' (file_format='csv') RETURN *"],
    ['a procedure that writes', "CALL project_graph('g', ['Entity'], ['SHIPPED_TO'])"],
    ['a table function that reads server files', "CALL read_csv_serial('/etc/passwd') RETURN *"],
    ['a write after a read (only the engine can tell)', "MATCH (a:Entity) WITH a LIMIT 1 CREATE (:Entity {id: a.id + '-copy'})"],
    ['MERGE after UNWIND', "UNWIND ['x'] AS id MERGE (:Entity {id: id})"],
    ['ALTER', 'ALTER TABLE Entity ADD extra STRING'],
    ['CREATE TABLE', 'CREATE NODE TABLE Extra(id STRING PRIMARY KEY)'],
    ['COPY FROM', `COPY Entity FROM '${copyTarget}'`],
    ['COPY TO (writes a server file)', `COPY (MATCH (e:Entity) RETURN e.id) TO '${copyTarget}'`],
    ['EXPORT DATABASE', `EXPORT DATABASE '${copyTarget}.dir'`],
    ['ATTACH', "ATTACH ':memory:' AS other (dbtype lbug)"],
    ['a session setting', 'CALL timeout = 1'],
    ['INSTALL', 'INSTALL json'],
    ['transaction control', 'BEGIN TRANSACTION'],
    ['CHECKPOINT', 'CHECKPOINT'],
  ];

  it('refuses every write or admin statement with a 403 and a clear message, and changes nothing', async () => {
    const before = await health(app);
    const name = async () => (await post(app, { query: "MATCH (e:Entity {id: 'dji'}) RETURN e.name AS name" })).json().rows;
    const nameBefore = await name();
    expect(nameBefore).toEqual([['DJI']]);
    for (const [what, query] of refused) {
      const res = await post(app, { query });
      expect(res.statusCode, `${what}: ${res.body}`).toBe(403);
      const body = res.json();
      expect(Object.keys(body).sort(), what).toEqual(['error', 'message']);
      expect(body.error, what).toBe('read_only');
      expect(body.message, what).toMatch(/read-only/);
      expect(await health(app), what).toEqual(before);
    }
    expect(await name()).toEqual(nameBefore);
    expect(existsSync(copyTarget)).toBe(false);
    expect(existsSync(`${copyTarget}.dir`)).toBe(false);
    // The console still works after all that.
    expect((await post(app, { query: 'MATCH (e:Entity) RETURN count(e) AS n' })).json().rows).toEqual([[before.entities]]);
  });

  it('names the offending clause', async () => {
    expect((await post(app, { query: "MATCH (e:Entity {id: 'dji'}) SET e.name = 'x'" })).json().message).toMatch(/SET/);
    expect((await post(app, { query: 'MATCH (e:Entity) DETACH DELETE e' })).json().message).toMatch(/DETACH DELETE/);
    expect((await post(app, { query: "LOAD CSV FROM 'x' AS r RETURN r" })).json().message).toMatch(/LOAD reads files/);
  });

  it('answers a read query with rows, columns and the graph elements in /api/graph shape', async () => {
    const res = await post(app, {
      query: 'MATCH (s:Entity)-[r:SHIPPED_TO]->(b:Entity {id: $buyer}) RETURN s, r, b, s.name AS supplier ORDER BY supplier',
      params: { buyer: 'russia' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ columns: ['s', 'r', 'b', 'supplier'], truncated: false, store: 'embedded' });
    expect(body.elapsedMs).toEqual(expect.any(Number));
    expect(body.rows.length).toBeGreaterThan(0);
    const [s, r, b, supplier] = body.rows[0];
    expect(s).toMatchObject({ _kind: 'node', labels: ['Entity'], properties: { name: supplier } });
    expect(r).toMatchObject({ _kind: 'relationship', type: 'SHIPPED_TO', start: s.id, end: b.id });
    expect(b.properties.id).toBe('russia');

    // The same nodes and edges /api/graph returns for those ids, field for field.
    const all = (await app.inject({ method: 'GET', url: '/api/graph' })).json();
    const edges = body.rows.map((row: Json[]) => row[1].properties.id).sort();
    expect(body.graph.edges.map((e: Json) => e.id).sort()).toEqual(edges);
    for (const e of body.graph.edges) expect(e).toEqual(all.edges.find((x: Json) => x.id === e.id));
    const nodeIds = new Set(body.rows.flatMap((row: Json[]) => [row[0].properties.id, row[2].properties.id]));
    expect(new Set(body.graph.nodes.map((n: Json) => n.id))).toEqual(nodeIds);
    for (const n of body.graph.nodes) expect(n).toEqual(all.nodes.find((x: Json) => x.id === n.id));
  });

  it('returns paths as nodes and relationships, and their elements in the graph', async () => {
    const res = await post(app, { query: "MATCH p = (a:Entity)-[:SHIPPED_TO* TRAIL 1..4]->(b:Entity {id: 'russia'}) RETURN p" });
    expect(res.statusCode, res.body).toBe(200);
    const { rows, graph } = res.json();
    expect(rows.length).toBeGreaterThan(0);
    for (const [p] of rows) {
      expect(p._kind).toBe('path');
      expect(p.nodes).toHaveLength(p.relationships.length + 1);
      expect(p.nodes.at(-1).properties.id).toBe('russia');
    }
    const ids = new Set(graph.nodes.map((n: Json) => n.id));
    for (const e of graph.edges) {
      expect(e.type).toBe('SHIPPED_TO');
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    }
    // A relationship alone brings its two ends into the graph.
    const rel = (await post(app, { query: 'MATCH ()-[r:SANCTIONED]->() RETURN r' })).json();
    expect(rel.graph.edges).toHaveLength(rel.rows.length);
    const ends = new Set(rel.graph.edges.flatMap((e: Json) => [e.source, e.target]));
    expect(new Set(rel.graph.nodes.map((n: Json) => n.id))).toEqual(ends);
  });

  it('returns plain JSON for scalars, lists and maps, and an empty graph when no element is returned', async () => {
    const res = await post(app, { query: "RETURN 1 AS one, 2.5 AS half, 'x' AS s, [1, 2] AS l, {a: 1} AS m, NULL AS nothing, true AS yes" });
    expect(res.json()).toMatchObject({ rows: [[1, 2.5, 'x', [1, 2], { a: 1 }, null, true]], graph: { nodes: [], edges: [] } });
  });

  it('runs the statement with the parameters it names and ignores others', async () => {
    const res = await post(app, { query: 'MATCH (e:Entity) WHERE e.id = $id RETURN e.name', params: { id: 'dji', unused: 1 } });
    expect(res.json().rows).toEqual([['DJI']]);
  });

  it('answers a syntax error with a 400 that says where', async () => {
    const res = await post(app, { query: 'MATCH (e:Entity RETURN e' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'syntax_error', message: expect.stringMatching(/Parser exception.*line: 1, offset: \d+/s) });
    const unknown = await post(app, { query: 'MATCH (e:Nope) RETURN e' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().message).toMatch(/Nope/);
  });

  it('rejects bad input with a 400 and never a stack trace', async () => {
    const cases: [unknown, RegExp][] = [
      [{}, /query/],
      [{ query: '' }, /query/],
      [{ query: '   // nothing\n' }, /empty/],
      [{ query: 'MATCH (n) RETURN n', params: [1] }, /params/],
      [{ query: 'MATCH (n) RETURN n', params: { 'bad name': 1 } }, /params/],
      [{ query: 'MATCH (n) RETURN n', extra: 1 }, /additional/],
      [{ query: 'MATCH (n) RETURN n; MATCH (n) DETACH DELETE n' }, /one statement/],
      [{ query: 'MATCH (e:Entity {id: $id}) RETURN e' }, /id/],
    ];
    for (const [body, message] of cases) {
      const res = await post(app, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().message, JSON.stringify(body)).toMatch(message);
      expect(res.body).not.toMatch(/\bat .*\.(ts|js):\d+/);
    }
    const text = await app.inject({ method: 'POST', url: '/api/cypher', payload: 'MATCH (n) RETURN n', headers: { 'content-type': 'text/plain' } });
    expect(text.statusCode).toBe(415);
  });

  it('lists the example queries for the embedded dialect, and each one runs on the seed graph', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/cypher/examples' });
    expect(res.statusCode).toBe(200);
    const { store, items } = res.json();
    expect(store).toBe('embedded');
    expect(items.map((x: Json) => x.name)).toEqual([
      'chains-to-russia', 'intermediaries', 'sanctioned-shippers', 'single-source', 'supplier-buyers',
    ]);
    const graph = (await app.inject({ method: 'GET', url: '/api/graph' })).json();
    const out: Record<string, Json> = {};
    for (const ex of items) {
      expect(ex.title).toEqual(expect.any(String));
      expect(ex.query).not.toMatch(/^\/\//);
      const r = await post(app, { query: ex.query, params: ex.params });
      expect(r.statusCode, `${ex.name}: ${r.body}`).toBe(200);
      out[ex.name] = r.json();
    }
    // Every chain ends in a Russian entity and starts where nothing is shipped in.
    const chains = out['chains-to-russia'];
    expect(chains.rows.length).toBeGreaterThan(0);
    const shippedTo = new Set(graph.edges.filter((e: Json) => e.type === 'SHIPPED_TO').map((e: Json) => e.target));
    for (const [p, hops] of chains.rows) {
      expect(p.relationships).toHaveLength(hops);
      expect(p.nodes.at(-1).properties.country).toBe('RU');
      expect(shippedTo.has(p.nodes[0].properties.id)).toBe(false);
    }
    // One row per single-source relation, one per shipment.
    expect(out['single-source'].rows).toHaveLength(graph.edges.filter((e: Json) => e.sources === 1).length);
    expect(out['supplier-buyers'].rows).toHaveLength(graph.edges.filter((e: Json) => e.type === 'SHIPPED_TO').length);
    expect(out['supplier-buyers'].graph.edges.every((e: Json) => e.type === 'SHIPPED_TO')).toBe(true);
    for (const [, , s] of out['sanctioned-shippers'].rows) expect(s.type).toBe('SANCTIONED');
  });
});

describe('POST /api/cypher with configured limits', () => {
  let app: App;
  beforeAll(async () => {
    ({ app } = await makeTestApp({ seed: true, config: { cypherRowCap: 3, cypherTimeoutMs: 1000 } }));
  });
  afterAll(async () => app?.close());

  it('caps rows and says so', async () => {
    const capped = (await post(app, { query: 'MATCH (e:Entity) RETURN e ORDER BY e.id' })).json();
    expect(capped.rows).toHaveLength(3);
    expect(capped.truncated).toBe(true);
    expect(capped.graph.nodes).toHaveLength(3);
    const exact = (await post(app, { query: 'MATCH (e:Entity) RETURN e.id ORDER BY e.id LIMIT 3' })).json();
    expect(exact).toMatchObject({ truncated: false });
    expect(exact.rows).toHaveLength(3);
  });

  it('applies the configured time limit: the query is cancelled in the engine, and the next one runs', async () => {
    const started = Date.now();
    const res = await post(app, { query: CARTESIAN });
    expect(res.statusCode, res.body).toBe(408);
    expect(res.json()).toEqual({ error: 'timeout', message: 'the query ran past the 1 s time limit and was cancelled' });
    // Not cut short: the answer comes once the limit has passed (a lower bound, which load cannot break).
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    // Cancelled, not abandoned: this process stops spending CPU on it, and the next query answers.
    expect(await cpuOver(500)).toBeLessThan(250);
    expect((await post(app, { query: 'MATCH (e:Entity) RETURN count(e)' })).statusCode).toBe(200);
  });

  it('runs concurrent console queries and app reads side by side', async () => {
    let slowDone = false;
    const slow = post(app, { query: CARTESIAN }).finally(() => { slowDone = true; });
    const [a, b] = await Promise.all([
      post(app, { query: 'MATCH (e:Entity) RETURN count(e)' }), app.inject({ method: 'GET', url: '/api/graph' }),
    ]);
    expect(a.statusCode).toBe(200);
    expect(b.statusCode).toBe(200);
    // Both answered while the slow query still held its connection, not after it.
    expect(slowDone).toBe(false);
    expect((await slow).statusCode).toBe(408);
  });
});

describe('the console statement gate', () => {
  it('admits read queries, whatever words appear in strings, names, properties and comments', () => {
    for (const q of [
      "MATCH (e:Entity) WHERE e.name = 'CREATE; DELETE' RETURN e",
      'MATCH (e:`Entity`) RETURN e.set AS set_, {load: 1} AS m // DROP everything',
      'OPTIONAL MATCH (e) RETURN e', 'UNWIND [1] AS x RETURN x', 'WITH 1 AS x RETURN x', 'RETURN 1;',
      'CALL show_tables() RETURN *', 'EXPLAIN MATCH (n) RETURN n', 'profile match (n) return n',
      "MATCH (a:Entity) WITH a LIMIT 1 CREATE (:Entity {id: a.id + '-copy'})",
    ]) expect(() => vetConsoleStatement(q, 'embedded'), q).not.toThrow();
    expect(vetConsoleStatement('MATCH (e {id: $id}) WHERE e.x IN $`odd name` RETURN e', 'embedded').params).toEqual(['id', 'odd name']);
  });

  it('refuses statements that are not queries, LOAD, and CALLs outside the allowed table functions', () => {
    for (const q of ['CREATE (n)', 'COPY Entity FROM "x"', 'USE other', 'LOAD FROM "x" RETURN *', 'UNWIND [1] AS x LOAD FROM "f" RETURN *',
      'CALL read_csv_serial("/etc/passwd") RETURN *', 'CALL `READ_PARQUET`("x") RETURN *', 'CALL threads = 1', 'DETACH other']) {
      expect(() => vetConsoleStatement(q, 'embedded'), q).toThrow(ForbiddenError);
    }
    expect(() => vetConsoleStatement('CALL dbms.setConfigValue("a", "b")', 'neo4j')).toThrow(ForbiddenError);
    expect(() => vetConsoleStatement('CALL apoc.load.json("http://x") YIELD value RETURN value', 'neo4j')).toThrow(ForbiddenError);
    expect(() => vetConsoleStatement('CALL db.labels() YIELD label RETURN label', 'neo4j')).not.toThrow();
    expect(() => vetConsoleStatement('CALL { USE system SHOW USERS } RETURN 1', 'neo4j')).toThrow(/USE/);
    expect(() => vetConsoleStatement('CYPHER 5 MATCH (n) RETURN n', 'neo4j')).not.toThrow();
    expect(() => vetConsoleStatement('RETURN 1; RETURN 2', 'embedded')).toThrow(InputError);
  });
});

describe('the Neo4j console pieces that need no server', () => {
  const { types, int } = neo4j;
  const driverError = (code: string, message: string) => new Neo4jError(message, code as never, '42N01', 'error');

  it('refuses plans that are not reads, read files or call procedures beyond the graph', () => {
    const plan = (operatorType: string, args: Record<string, unknown> = {}, children: unknown[] = []) => ({ operatorType, arguments: args, children });
    expect(() => vetNeo4jPlan({ queryType: 'r', plan: plan('ProduceResults@neo4j', {}, [plan('AllNodesScan@neo4j')]) as never })).not.toThrow();
    for (const t of ['w', 'rw', 's']) expect(() => vetNeo4jPlan({ queryType: t, plan: false })).toThrow(ForbiddenError);
    expect(() => vetNeo4jPlan({ queryType: 'r', plan: plan('ProduceResults@neo4j', {}, [plan('LoadCSV@neo4j')]) as never })).toThrow(/LOAD CSV/);
    expect(() => vetNeo4jPlan({ queryType: 'r', plan: plan('ProcedureCall@neo4j', { Details: 'dbms.listConfig() :: (name :: STRING)' }) as never })).toThrow(/dbms.listConfig/);
    expect(() => vetNeo4jPlan({ queryType: 'r', plan: plan('ProcedureCall@neo4j', { Details: 'db.labels() :: (label :: STRING)' }) as never })).not.toThrow();
  });

  it('maps a write in read mode to 403 and a syntax error to 400 with its position', () => {
    const write = mapDriverError(driverError('Neo.ClientError.Statement.AccessMode', 'Writing in read access mode not allowed.'), 'q', { userQuery: true });
    expect(write).toBeInstanceOf(ForbiddenError);
    expect(toHttpError(write)).toMatchObject({ status: 403, body: { error: 'read_only' } });
    const msg = "Invalid input 'RETRN': expected 'RETURN' (line 1, column 10 (offset: 9))";
    const syntax = mapDriverError(driverError('Neo.ClientError.Statement.SyntaxError', msg), 'q', { userQuery: true });
    expect(syntax).toEqual(new StoreError('syntax_error', msg, true));
    expect(toHttpError(syntax)).toEqual({ status: 400, body: { error: 'syntax_error', message: msg } });
    const missing = mapDriverError(driverError('Neo.ClientError.Procedure.ProcedureNotFound', 'no such procedure'), 'q', { userQuery: true });
    expect(toHttpError(missing).status).toBe(400);
    // The app's own statements keep their 503: a failure there is not the caller's doing.
    expect(toHttpError(mapDriverError(driverError('Neo.ClientError.Statement.SyntaxError', msg), 'q')).status).toBe(503);
  });

  it('turns nodes, relationships and paths into the same shapes as the embedded store', () => {
    const a = new types.Node(int(1), ['Entity'], { id: 'dji', sources: int(2) }, '4:x:1');
    const b = new types.Node(int(2), ['Entity'], { id: 'russia' }, '4:x:2');
    const r = new types.Relationship(int(9), int(1), int(2), 'SHIPPED_TO', { id: 'SHIPPED_TO:dji->russia' }, '5:x:9', '4:x:1', '4:x:2');
    const p = new types.Path(a, b, [new types.PathSegment(a, r, b)]);
    const plain = neo4jConsoleValue([p, { big: int('9007199254740993') }]);
    expect(plain).toEqual([
      {
        _kind: 'path',
        nodes: [
          { _kind: 'node', id: '4:x:1', labels: ['Entity'], properties: { id: 'dji', sources: 2 } },
          { _kind: 'node', id: '4:x:2', labels: ['Entity'], properties: { id: 'russia' } },
        ],
        relationships: [{ _kind: 'relationship', id: '5:x:9', type: 'SHIPPED_TO', start: '4:x:1', end: '4:x:2', properties: { id: 'SHIPPED_TO:dji->russia' } }],
      },
      { big: '9007199254740993' },
    ]);
    const embedded = embeddedConsoleValue({
      _nodes: [{ _label: 'Entity', _id: { table: 4, offset: 1 }, id: 'dji', sources: 2n }, { _label: 'Entity', _id: { table: 4, offset: 2 }, id: 'russia' }],
      _rels: [{ _label: 'SHIPPED_TO', _id: { table: 5, offset: 9 }, _src: { table: 4, offset: 1 }, _dst: { table: 4, offset: 2 }, id: 'SHIPPED_TO:dji->russia' }],
    });
    expect(embedded).toEqual({
      _kind: 'path',
      nodes: [
        { _kind: 'node', id: '4:1', labels: ['Entity'], properties: { id: 'dji', sources: 2 } },
        { _kind: 'node', id: '4:2', labels: ['Entity'], properties: { id: 'russia' } },
      ],
      relationships: [{ _kind: 'relationship', id: '5:9', type: 'SHIPPED_TO', start: '4:1', end: '4:2', properties: { id: 'SHIPPED_TO:dji->russia' } }],
    });
  });

  it('offers the same example questions in both dialects', () => {
    const names = (d: 'embedded' | 'neo4j') => loadExamples(d).map((x) => `${x.name}: ${x.title}`);
    expect(names('neo4j')).toEqual(names('embedded'));
    expect(names('neo4j')).toHaveLength(5);
  });
});
