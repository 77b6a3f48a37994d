/**
 * The Neo4j adapter driven through a recording stand-in for the driver (no server here): which statements it runs,
 * in which transactions, on which sessions and with which parameter types. What the statements do is checked by the
 * contract suite against a real server (tests/store/neo4j.contract.test.ts).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import neo4j, { Neo4jError, isInt } from 'neo4j-driver';
import { InputError, StoreError } from '../../server/domain/errors.js';
import { RELATION_TYPES } from '../../server/domain/relation-registry.js';
import { ENTITY_KINDS, relationId } from '../../server/domain/types.js';
import { Statements } from '../../server/store/statements.js';
import { NEO4J_PARAMS, Neo4jStore, SCHEMA, WRITE_CHUNK, type Intent } from '../../server/store/neo4j-store.js';
import { sampleBatch } from './contract.js';

interface Ran {
  tx: number;
  mode: 'READ' | 'WRITE';
  intent: string;
  type?: string;
  params: Record<string, unknown>;
}

const fake = vi.hoisted(() => ({
  ran: [] as Ran[],
  sessions: [] as { database?: string; defaultAccessMode: string; bookmarkManager: unknown }[],
  agent: 'Neo4j/5.26.0',
  closed: 0,
  answer: (() => []) as (r: Ran) => Record<string, unknown>[],
  fail: null as null | ((r: Ran) => Error | null),
  created: [] as { uri: string; auth: unknown }[],
}));

/** Which intent (and registry type) a statement text is, by comparing with the files the adapter loads. */
const stmts = new Statements('neo4j');
const byText = new Map<string, { intent: string; type?: string }>();
for (const intent of Object.keys(NEO4J_PARAMS)) {
  if (stmts.get(intent).includes('__TYPE__')) for (const type of RELATION_TYPES) byText.set(stmts.forType(intent, type), { intent, type });
  else if (stmts.get(intent).includes('__KIND__')) for (const kind of ENTITY_KINDS) byText.set(stmts.forKind(intent, kind), { intent, type: kind });
  else byText.set(stmts.get(intent), { intent });
}

vi.mock('neo4j-driver', async (importOriginal) => {
  const real = await importOriginal<typeof import('neo4j-driver')>();
  let txs = 0;
  const driver = (uri: string, auth: unknown) => {
    fake.created.push({ uri, auth });
    return {
      getServerInfo: async () => ({ agent: fake.agent, address: 'fake:7687', protocolVersion: 5.4 }),
      close: async () => void fake.closed++,
      session: (config: { database?: string; defaultAccessMode: string; bookmarkManager: unknown }) => {
        fake.sessions.push(config);
        const mode = config.defaultAccessMode === real.default.session.READ ? 'READ' : 'WRITE';
        const inTx = (expected: 'READ' | 'WRITE') => async (work: (tx: unknown) => Promise<unknown>) => {
          if (mode !== expected) throw new Error(`execute${expected === 'READ' ? 'Read' : 'Write'} on a ${mode} session`);
          const tx = ++txs;
          return work({
            run: async (text: string, params: Record<string, unknown>) => {
              const known = byText.get(text);
              if (!known) throw new Error(`not a statement from cypher/neo4j: ${text}`);
              const r: Ran = { tx, mode, ...known, params };
              fake.ran.push(r);
              const err = fake.fail?.(r);
              if (err) throw err;
              const rows = fake.answer(r);
              return { records: rows.map((row) => new real.default.types.Record(Object.keys(row), Object.values(row))) };
            },
          });
        };
        return { executeRead: inTx('READ'), executeWrite: inTx('WRITE'), close: async () => undefined };
      },
    };
  };
  return { ...real, default: { ...real.default, driver } };
});

const cfg = { uri: 'neo4j+s://graph.example:7687', user: 'neo4j', password: 'pw-12345678', database: 'investigations' };

async function openStore() {
  const store = new Neo4jStore(cfg, { startupTimeoutMs: 0 });
  await store.init();
  fake.ran.length = 0;
  fake.sessions.length = 0;
  return store;
}

