/**
 * The corrections contract: every GraphStore must let a person's corrections rewrite the graph (through
 * replaceSubgraph) and keep them when the same articles are loaded again with the log applied (as projection does).
 * Unique ids per test, so it can run against a shared Neo4j database.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryCorrectionLog } from '../../server/archive/corrections.js';
import { corrected } from '../../server/archive/project.js';
import { Corrector } from '../../server/corrections/corrector.js';
import { InputError } from '../../server/domain/errors.js';
import { relationId, type Extraction } from '../../server/domain/types.js';
import type { GraphStore } from '../../server/store/graph-store.js';
import { sampleBatch } from './contract.js';

/** The sample batch plus a second article naming the maker differently ("MakerCo Ltd", id `-maker2`). */
function withDuplicate(p: string): Extraction[] {
  const text = `${p}MakerCo Ltd shipped drones to ${p}Middle and sold rifles to ${p}Buyer.`;
  const id = `${p}-art3`;
  const ev = (s: string) => [{ article: id, start: text.indexOf(s), end: text.indexOf(s) + s.length, quote: s }];
  const q1 = `${p}MakerCo Ltd shipped drones to ${p}Middle`;
  const q2 = `sold rifles to ${p}Buyer`;
  return [sampleBatch(p), {
    articles: [{ id, title: `${p} third`, text }],
    entities: [
      { id: `${p}-maker2`, name: `${p}MakerCo Ltd`, kind: 'company', aliases: [] },
      { id: `${p}-middle`, name: `${p}Middle`, kind: 'company', aliases: [] },
      { id: `${p}-buyer`, name: `${p}Buyer`, kind: 'company', aliases: [], country: 'RU' },
    ],
    relations: [
      { id: relationId('SHIPPED_TO', `${p}-maker2`, `${p}-middle`), type: 'SHIPPED_TO', source: `${p}-maker2`, target: `${p}-middle`, props: { goods: ['drones'] }, evidence: ev(q1) },
      { id: relationId('SHIPPED_TO', `${p}-maker2`, `${p}-buyer`), type: 'SHIPPED_TO', source: `${p}-maker2`, target: `${p}-buyer`, props: { goods: ['rifles'] }, evidence: ev(q2) },
    ],
    mentions: [{ article: id, entity: `${p}-maker2`, start: 0, end: `${p}MakerCo Ltd`.length }],
  }];
}

