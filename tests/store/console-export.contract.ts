/**
 * The GraphStore contract for the read-only Cypher console, the paged reads behind exports and snapshots: both
 * adapters must pass it. Like contract.ts, each test makes its own ids (a unique prefix) and only adds data, so it can
 * run against a shared Neo4j database.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForbiddenError, StoreError, TimeoutError } from '../../server/domain/errors.js';
import type { GraphStore } from '../../server/store/graph-store.js';
import { sampleBatch } from './contract.js';

export function defineConsoleExportContract(name: string, open: () => Promise<GraphStore>) {
  describe(`GraphStore contract (console, exports, snapshots): ${name}`, () => {
    let store: GraphStore;
    let p: string;
    const limits = { timeoutMs: 10_000, rowCap: 5000 };

    beforeAll(async () => {
      store = await open();
      p = `c${randomUUID().slice(0, 8)}`;
      await store.loadBatch(sampleBatch(p));
      // Enough entities for a cartesian product that runs for minutes (the time-limit case).
      await store.loadBatch({
        articles: [], relations: [],
        entities: Array.from({ length: 60 }, (_, i) => ({ id: `${p}-n${i}`, name: `${p} filler ${i}`, kind: 'product' as const, aliases: [] })),
      });
    });
    afterAll(async () => {
      await store?.close();
    });

    it('runs a read query: columns, rows of plain values, and the entities and relations it names', async () => {
      const res = await store.cypher({
        ...limits, params: { p },
        query: 'MATCH (a:Entity)-[r:SHIPPED_TO]->(b:Entity) WHERE a.id STARTS WITH $p RETURN a, r, b, a.name AS name ORDER BY name',
      });
      expect(res.columns).toEqual(['a', 'r', 'b', 'name']);
      expect(res.truncated).toBe(false);
      expect(res.rows).toHaveLength(2);
      const [a, r, b, name] = res.rows[0] as [any, any, any, string];
      // On Neo4j an entity also carries its kind's label (:Entity:Company).
      expect(a).toMatchObject({ _kind: 'node', labels: expect.arrayContaining(['Entity']), properties: { id: `${p}-maker`, name } });
      expect(r).toMatchObject({ _kind: 'relationship', type: 'SHIPPED_TO', start: a.id, end: b.id, properties: { id: `SHIPPED_TO:${p}-maker->${p}-middle`, sources: 1 } });
      expect(res.graph.edges.map((e) => e.id).sort()).toEqual([`SHIPPED_TO:${p}-maker->${p}-middle`, `SHIPPED_TO:${p}-middle->${p}-buyer`]);
      expect(res.graph.nodes.map((n) => n.id).sort()).toEqual([`${p}-buyer`, `${p}-maker`, `${p}-middle`]);
      expect(res.graph.nodes.find((n) => n.id === `${p}-middle`)).toMatchObject({ sanctioned: true, degree: 4, kind: 'company' });
    });

    it('caps rows and says so', async () => {
      const res = await store.cypher({ ...limits, rowCap: 2, params: { p }, query: 'MATCH (e:Entity) WHERE e.id STARTS WITH $p RETURN e.id ORDER BY e.id' });
      expect(res.rows).toEqual([[`${p}-agency`], [`${p}-buyer`]]);
      expect(res.truncated).toBe(true);
    });

    it('refuses writes and leaves the data as it was', async () => {
      const before = await store.counts();
      for (const query of [
        `CREATE (:Entity {id: '${p}-new'})`,
        `MERGE (:Entity {id: '${p}-new'})`,
        `MATCH (e:Entity {id: '${p}-maker'}) SET e.name = 'changed'`,
        `MATCH (e:Entity {id: '${p}-maker'}) DETACH DELETE e`,
        `MATCH (e:Entity {id: '${p}-maker'}) WITH e CREATE (:Entity {id: e.id + '-copy'})`,
      ]) {
        await expect(store.cypher({ ...limits, params: {}, query }), query).rejects.toBeInstanceOf(ForbiddenError);
      }
      expect(await store.counts()).toEqual(before);
      expect((await store.getEntity(`${p}-maker`))?.entity.name).toBe(`${p}Maker Co.`);
    });

    it('reports a syntax error as the caller\'s', async () => {
      const err = await store.cypher({ ...limits, params: {}, query: 'MATCH (e:Entity RETURN e' }).catch((e) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect(err.userFacing).toBe(true);
    });

    it('pages entities and articles in id order, and reads relations with their evidence', async () => {
      const ents = await store.entityPage(`${p}-`, 4);
      expect(ents.map((e) => e.id)).toEqual([`${p}-agency`, `${p}-buyer`, `${p}-maker`, `${p}-middle`]);
      expect(ents[3]).toEqual({ id: `${p}-middle`, name: `${p}Middle`, kind: 'company', aliases: [] });
      expect(await store.sanctionedIds()).toContain(`${p}-middle`);
      expect(await store.sanctionedIds()).not.toContain(`${p}-maker`);
      expect((await store.entityPage(`${p}-buyer`, 1)).map((e) => e.id)).toEqual([`${p}-maker`]);
      expect((await store.entitiesByIds([`${p}-middle`, 'nobody', `${p}-buyer`])).map((e) => e.id)).toEqual([`${p}-middle`, `${p}-buyer`]);

      const rels = await store.relationsFrom([`${p}-maker`, `${p}-middle`]);
      expect(rels.map((r) => r.id)).toEqual([
        `SHIPPED_TO:${p}-maker->${p}-middle`, `SHIPPED_TO:${p}-middle->${p}-buyer`, `SUBSIDIARY_OF:${p}-middle->${p}-maker`,
      ]);
      for (const r of rels) expect(r.evidence[0]).toMatchObject({ article: `${p}-art1`, quote: expect.any(String) });
      // The same relations by a range of source ids: (after, last].
      expect(await store.relationsFromRange(`${p}-maker`, `${p}-middle`)).toEqual(rels.filter((r) => r.source === `${p}-middle`));
      expect(await store.relationsFromRange(`${p}-buyer`, `${p}-middle`)).toEqual(rels);
      const byId = await store.relationsWithEvidence([`SANCTIONED:${p}-agency->${p}-middle`, 'SHIPPED_TO:nobody->nowhere']);
      expect(byId).toHaveLength(1);
      expect(byId[0]).toMatchObject({ type: 'SANCTIONED', props: { when: '2023' }, sources: 1 });

      const [art] = await store.articlePage(`${p}-`, 1);
      expect(art).toMatchObject({ id: `${p}-art1`, title: `${p} article`, source: 'Test Wire' });
      expect(art.text.slice(rels[0].evidence[0].start, rels[0].evidence[0].end)).toBe(rels[0].evidence[0].quote);
      expect(await store.articlesByIds([`${p}-art1`])).toEqual([art]);
      const mentions = await store.mentionsOf([`${p}-art1`]);
      expect(mentions.map((m) => m.entity)).toEqual([`${p}-maker`, `${p}-middle`]);
      expect(art.text.slice(...mentions[0].spans[0])).toBe(`${p}Maker Co.`);
    });

    it('keeps snapshots by id, as they were written', async () => {
      const s = { id: `${p}snap`, createdAt: '2024-01-02T03:04:05.000Z', view: JSON.stringify({ title: 'x', quote: "it's <b>" }) };
      await store.saveSnapshot(s);
      expect(await store.getSnapshot(s.id)).toEqual(s);
      expect(await store.getSnapshot(`${p}none`)).toBeNull();
    });

    it('cancels a query over its time limit', async () => {
      // A long query that needs no memory on each store (LadybugDB materialises UNWIND ranges; Neo4j streams them). The
      // range's size comes from the data, as the console's gate refuses a literal one this large before the engine.
      const query = store.kind === 'neo4j'
        ? 'MATCH (n) WITH collect(n.id) AS ids UNWIND range(1, size(ids) + 2000000000) AS x WITH x WHERE x < 0 RETURN count(x)'
        : "MATCH (a:Entity), (b:Entity), (c:Entity), (d:Entity), (e:Entity) WHERE a.id + b.id + c.id + d.id + e.id = 'x' RETURN count(*)";
      await expect(store.cypher({ timeoutMs: 500, rowCap: 10, params: {}, query })).rejects.toBeInstanceOf(TimeoutError);
      // Cancelled, not left running: the store answers the next query.
      expect((await store.cypher({ timeoutMs: 10_000, rowCap: 10, params: {}, query: 'RETURN 1 AS one' })).rows).toEqual([[1]]);
    });
  });
}