beforeEach(() => {
  fake.ran.length = 0;
  fake.sessions.length = 0;
  fake.created.length = 0;
  fake.closed = 0;
  fake.agent = 'Neo4j/5.26.0';
  fake.answer = () => [];
  fake.fail = null;
});

describe('Neo4jStore.init', () => {
  it('connects with the configured URI and credentials, creates the schema and waits for the indexes', async () => {
    const store = new Neo4jStore(cfg, { startupTimeoutMs: 0, indexTimeoutSeconds: 90 });
    await store.init();
    expect(fake.created).toEqual([{ uri: cfg.uri, auth: neo4j.auth.basic(cfg.user, cfg.password) }]);
    expect(fake.ran.map((r) => (r.type ? `${r.intent}:${r.type}` : r.intent))).toEqual([
      ...SCHEMA, ...RELATION_TYPES.map((t) => `schema-relation:${t}`), 'await-indexes', ...ENTITY_KINDS.map((k) => `label-kinds:${k}`),
    ]);
    expect(fake.ran.every((r) => r.mode === 'WRITE')).toBe(true);
    // One transaction per schema statement: Neo4j refuses to mix schema commands in one transaction.
    expect(new Set(fake.ran.map((r) => r.tx)).size).toBe(fake.ran.length);
    const wait = fake.ran.find((r) => r.intent === 'await-indexes')!.params.timeoutSeconds;
    expect(isInt(wait) && neo4j.integer.toNumber(wait as never)).toBe(90);
    expect(fake.sessions.every((s) => s.database === 'investigations')).toBe(true);
  });

  it('refuses a Neo4j 4 server and closes the driver', async () => {
    fake.agent = 'Neo4j/4.4.12';
    const store = new Neo4jStore(cfg, { startupTimeoutMs: 0 });
    await expect(store.init()).rejects.toMatchObject({ code: 'store_unsupported' });
    expect(fake.ran).toEqual([]);
    expect(fake.closed).toBe(1);
  });

  it('maps a failing schema statement to a StoreError and closes the driver', async () => {
    fake.fail = (r) => (r.intent === 'schema-entity-fulltext'
      ? new Neo4jError('no', 'Neo.ClientError.Schema.IndexCreationFailed' as never, '22N71', 'x') : null);
    await expect(new Neo4jStore(cfg, { startupTimeoutMs: 0 }).init()).rejects.toMatchObject({ code: 'schema_error' });
    expect(fake.closed).toBe(1);
  });

  it('takes an index another process created at the same moment as done', async () => {
    fake.fail = (r) => (r.intent === 'schema-entity-fulltext'
      ? new Neo4jError('no', 'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists' as never, '22N71', 'x') : null);
    await new Neo4jStore(cfg, { startupTimeoutMs: 0 }).init();
    expect(fake.ran.map((r) => r.intent)).toContain('await-indexes');
  });
});

