/**
 * Both stores answer alike: the same data loaded into a fresh embedded store and into Neo4j must give the same counts,
 * the same chains in the same order, the same upstream and downstream sets and the same console answers. Runs in the
 * `neo4j` test project (it empties the database first); without a server it is reported as skipped (in CI: failed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExamples } from '../../server/cypher-examples.js';
import { ingestArticles } from '../../server/ingest.js';
import { readArticleFiles } from '../../server/seed.js';
import { EmbeddedStore } from '../../server/store/embedded-store.js';
import type { GraphStore, PathQuery, PathResult } from '../../server/store/graph-store.js';
import { SEED_DIR } from '../helpers/app.js';
import { openNeo4jStore, wipeNeo4j, withNeo4j } from '../helpers/neo4j.js';
import { DENSE, denseGraph, denseNode } from './dense-graph.js';

const chain = (p: PathResult) =>
  `${p.hops}h s${p.support} ${p.nodes.map((n) => n.id).join('>')}${p.endsIn ? ` in ${p.endsIn.id}` : ''}${p.startsIn ? ` from ${p.startsIn.id}` : ''}`;

/**
 * A console cell in a form both stores share: elements by their app id, not by the store's internal id; lists of plain
 * values sorted, because the order `collect` gathers in is unspecified in Cypher and differs between the engines.
 */
function comparable(v: unknown): unknown {
  if (Array.isArray(v)) {
    const plain = v.every((x) => typeof x !== 'object' || x === null);
    return plain ? [...v].sort() : v.map(comparable);
  }
  if (v && typeof v === 'object') {
    const o = v as Record<string, any>;
    if (o._kind === 'node' || o._kind === 'relationship') return `${o._kind}:${o.properties?.id}`;
    if (o._kind === 'path') return { path: o.nodes.map(comparable), rels: o.relationships.map(comparable) };
    return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, comparable(x)]));
  }
  return v;
}