export function defineCorrectionsContract(name: string, open: () => Promise<GraphStore>) {
  describe(`GraphStore contract (corrections): ${name}`, () => {
    let store: GraphStore;
    const prefix = () => `t${randomUUID().slice(0, 8)}`;

    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store?.close();
    });

    /** Loads the batches, then applies the requests through a Corrector with its own log. */
    async function setUp(p: string) {
      const batches = withDuplicate(p);
      for (const b of batches) await store.loadBatch(b);
      const log = new MemoryCorrectionLog();
      return { batches, log, corrector: new Corrector(store, log) };
    }

    /** Loading every batch again with the log applied, as projection does, must change nothing. */
    async function reloadChangesNothing(batches: Extraction[], log: MemoryCorrectionLog) {
      const before = await store.counts();
      const all = await log.all();
      for (const b of batches) {
        const res = await store.loadBatch(await corrected(store, b, all));
        expect(res.relations).toEqual({ created: 0, updated: 0 });
        expect(res.entities.created).toBe(0);
      }
      expect(await store.counts()).toEqual(before);
    }

    it('merges two entities: aliases united, relations and mentions re-pointed, two relations that meet become one', async () => {
      const p = prefix();
      const { batches, log, corrector } = await setUp(p);
      const before = await store.counts();
      const out = await corrector.apply({ kind: 'merge-entities', target: `${p}-maker`, from: `${p}-maker2`, by: 'tester', reason: 'same firm' });
      expect(out.correction).toMatchObject({ kind: 'merge-entities', target: `${p}-maker`, by: 'tester', reason: 'same firm' });
      expect(await store.getEntity(`${p}-maker2`)).toBeNull();
      const maker = (await store.getEntity(`${p}-maker`))!;
      expect(maker.entity.name).toBe(`${p}Maker Co.`);
      expect(maker.entity.aliases).toEqual(expect.arrayContaining([`${p}Maker`, `${p}MakerCo Ltd`]));
      const toMiddle = maker.relations.filter((r) => r.type === 'SHIPPED_TO' && r.other.id === `${p}-middle`);
      expect(toMiddle).toHaveLength(1);
      expect(toMiddle[0].evidence.map((e) => e.article).sort()).toEqual([`${p}-art1`, `${p}-art3`]);
      expect(maker.relations.some((r) => r.type === 'SHIPPED_TO' && r.other.id === `${p}-buyer` && r.direction === 'out')).toBe(true);
      const after = await store.counts();
      expect(after.entities).toBe(before.entities - 1);
      // maker2→middle folded into maker→middle; maker2→buyer became maker→buyer.
      expect(after.relations).toBe(before.relations - 1);
      const mentions = await store.mentionsOf([`${p}-art3`]);
      expect(mentions.map((m) => m.entity)).toEqual([`${p}-maker`]);
      await reloadChangesNothing(batches, log);
    });

    it('renames an entity (the old name stays an alias), changes its kind and country, deletes another', async () => {
      const p = prefix();
      const { batches, log, corrector } = await setUp(p);
      await corrector.apply({ kind: 'update-entity', target: `${p}-middle`, name: `${p}Middle Trading`, country: 'ae' });
      await corrector.apply({ kind: 'update-entity', target: `${p}-agency`, entityKind: 'organization' });
      const middle = (await store.getEntity(`${p}-middle`))!;
      expect(middle.entity).toMatchObject({ name: `${p}Middle Trading`, country: 'AE' });
      expect(middle.entity.aliases).toContain(`${p}Middle`);
      expect(middle.relations.length).toBeGreaterThanOrEqual(4);
      expect((await store.getEntity(`${p}-agency`))!.entity.kind).toBe('organization');
      const before = await store.counts();
      await corrector.apply({ kind: 'delete-entity', target: `${p}-agency` });
      expect(await store.getEntity(`${p}-agency`)).toBeNull();
      const after = await store.counts();
      expect(after.entities).toBe(before.entities - 1);
      expect(after.relations).toBe(before.relations - 1);
      await reloadChangesNothing(batches, log);
      expect((await store.getEntity(`${p}-middle`))!.entity.name).toBe(`${p}Middle Trading`);
    });

    it('rejects a relation, and one piece of evidence of another', async () => {
      const p = prefix();
      const { batches, log, corrector } = await setUp(p);
      const sub = relationId('SUBSIDIARY_OF', `${p}-middle`, `${p}-maker`);
      await corrector.apply({ kind: 'reject-relation', target: sub });
      expect(await store.relationsWithEvidence([sub])).toEqual([]);
      // Merge first so maker→middle has two pieces of evidence, then reject the one from art1.
      await corrector.apply({ kind: 'merge-entities', target: `${p}-maker`, from: `${p}-maker2` });
      const ship = relationId('SHIPPED_TO', `${p}-maker`, `${p}-middle`);
      const [rel] = await store.relationsWithEvidence([ship]);
      const piece = rel.evidence.find((e) => e.article === `${p}-art1`)!;
      await corrector.apply({ kind: 'reject-evidence', target: ship, article: piece.article, start: piece.start, end: piece.end });
      const [after] = await store.relationsWithEvidence([ship]);
      expect(after.evidence.map((e) => e.article)).toEqual([`${p}-art3`]);
      expect(after.sources).toBe(1);
      await expect(corrector.apply({ kind: 'reject-relation', target: `SHIPPED_TO:${p}-nobody->${p}-maker` }))
        .rejects.toSatisfy((e) => e instanceof InputError && e.status === 404);
      await reloadChangesNothing(batches, log);
      expect(await store.relationsWithEvidence([sub])).toEqual([]);
    });

    it('adds a relation from a selection in an article: exact offsets, marked as a person\'s', async () => {
      const p = prefix();
      const { batches, log, corrector } = await setUp(p);
      const text = batches[0].articles[0].text;
      const quote = `The ${p}Agency sanctioned ${p}Middle`;
      const start = text.indexOf(quote);
      const before = await store.counts();
      const out = await corrector.apply({ kind: 'add-relation', type: 'SANCTIONED', source: `${p}-agency`, target: `${p}-buyer`, article: `${p}-art1`, start, end: start + quote.length });
      const id = relationId('SANCTIONED', `${p}-agency`, `${p}-buyer`);
      expect(out.correction.target).toBe(id);
      const [rel] = await store.relationsWithEvidence([id]);
      expect(rel.evidence).toEqual([{ article: `${p}-art1`, start, end: start + quote.length, quote }]);
      expect(rel.props.curated).toBe(true);
      expect((await store.counts()).relations).toBe(before.relations + 1);
      await expect(corrector.apply({ kind: 'add-relation', type: 'SANCTIONED', source: `${p}-buyer`, target: `${p}-agency`, article: `${p}-art1`, start, end: start + 5 }))
        .rejects.toSatisfy((e) => e instanceof InputError && e.status === 422);
      await expect(corrector.apply({ kind: 'add-relation', type: 'SHIPPED_TO', source: `${p}-maker`, target: `${p}-buyer`, article: `${p}-art1`, start: 0, end: text.length + 1 }))
        .rejects.toSatisfy((e) => e instanceof InputError && e.status === 422);
      await expect(corrector.apply({ kind: 'add-relation', type: 'SHIPPED_TO', source: `${p}-maker`, target: `${p}-buyer`, article: `${p}-nothing`, start: 0, end: 3 }))
        .rejects.toSatisfy((e) => e instanceof InputError && e.status === 404);
      expect(await log.all()).toHaveLength(1);
      await reloadChangesNothing(batches, log);
    });
  });
}