describe('Neo4jStore.loadBatch', () => {
  it('writes a large batch in bounded UNWIND chunks and id lists, still in one transaction', async () => {
    const store = await openStore();
    const n = WRITE_CHUNK * 2 + 1;
    const entities = Array.from({ length: n }, (_, i) => ({ id: `big-${i}`, name: `Big ${i}`, kind: 'company' as const, aliases: [] }));
    await store.loadBatch({ articles: [], entities, relations: [], mentions: [] });
    const sizes = (intent: string, key: string) => fake.ran.filter((r) => r.intent === intent).map((r) => (r.params[key] as unknown[]).length);
    expect(sizes('upsert-entities', 'rows')).toEqual([WRITE_CHUNK, WRITE_CHUNK, 1]);
    expect(sizes('entities-by-ids', 'ids')).toEqual([WRITE_CHUNK, WRITE_CHUNK, 1]);
    expect(new Set(fake.ran.map((r) => r.tx)).size).toBe(1);
  });

  it('reads, merges and writes the whole batch in ONE write transaction, relations once per type', async () => {
    const store = await openStore();
    const res = await store.loadBatch(sampleBatch('s1'));
    expect(res).toEqual({ articles: { created: 1, updated: 0 }, entities: { created: 4, updated: 0 }, relations: { created: 4, updated: 0 } });
    expect(new Set(fake.ran.map((r) => r.tx)).size).toBe(1);
    expect(fake.ran.every((r) => r.mode === 'WRITE')).toBe(true);
    const order = [...new Set(fake.ran.map((r) => r.intent))];
    expect(order).toEqual([
      'entities-by-ids', 'relations-by-ids', 'articles-by-ids', 'mentions-by-articles',
      'upsert-entities', 'upsert-articles', 'create-relations', 'upsert-mentions',
    ]);
    expect(fake.ran.filter((r) => r.intent === 'relations-by-ids').map((r) => r.type)).toEqual(RELATION_TYPES);
    // All new: created (no MERGE, which is quadratic at a hub), none updated.
    expect(fake.ran.some((r) => r.intent === 'update-relations')).toBe(false);
    const upserts = fake.ran.filter((r) => r.intent === 'create-relations');
    expect(upserts.map((r) => r.type).sort()).toEqual(['SANCTIONED', 'SHIPPED_TO', 'SUBSIDIARY_OF']);
    for (const u of upserts) {
      for (const row of u.params.rows as Record<string, unknown>[]) {
        expect(row.type).toBe(u.type); // each typed statement gets only its own type's rows
        expect(isInt(row.sources)).toBe(true); // stored as INTEGER, like the embedded INT64
      }
    }
    expect(fake.sessions).toHaveLength(1);
    expect(fake.sessions[0].database).toBe('investigations');
  });

  it('writes nothing when the database already holds the same rows', async () => {
    const store = await openStore();
    await store.loadBatch(sampleBatch('s2'));
    const written = new Map<string, Record<string, unknown>[]>();
    const writes = (x: { intent: string }) => /^(upsert|create|update)-/.test(x.intent);
    for (const r of fake.ran.filter(writes)) {
      const key = r.intent === 'create-relations' ? `relations:${r.type}` : r.intent;
      written.set(key, [...(written.get(key) ?? []), ...(r.params.rows as Record<string, unknown>[])]);
    }
    // Answer the reads of the second load with what the first one wrote, as Neo4j would (Integers come back).
    const rel = [...written.entries()].filter(([k]) => k.startsWith('relations:')).flatMap(([, rows]) => rows);
    fake.answer = (r) => {
      const ids = new Set((r.params.ids as string[]) ?? []);
      if (r.intent === 'entities-by-ids') return written.get('upsert-entities')!.filter((x) => ids.has(x.id as string));
      if (r.intent === 'relations-by-ids') return rel.filter((x) => ids.has(x.id as string) && x.type === r.type);
      if (r.intent === 'articles-by-ids') return written.get('upsert-articles')!.filter((x) => ids.has(x.id as string));
      if (r.intent === 'mentions-by-articles') return written.get('upsert-mentions')!.filter((x) => ids.has(x.article as string));
      return [];
    };
    fake.ran.length = 0;
    const again = await store.loadBatch(sampleBatch('s2'));
    expect(again).toEqual({ articles: { created: 0, updated: 0 }, entities: { created: 0, updated: 0 }, relations: { created: 0, updated: 0 } });
    expect(fake.ran.filter(writes)).toEqual([]);
  });

  it('rejects an inconsistent batch before writing anything', async () => {
    const store = await openStore();
    const batch = sampleBatch('s3');
    batch.relations.push({ ...batch.relations[0], id: relationId('SHIPPED_TO', 's3-maker', 's3-ghost'), target: 's3-ghost' });
    await expect(store.loadBatch(batch)).rejects.toBeInstanceOf(InputError);
    expect(fake.ran.filter((r) => /^(upsert|create|update)-/.test(r.intent))).toEqual([]);
  });

  it('maps a lost connection to store_unavailable, and later batches still run', async () => {
    const store = await openStore();
    fake.fail = (r) => (r.intent === 'upsert-entities' ? new Neo4jError('gone', neo4j.error.SERVICE_UNAVAILABLE as never, '08000', 'x') : null);
    await expect(store.loadBatch(sampleBatch('s4'))).rejects.toSatisfy((e) => e instanceof StoreError && e.code === 'store_unavailable');
    fake.fail = null;
    await expect(store.loadBatch(sampleBatch('s4'))).resolves.toMatchObject({ entities: { created: 4 } });
  });

  it('runs batches one at a time', async () => {
    const store = await openStore();
    let inFlight = 0;
    let most = 0;
    fake.answer = (r) => {
      if (r.intent === 'entities-by-ids') most = Math.max(most, ++inFlight);
      if (r.intent === 'upsert-mentions') inFlight--;
      return [];
    };
    await Promise.all([1, 2, 3].map((i) => store.loadBatch(sampleBatch(`q${i}`))));
    expect(most).toBe(1);
  });
});

