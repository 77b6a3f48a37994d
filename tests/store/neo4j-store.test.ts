/** The Neo4j adapter's pieces that need no server: values across the boundary, error mapping, start-up retries. */
import neo4j, { Neo4jError, isInt, type Integer } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toHttpError } from '../../server/app.js';
import { InputError, StoreError, TimeoutError } from '../../server/domain/errors.js';
import {
  Neo4jStore, mapDriverError, recordToRow, retryStartup, toDriverParams, toPlain, unsupportedServer,
} from '../../server/store/neo4j-store.js';

const { types, int } = neo4j;
const driverError = (code: string, message = 'boom') => new Neo4jError(message, code as never, '50N42', 'error: general processing exception');

describe('toPlain: driver values become plain JSON', () => {
  it('turns Integers into numbers, and into exact strings beyond 2^53', () => {
    expect(toPlain(int(42))).toBe(42);
    expect(toPlain(int(-7))).toBe(-7);
    expect(toPlain(int(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(toPlain(int('9007199254740993'))).toBe('9007199254740993');
    expect(toPlain(9007199254740993n)).toBe('9007199254740993');
    expect(toPlain(12n)).toBe(12);
  });

  it('turns temporal values into ISO strings', () => {
    expect(toPlain(new types.Date(int(2024), int(3), int(9)))).toBe('2024-03-09');
    expect(toPlain(new types.DateTime(int(2024), int(3), int(9), int(10), int(11), int(12), int(0), int(0)))).toBe('2024-03-09T10:11:12Z');
    expect(toPlain(new types.DateTime(2024, 3, 9, 10, 11, 12, 0, 3600))).toBe('2024-03-09T10:11:12+01:00');
    expect(toPlain(new types.LocalDateTime(2024, 3, 9, 10, 11, 12, 500_000_000))).toBe('2024-03-09T10:11:12.500000000');
    expect(toPlain(new types.LocalTime(10, 11, 12, 0))).toBe('10:11:12');
    expect(toPlain(new types.Time(10, 11, 12, 0, -18000))).toBe('10:11:12-05:00');
    expect(toPlain(new types.Duration(int(14), int(3), int(3600), int(0)))).toBe('P1Y2M3DT1H');
  });

  it('turns points into coordinates', () => {
    expect(toPlain(new types.Point(int(4326), 13.4, 52.5))).toEqual({ srid: 4326, x: 13.4, y: 52.5 });
    expect(toPlain(new types.Point(int(9157), 1, 2, 3))).toEqual({ srid: 9157, x: 1, y: 2, z: 3 });
  });

  it('turns nodes, relationships and paths into plain objects with element ids and plain properties', () => {
    const a = new types.Node(int(1), ['Entity'], { id: 'dji', degree: int(3) }, '4:x:1');
    const b = new types.Node(int(2), ['Entity'], { id: 'iflight' }, '4:x:2');
    const r = new types.Relationship(int(9), int(1), int(2), 'SHIPPED_TO', { sources: int(2) }, '5:x:9', '4:x:1', '4:x:2');
    expect(toPlain(a)).toEqual({ elementId: '4:x:1', labels: ['Entity'], properties: { id: 'dji', degree: 3 } });
    expect(toPlain(r)).toEqual({
      elementId: '5:x:9', type: 'SHIPPED_TO', startNodeElementId: '4:x:1', endNodeElementId: '4:x:2', properties: { sources: 2 },
    });
    const path = new types.Path(a, b, [new types.PathSegment(a, r, b)]);
    const plain = toPlain(path) as { nodes: { elementId: string }[]; relationships: { type: string }[] };
    expect(plain.nodes.map((n) => n.elementId)).toEqual(['4:x:1', '4:x:2']);
    expect(plain.relationships.map((x) => x.type)).toEqual(['SHIPPED_TO']);
    expect(JSON.parse(JSON.stringify(plain))).toEqual(plain);
  });

  it('walks lists and maps, keeps strings, numbers and booleans, and turns undefined into null', () => {
    expect(toPlain({ a: [int(1), { b: int(2), c: 'x' }], d: true, e: 1.5, f: null, g: undefined })).toEqual({
      a: [1, { b: 2, c: 'x' }], d: true, e: 1.5, f: null, g: null,
    });
    expect(toPlain(new Int8Array([1, -2]))).toEqual([1, -2]);
  });

  it('makes a record a row keyed by its RETURN aliases', () => {
    const rec = new types.Record(['id', 'n', 'aliases', 'when'], ['dji', int(4), ['DJI'], new types.Date(2023, 1, 2)]);
    expect(recordToRow(rec)).toEqual({ id: 'dji', n: 4, aliases: ['DJI'], when: '2023-01-02' });
  });
});

describe('toDriverParams: numbers go out with the right Cypher type', () => {
  it('sends whole numbers as Integer (SKIP/LIMIT and INTEGER properties need it) and fractions as Float', () => {
    const p = toDriverParams({ limit: 10, offset: 0, ratio: 0.5, big: 2 ** 60, neg: -3 }) as Record<string, unknown>;
    expect(isInt(p.limit) && (p.limit as Integer).toNumber()).toBe(10);
    expect(isInt(p.offset) && (p.offset as Integer).toNumber()).toBe(0);
    expect(isInt(p.neg) && (p.neg as Integer).toNumber()).toBe(-3);
    expect(p.ratio).toBe(0.5);
    expect(p.big).toBe(2 ** 60);
  });

  it('converts inside UNWIND rows and keeps strings, lists and nulls', () => {
    const rows = [{ id: 'r1', sources: 2, articles: ['a', 'b'], country: undefined, notes: null }];
    const [row] = (toDriverParams({ rows }) as { rows: Record<string, unknown>[] }).rows;
    expect(isInt(row.sources)).toBe(true);
    expect(row).toMatchObject({ id: 'r1', articles: ['a', 'b'], country: null, notes: null });
    expect(rows[0].sources).toBe(2); // the caller's rows are not modified
  });

  it('round-trips with toPlain', () => {
    const v = { rows: [{ n: 3, x: 1.25, s: 'q', l: [1, 2] }] };
    expect(toPlain(toDriverParams(v))).toEqual(v);
  });
});

describe('mapDriverError: driver errors become named errors', () => {
  it('maps an unreachable server and an expired session to store_unavailable (503, no internals)', () => {
    for (const code of [neo4j.error.SERVICE_UNAVAILABLE, neo4j.error.SESSION_EXPIRED]) {
      const e = mapDriverError(driverError(code, 'connect ECONNREFUSED 10.0.0.7:7687'), 'counting');
      expect(e).toBeInstanceOf(StoreError);
      expect(e).toMatchObject({ code: 'store_unavailable', userFacing: false });
      const http = toHttpError(e);
      expect(http.status).toBe(503);
      expect(JSON.stringify(http.body)).not.toMatch(/10\.0\.0\.7|ECONNREFUSED/);
    }
  });

  it('maps refused credentials and permissions to store_auth without repeating the server message', () => {
    for (const code of ['Neo.ClientError.Security.Unauthorized', 'Neo.ClientError.Security.AuthenticationRateLimit', 'Neo.ClientError.Security.Forbidden']) {
      const e = mapDriverError(driverError(code, 'user neo4j with password s3cret-pw rejected'), 'opening Neo4j') as StoreError;
      expect(e).toBeInstanceOf(StoreError);
      expect(e.code).toBe('store_auth');
      expect(e.message).toContain(code);
      expect(e.message).not.toContain('s3cret-pw');
    }
  });

  it("maps the app's own statement errors to statement_failed (a bug: 503), a console query's to a 400 (syntax_error)", () => {
    const syntax = driverError('Neo.ClientError.Statement.SyntaxError', "Invalid input 'WHER'");
    const own = mapDriverError(syntax, 'degrees') as StoreError;
    expect(own).toMatchObject({ code: 'statement_failed', userFacing: false });
    expect(toHttpError(own).status).toBe(503);
    const user = mapDriverError(syntax, 'console', { userQuery: true }) as StoreError;
    expect(user).toMatchObject({ code: 'syntax_error', userFacing: true, message: "Invalid input 'WHER'" });
    expect(toHttpError(user)).toEqual({ status: 400, body: { error: 'syntax_error', message: "Invalid input 'WHER'" } });
  });

  it('maps time-outs, transient failures, a missing database and schema failures', () => {
    expect(mapDriverError(driverError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'), 'console')).toBeInstanceOf(TimeoutError);
    expect(mapDriverError(driverError('Neo.TransientError.Transaction.DeadlockDetected'), 'x')).toMatchObject({ code: 'store_busy' });
    expect(mapDriverError(driverError('Neo.ClientError.Database.DatabaseNotFound'), 'x')).toMatchObject({ code: 'store_unavailable' });
    expect(mapDriverError(driverError('Neo.ClientError.Schema.IndexPopulationFailed'), 'x')).toMatchObject({ code: 'schema_error' });
    expect(mapDriverError(driverError('Neo.DatabaseError.General.UnknownError'), 'x')).toMatchObject({ code: 'statement_failed' });
  });

  it('passes our own errors through untouched', () => {
    const input = new InputError('bad_relation', 'unknown entity', 422);
    expect(mapDriverError(input, 'loading')).toBe(input);
    const bug = new TypeError('x is undefined');
    expect(mapDriverError(bug, 'loading')).toBe(bug);
  });
});

describe('start-up', () => {
  const clock = () => {
    let t = 0;
    const slept: number[] = [];
    return { now: () => t, sleep: async (ms: number) => void (slept.push(ms), (t += ms)), slept };
  };

  it('waits out a server that is not up yet, backing off', async () => {
    const c = clock();
    let calls = 0;
    const out = await retryStartup(async () => {
      if (++calls < 4) throw driverError(calls === 3 ? 'Neo.TransientError.General.DatabaseUnavailable' : neo4j.error.SERVICE_UNAVAILABLE);
      return 'up';
    }, 60_000, c.sleep, c.now);
    expect(out).toBe('up');
    expect(c.slept).toEqual([250, 500, 1000]);
  });

  it('gives up at the deadline with the last error', async () => {
    const c = clock();
    let calls = 0;
    const run = retryStartup(async () => {
      calls++;
      throw driverError(neo4j.error.SERVICE_UNAVAILABLE);
    }, 5_000, c.sleep, c.now);
    await expect(run).rejects.toMatchObject({ code: neo4j.error.SERVICE_UNAVAILABLE });
    expect(c.now()).toBeLessThanOrEqual(5_000);
    expect(calls).toBe(c.slept.length + 1);
    expect(c.slept.every((ms) => ms <= 4000)).toBe(true);
  });

  it('does not retry refused credentials or our own errors', async () => {
    for (const err of [driverError('Neo.ClientError.Security.Unauthorized'), new StoreError('store_unsupported', 'old')]) {
      const c = clock();
      let calls = 0;
      await expect(retryStartup(async () => {
        calls++;
        throw err;
      }, 60_000, c.sleep, c.now)).rejects.toBe(err);
      expect(calls).toBe(1);
    }
  });

  it('accepts Neo4j 5.21+ and the 2025+ calendar versions, refuses older servers naming the version needed', () => {
    expect(unsupportedServer('Neo4j/5.26.1')).toBeNull();
    expect(unsupportedServer('Neo4j/5.21.0')).toBeNull();
    expect(unsupportedServer('Neo4j/2025.06.0')).toBeNull();
    expect(unsupportedServer('Neo4j/5.20.0')).toMatch(/Neo4j 5\.21 or newer.*5\.20\.0/);
    expect(unsupportedServer('Neo4j/4.4.30')).toMatch(/Neo4j 5\.21 or newer.*4\.4\.30/);
    expect(unsupportedServer(undefined)).toBeNull();
  });

  for (const scheme of ['bolt', 'neo4j', 'neo4j+s']) {
    it(`fails fast with store_unavailable when nothing answers at ${scheme}://`, async () => {
      const password = 'not-the-real-one-7f3a';
      const store = new Neo4jStore({ uri: `${scheme}://127.0.0.1:9`, user: 'neo4j', password }, { startupTimeoutMs: 0 });
      const err = await store.init().then(() => null, (e: unknown) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect(err).toMatchObject({ code: 'store_unavailable' });
      expect((err as Error).message).toContain(`${scheme}://127.0.0.1:9`);
      expect((err as Error).message).not.toContain(password);
      await store.close();
    });
  }

  it('refuses to run statements before init()', async () => {
    const store = new Neo4jStore({ uri: 'bolt://127.0.0.1:9', user: 'neo4j', password: 'x' });
    await expect(store.counts()).rejects.toMatchObject({ code: 'store_unavailable' });
  });
});