withNeo4j('both stores answer alike', () => {
  describe('both stores answer alike', () => {
    let embedded: GraphStore;
    let neo: GraphStore;
    const both = () => [embedded, neo] as const;

    beforeAll(async () => {
      await wipeNeo4j();
      embedded = new EmbeddedStore(':memory:');
      await embedded.init();
      neo = await openNeo4jStore();
    });
    afterAll(async () => {
      await embedded?.close();
      await neo?.close();
    });

    describe('on the seed articles', () => {
      beforeAll(async () => {
        const articles = readArticleFiles([SEED_DIR]);
        for (const s of both()) await ingestArticles(s, articles);
      });

      it('holds the same counts', async () => {
        const [a, b] = await Promise.all(both().map((s) => s.counts()));
        expect(a.relations).toBeGreaterThan(10);
        expect(b).toEqual(a);
      });

      it('finds the same chains for DJI → Russia and AEE → IEMZ Kupol', async () => {
        for (const [from, to] of [['DJI', 'Russia'], ['AEE', 'IEMZ Kupol'], ['AEE', 'Russia']]) {
          const answers = await Promise.all(both().map(async (s) => {
            const [f, t] = await Promise.all([s.resolveEntity(from), s.resolveEntity(to)]);
            expect(f && t, `${from} and ${to} resolve`).toBeTruthy();
            return (await s.paths({ from: f!.id, to: t!.id, maxHops: 6, limit: 20, types: [], minSources: 0 })).map(chain);
          }));
          expect(answers[0].length, `${from} → ${to}`).toBeGreaterThan(0);
          expect(answers[1], `${from} → ${to}`).toEqual(answers[0]);
        }
      });

      it('gives the same console answers to every example query', async () => {
        const limits = { timeoutMs: 30_000, rowCap: 100_000 };
        const embeddedExamples = new Map(loadExamples('embedded').map((e) => [e.name, e]));
        const neo4jExamples = loadExamples('neo4j');
        expect(neo4jExamples.map((e) => e.name).sort()).toEqual([...embeddedExamples.keys()].sort());
        for (const ex of neo4jExamples) {
          const mine = embeddedExamples.get(ex.name)!;
          const [a, b] = await Promise.all([
            embedded.cypher({ ...limits, query: mine.query, params: mine.params }),
            neo.cypher({ ...limits, query: ex.query, params: ex.params }),
          ]);
          expect(a.truncated || b.truncated, ex.name).toBe(false);
          expect(b.columns, ex.name).toEqual(a.columns);
          const rows = (r: typeof a) => r.rows.map((row) => JSON.stringify(comparable(row))).sort();
          expect(rows(b), ex.name).toEqual(rows(a));
          expect(b.graph.nodes.map((n) => n.id).sort(), ex.name).toEqual(a.graph.nodes.map((n) => n.id).sort());
        }
      });
    });

    describe('on a generated dense graph', () => {
      const batch = denseGraph();
      const loads: unknown[][] = [[], []];

      beforeAll(async () => {
        for (const [i, s] of both().entries()) {
          loads[i].push(await s.loadBatch(batch), await s.counts(), await s.loadBatch(batch), await s.counts());
        }
      });

      it('is dense: hundreds of nodes and relations', () => {
        expect(batch.entities.length).toBeGreaterThan(200);
        expect(batch.relations.length).toBeGreaterThan(500);
      });

      it('reports the same load results and counts, also after loading the same batch twice', () => {
        expect(loads[1][0]).toEqual(loads[0][0]);
        expect(loads[1][2]).toEqual(loads[0][2]);
        // The seeds are in both stores too, so whole counts compare.
        expect(loads[1][1]).toEqual(loads[0][1]);
        expect(loads[0][3]).toEqual(loads[0][1]);
        expect(loads[1][3]).toEqual(loads[1][1]);
      });

      it('returns the same ranked chains, as many as asked for, ties in length and support included', async () => {
        const queries: PathQuery[] = [];
        for (const limit of [1, 7, 25, 100]) {
          for (const maxHops of [4, 6]) queries.push({ from: DENSE.supplier, to: DENSE.buyer, maxHops, limit, types: [], minSources: 0 });
        }
        queries.push({ from: DENSE.supplier, to: DENSE.buyer, maxHops: 6, limit: 30, types: [], minSources: 2 });
        queries.push({ from: denseNode(1, 3), to: DENSE.buyer, maxHops: 5, limit: 40, types: ['SHIPPED_TO'], minSources: 0 });
        queries.push({ from: DENSE.supplier, to: DENSE.country, maxHops: 5, limit: 40, types: [], minSources: 0 });
        queries.push({ from: denseNode(5, 1), to: denseNode(1, 2), maxHops: 6, limit: 10, types: [], minSources: 0 });
        let ties = 0;
        for (const q of queries) {
          const [a, b] = await Promise.all(both().map((s) => s.paths(q)));
          expect(b.map(chain), JSON.stringify(q)).toEqual(a.map(chain));
          for (let i = 1; i < a.length; i++) if (a[i].hops === a[i - 1].hops && a[i].support === a[i - 1].support) ties++;
        }
        expect(ties, 'chains tied in length and support').toBeGreaterThan(20);
        const many = await neo.paths({ from: DENSE.supplier, to: DENSE.buyer, maxHops: 6, limit: 100, types: [], minSources: 0 });
        expect(many).toHaveLength(100);
        const located = await neo.paths({ from: DENSE.supplier, to: DENSE.country, maxHops: 5, limit: 40, types: [], minSources: 0 });
        expect(located.some((p) => p.endsIn?.id === DENSE.country)).toBe(true);
      });

      it('traces the same upstream and downstream sets', async () => {
        for (const id of [DENSE.buyer, DENSE.supplier, denseNode(3, 5), denseNode(2, 0)]) {
          for (const dir of ['up', 'down'] as const) {
            for (const maxHops of [2, 6]) {
              const [a, b] = await Promise.all(both().map((s) => s.reach(id, dir, maxHops, [], 1000)));
              const set = (r: typeof a) => r.items.map((x) => `${x.entity.id}@${x.hops}`).sort();
              expect(set(b), `${id} ${dir} ${maxHops}`).toEqual(set(a));
            }
          }
        }
      });
    });
  });
});