describe('Neo4jStore reads', () => {
  it('reads in READ sessions through executeRead, with the configured database and one bookmark manager', async () => {
    const store = await openStore();
    fake.answer = (r) => [{ n: neo4j.int(r.intent === 'count-entities' ? 7 : r.intent === 'count-relations' ? 9 : 2) }];
    expect(await store.counts()).toEqual({ entities: 7, relations: 9, articles: 2 });
    expect(fake.ran.map((r) => r.mode)).toEqual(['READ', 'READ', 'READ']);
    expect(fake.sessions.every((s) => s.defaultAccessMode === neo4j.session.READ && s.database === 'investigations')).toBe(true);
    expect(new Set(fake.sessions.map((s) => s.bookmarkManager)).size).toBe(1);
  });

  it('sends SKIP/LIMIT values as Integers and returns plain numbers', async () => {
    const store = await openStore();
    fake.answer = () => [{ id: 'a1', title: 'T', source: null, url: null, publishedAt: null, length: neo4j.int(120) }];
    expect(await store.listArticles(50, 10)).toEqual([{ id: 'a1', title: 'T', length: 120 }]);
    const { params } = fake.ran[0];
    expect(isInt(params.limit) && isInt(params.offset)).toBe(true);
    expect([neo4j.integer.toNumber(params.limit as never), neo4j.integer.toNumber(params.offset as never)]).toEqual([50, 10]);
  });

  it('searches chains a layer at a time from the cheaper end, all in one read transaction', async () => {
    const store = await openStore();
    // a -> b directly and a -> m -> b; b is a hub (many relations in), so the search grows from a.
    const edges = [
      { id: 'SHIPPED_TO:a->b', source: 'a', target: 'b', sources: neo4j.int(2) },
      { id: 'SHIPPED_TO:a->m', source: 'a', target: 'm', sources: neo4j.int(3) },
      { id: 'SHIPPED_TO:m->b', source: 'm', target: 'b', sources: neo4j.int(3) },
    ];
    const ids = (r: Ran) => r.params.ids as string[];
    const cap = (r: Ran) => neo4j.integer.toNumber(r.params.cap as never);
    fake.answer = (r) => (r.intent === 'flow-open'
      // a has 2 relations out (within the cap: its layer comes with the costs), b 500 in (beyond it).
      ? [{ outCost: neo4j.int(2), inCost: neo4j.int(500),
        outLayer: 2 <= cap(r) ? [edges.filter((e) => e.source === 'a').map((e) => ({ ...e, degree: neo4j.int(1) }))] : null,
        inLayer: 500 <= cap(r) ? [] : null }]
      : r.intent === 'flow-out'
        ? edges.filter((e) => ids(r).includes(e.source)).map((e) => ({ ...e, degree: neo4j.int(1) }))
        : r.intent === 'flow-in'
          ? edges.filter((e) => ids(r).includes(e.target)).map((e) => ({ ...e, degree: neo4j.int(1) }))
          : r.intent === 'relations-by-ids' && r.type === 'SHIPPED_TO'
            ? edges.filter((e) => ids(r).includes(e.id)).map((e) => ({ ...e, type: 'SHIPPED_TO', props: '{}', evidence: '[]', articles: ['x'] }))
            : r.intent === 'entities-by-ids' || r.intent === 'entity-nodes'
              ? ids(r).map((id) => ({ id, name: id.toUpperCase(), kind: 'company', aliases: [], country: null, notes: null }))
              : []);
    const found = await store.paths({ from: 'a', to: 'b', maxHops: 3, limit: 5, types: [], minSources: 0 });
    expect(found.map((p) => [p.hops, p.support, p.nodes.map((n) => n.id)])).toEqual([[1, 2, ['a', 'b']], [2, 3, ['a', 'm', 'b']]]);
    expect(new Set(fake.ran.map((r) => r.tx)).size).toBe(1);
    expect(fake.ran.every((r) => r.mode === 'READ')).toBe(true);
    // The hub's 500 relations in are never read: a's layer (read with the costs), then m's, hold every chain.
    expect(fake.ran.filter((r) => r.intent.startsWith('flow-')).map((r) => [r.intent, r.params.starts ?? ids(r)]))
      .toEqual([['flow-open', ['a']], ['flow-out', ['m']]]);
    expect(fake.ran.find((r) => r.intent === 'flow-open')!.params).toMatchObject({ targets: ['b'], types: ['SHIPPED_TO'] });
    expect(fake.ran.find((r) => r.intent === 'flow-out')!.params).toMatchObject({ types: ['SHIPPED_TO'] });
    // Chains hold relations of the types searched only, so their evidence is read from that type alone.
    expect(fake.ran.filter((r) => r.intent === 'relations-by-ids').map((r) => r.type)).toEqual(['SHIPPED_TO']);
  });

  it('traces upstream and downstream with one statement each, capped', async () => {
    const store = await openStore();
    fake.answer = (r) => (r.intent === 'reach-up'
      ? [{ id: 'm', hops: neo4j.int(1) }, { id: 's', hops: neo4j.int(2) }]
      : r.intent === 'entities-by-ids' || r.intent === 'entity-nodes'
        ? (r.params.ids as string[]).map((id) => ({ id, name: id, kind: 'company', aliases: [], country: null, notes: null }))
        : []);
    const up = await store.reach('b', 'up', 4, [], 1);
    expect(up.items.map((x) => [x.entity.id, x.hops])).toEqual([['m', 1]]);
    expect(up.truncated).toBe(true);
    expect(fake.ran.find((r) => r.intent === 'reach-up')!.params).toMatchObject({ id: 'b', types: ['SHIPPED_TO'] });
  });

  it('passes every intent exactly the parameters its statement declares', async () => {
    const store = await openStore();
    await store.loadBatch(sampleBatch('p1'));
    await store.graph({ limit: 10 });
    await store.searchEntities('p1maker', 5);
    await store.findByKeys(['p1maker']);
    await store.getEntity('p1-maker');
    await store.getArticle('p1-art1');
    await store.neighbors('p1-maker', { depth: 1, types: [], limit: 10 });
    await store.resolveEntity('p1 Maker');
    await store.paths({ from: 'p1-maker', to: 'p1-buyer', maxHops: 5, limit: 10, types: [], minSources: 0 });
    await store.reach('p1-buyer', 'up', 5, [], 10);
    await store.reach('p1-maker', 'down', 5, [], 10);
    expect(fake.ran.map((r) => r.intent)).toEqual(expect.arrayContaining(['flow-open', 'reach-up', 'reach-down']));
    for (const r of fake.ran) {
      expect(Object.keys(r.params).sort(), r.intent).toEqual([...NEO4J_PARAMS[r.intent as Intent]].sort());
    }
    expect(new Set(fake.ran.map((r) => r.intent)).size).toBeGreaterThan(15);
  });
});
