/**
 * The GraphStore contract: every adapter must pass it. Each test makes its own ids (a unique prefix), so the suite
 * can run against a shared Neo4j database; count checks compare before/after deltas.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../server/domain/errors.js';
import { relationId, type Article, type Entity, type Extraction, type Relation } from '../../server/domain/types.js';
import type { GraphStore } from '../../server/store/graph-store.js';

/** A small batch: maker → middleman → buyer, a sanction and an article that states them. */
export function sampleBatch(p: string, articleId = `${p}-art1`): Extraction {
  const text =
    `${p}Maker Co. sold drones worth $2 million through its subsidiary ${p}Middle to ${p}Buyer. ` +
    `The ${p}Agency sanctioned ${p}Middle in 2023.`;
  const ents: Entity[] = [
    { id: `${p}-maker`, name: `${p}Maker Co.`, kind: 'company', aliases: [`${p}Maker`] },
    { id: `${p}-middle`, name: `${p}Middle`, kind: 'company', aliases: [] },
    { id: `${p}-buyer`, name: `${p}Buyer`, kind: 'company', aliases: [], country: 'RU' },
    { id: `${p}-agency`, name: `${p}Agency`, kind: 'government', aliases: [] },
  ];
  const quote1 = text.slice(0, text.indexOf('. ') + 1);
  const at2 = text.indexOf(`The ${p}Agency`);
  const quote2 = text.slice(at2);
  const ev = (q: string, start: number) => [{ article: articleId, start, end: start + q.length, quote: q }];
  const rel = (type: Relation['type'], s: string, t: string, props: Relation['props'], evidence: Relation['evidence']): Relation =>
    ({ id: relationId(type, s, t), type, source: s, target: t, props, evidence });
  const article: Article = { id: articleId, title: `${p} article`, source: 'Test Wire', text };
  return {
    articles: [article],
    entities: ents,
    relations: [
      rel('SHIPPED_TO', `${p}-maker`, `${p}-middle`, { goods: ['drones'], valueUsd: 2_000_000 }, ev(quote1, 0)),
      rel('SHIPPED_TO', `${p}-middle`, `${p}-buyer`, { goods: ['drones'] }, ev(quote1, 0)),
      rel('SUBSIDIARY_OF', `${p}-middle`, `${p}-maker`, {}, ev(quote1, 0)),
      rel('SANCTIONED', `${p}-agency`, `${p}-middle`, { when: '2023' }, ev(quote2, at2)),
    ],
    mentions: [
      { article: articleId, entity: `${p}-maker`, start: 0, end: `${p}Maker Co.`.length },
      { article: articleId, entity: `${p}-middle`, start: text.indexOf(`${p}Middle`), end: text.indexOf(`${p}Middle`) + `${p}Middle`.length },
    ],
  };
}

/** The same maker → middleman flow stated by a second article. */
function secondArticle(p: string): Extraction {
  const text = `Customs data show ${p}Maker shipped drones to ${p}Middle again.`;
  const id = `${p}-art2`;
  return {
    articles: [{ id, title: `${p} second`, text }],
    entities: [
      { id: `${p}-maker`, name: `${p}Maker`, kind: 'company', aliases: [`${p} Maker Technologies`] },
      { id: `${p}-middle`, name: `${p}Middle`, kind: 'company', aliases: [] },
    ],
    relations: [{
      id: relationId('SHIPPED_TO', `${p}-maker`, `${p}-middle`), type: 'SHIPPED_TO', source: `${p}-maker`,
      target: `${p}-middle`, props: { goods: ['drone parts'] }, evidence: [{ article: id, start: 0, end: text.length, quote: text }],
    }],
    mentions: [],
  };
}

export function defineStoreContract(name: string, open: () => Promise<GraphStore>) {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;
    const prefix = () => `t${randomUUID().slice(0, 8)}`;

    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store?.close();
    });

    it('loads a batch and counts what it added', async () => {
      const p = prefix();
      const before = await store.counts();
      const res = await store.loadBatch(sampleBatch(p));
      expect(res.entities.created).toBe(4);
      expect(res.relations.created).toBe(4);
      expect(res.articles.created).toBe(1);
      const after = await store.counts();
      expect(after.entities - before.entities).toBe(4);
      expect(after.relations - before.relations).toBe(4);
      expect(after.articles - before.articles).toBe(1);
    });

    it('is idempotent: loading the same batch again changes nothing', async () => {
      const p = prefix();
      await store.loadBatch(sampleBatch(p));
      const before = await store.counts();
      const again = await store.loadBatch(sampleBatch(p));
      expect(again).toEqual({
        articles: { created: 0, updated: 0 }, entities: { created: 0, updated: 0 }, relations: { created: 0, updated: 0 },
      });
      expect(await store.counts()).toEqual(before);
      const detail = await store.getEntity(`${p}-middle`);
      const ship = detail!.relations.find((r) => r.type === 'SHIPPED_TO' && r.direction === 'in')!;
      expect(ship.evidence).toHaveLength(1);
    });

    it('merges one fact stated by two articles into one relation with two evidence entries', async () => {
      const p = prefix();
      await store.loadBatch(sampleBatch(p));
      const before = await store.counts();
      const res = await store.loadBatch(secondArticle(p));
      expect(res.relations).toEqual({ created: 0, updated: 1 });
      const after = await store.counts();
      expect(after.relations).toBe(before.relations);
      expect(after.articles).toBe(before.articles + 1);
      const detail = (await store.getEntity(`${p}-maker`))!;
      const ship = detail.relations.find((r) => r.type === 'SHIPPED_TO' && r.other.id === `${p}-middle`)!;
      expect(ship.sources).toBe(2);
      expect(ship.evidence.map((e) => e.article).sort()).toEqual([`${p}-art1`, `${p}-art2`]);
      expect(ship.props.goods).toEqual(expect.arrayContaining(['drones', 'drone parts']));
      expect(ship.props.valueUsd).toBe(2_000_000);
      expect(detail.entity.aliases).toContain(`${p} Maker Technologies`);
      expect(detail.entity.name).toBe(`${p}Maker Co.`);
    });

    it('keeps awkward text exactly: quotes, backslashes, separators, brackets, edge spaces, newlines', async () => {
      const p = prefix();
      const awkward = [`${p} "Quoted", Ltd.`, `${p} back\\slash {json} [list] 'single'`, ` ${p} edge spaces `, `${p}\ttab`, `${p} Ōkubo — Ж`];
      const text = `First line of ${p}.\nSecond, "quoted" \\ line:\t[x] {y}\r\nThird ${p} line ends with a space `;
      const batch: Extraction = {
        articles: [{ id: `${p}-odd`, title: ` ${p} "odd" title\\ `, text, source: `${p}, wire`, url: `https://example.org/${p}?a=1&b="2"` }],
        entities: awkward.map((name, i) => ({ id: `${p}-odd${i}`, name, kind: 'company', aliases: [], notes: `note ${i}: "${name}"\n` })),
        relations: [{
          id: relationId('SHIPPED_TO', `${p}-odd0`, `${p}-odd1`), type: 'SHIPPED_TO', source: `${p}-odd0`, target: `${p}-odd1`,
          props: { goods: ['"odd" parts\t', 'back\\slash'] }, evidence: [{ article: `${p}-odd`, start: 0, end: text.length, quote: text }],
        }],
        mentions: [],
      };
      await store.loadBatch(batch);
      for (const [i, name] of awkward.entries()) {
        const d = (await store.getEntity(`${p}-odd${i}`))!;
        expect(d.entity.name).toBe(name);
        expect(d.entity.notes).toBe(`note ${i}: "${name}"\n`);
      }
      const a = (await store.getArticle(`${p}-odd`))!;
      expect([a.text, a.title, a.source, a.url]).toEqual([text, batch.articles[0].title, batch.articles[0].source, batch.articles[0].url]);
      const rel = (await store.getEntity(`${p}-odd0`))!.relations[0];
      expect(rel.props.goods).toEqual(['"odd" parts\t', 'back\\slash']);
      expect(rel.evidence[0].quote).toBe(text);
    });

    it('finds entities by normalised name or alias key', async () => {
      const p = prefix();
      await store.loadBatch(sampleBatch(p));
      const found = await store.findByKeys([`${p}maker`.toLowerCase(), 'no such key at all']);
      expect(found.map((e) => e.id)).toEqual([`${p}-maker`]);
    });

    it('searches names and aliases case-insensitively, exact match first', async () => {
      const p = prefix();
      await store.loadBatch(sampleBatch(p));
      const items = await store.searchEntities(`${p}MIDDLE`, 5);
      expect(items[0].id).toBe(`${p}-middle`);
      expect(items[0].sanctioned).toBe(true);
      expect(items[0].degree).toBe(4);
      const byAlias = await store.searchEntities(`${p}maker`, 5);
      expect(byAlias[0].id).toBe(`${p}-maker`);
      expect(await store.searchEntities(`${p}-nothing-like-this`, 5)).toEqual([]);
    });

    it('returns an entity with its relations, evidence and mentioning articles; null when unknown', async () => {
      const p = prefix();
      const batch = sampleBatch(p);
      await store.loadBatch(batch);
      const d = (await store.getEntity(`${p}-middle`))!;
      expect(d.entity).toMatchObject({ id: `${p}-middle`, kind: 'company', sanctioned: true });
      const types = d.relations.map((r) => `${r.type}:${r.direction}:${r.other.id}`).sort();
      expect(types).toEqual([
        `SANCTIONED:in:${p}-agency`, `SHIPPED_TO:in:${p}-maker`, `SHIPPED_TO:out:${p}-buyer`, `SUBSIDIARY_OF:out:${p}-maker`,
      ].sort());
      const text = batch.articles[0].text;
      for (const r of d.relations) for (const ev of r.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
      expect(d.articles.map((a) => a.id)).toEqual([`${p}-art1`]);
      expect(await store.getEntity(`${p}-missing`)).toBeNull();
    });

    it('filters and caps the graph', async () => {
      const p = prefix();
      await store.loadBatch(sampleBatch(p));
      const all = await store.graph({ limit: 100_000 });
      const mine = all.nodes.filter((n) => n.id.startsWith(p));
      expect(mine).toHaveLength(4);
      const flows = await store.graph({ types: ['SHIPPED_TO'], limit: 100_000 });
      const flowMine = flows.edges.filter((e) => e.source.startsWith(p));
      expect(flowMine.map((e) => e.type)).toEqual(['SHIPPED_TO', 'SHIPPED_TO']);
      expect(flows.nodes.some((n) => n.id === `${p}-agency`)).toBe(false);
      const gov = await store.graph({ kinds: ['government'], limit: 100_000 });
      expect(gov.nodes.every((n) => n.kind === 'government')).toBe(true);
      const capped = await store.graph({ limit: 2 });
      expect(capped.nodes).toHaveLength(2);
      expect(capped.truncated).toBe(true);
      const ids = new Set(capped.nodes.map((n) => n.id));
      expect(capped.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
      const strong = await store.graph({ minSources: 2, limit: 100_000 });
      expect(strong.edges.every((e) => e.sources >= 2)).toBe(true);
    });

    it('returns an article with its mentions in text order; null when unknown', async () => {
      const p = prefix();
      const batch = sampleBatch(p);
      await store.loadBatch(batch);
      const a = (await store.getArticle(`${p}-art1`))!;
      expect(a.text).toBe(batch.articles[0].text);
      expect(a.source).toBe('Test Wire');
      expect(a.mentions.map((m) => m.entity)).toEqual([`${p}-maker`, `${p}-middle`]);
      for (const m of a.mentions) expect(a.text.slice(m.start, m.end)).toBe(m.entity === `${p}-maker` ? `${p}Maker Co.` : `${p}Middle`);
      expect(await store.getArticle(`${p}-none`)).toBeNull();
      const list = await store.listArticles(100_000, 0);
      expect(list.some((x) => x.id === `${p}-art1` && x.length === batch.articles[0].text.length)).toBe(true);
    });

    it('rejects a relation to an unknown entity and writes nothing of that batch', async () => {
      const p = prefix();
      const batch = sampleBatch(p);
      batch.relations.push({
        id: relationId('SHIPPED_TO', `${p}-maker`, `${p}-ghost`), type: 'SHIPPED_TO', source: `${p}-maker`,
        target: `${p}-ghost`, props: {}, evidence: batch.relations[0].evidence,
      });
      const before = await store.counts();
      await expect(store.loadBatch(batch)).rejects.toBeInstanceOf(InputError);
      expect(await store.counts()).toEqual(before);
    });

    it('rejects evidence whose quote is not the article text at its offsets', async () => {
      const p = prefix();
      const batch = sampleBatch(p);
      batch.relations[0].evidence = [{ ...batch.relations[0].evidence[0], start: 1 }];
      await expect(store.loadBatch(batch)).rejects.toThrow(/does not match/);
    });

    it('resolves an entity by id, name or alias, case-insensitively', async () => {
      const p = prefix();
      await store.loadBatch(sampleBatch(p));
      expect((await store.resolveEntity(`${p}-maker`))?.id).toBe(`${p}-maker`);
      expect((await store.resolveEntity(`${p.toUpperCase()}MAKER CO.`))?.id).toBe(`${p}-maker`);
      expect((await store.resolveEntity(`${p}maker`))?.id).toBe(`${p}-maker`);
      expect(await store.resolveEntity(`${p}-nobody`)).toBeNull();
    });

    it('finds supply paths with evidence on every hop', async () => {
      const p = prefix();
      const batch = sampleBatch(p);
      await store.loadBatch(batch);
      const found = await store.paths({ from: `${p}-maker`, to: `${p}-buyer`, maxHops: 5, limit: 10, types: [], minSources: 0 });
      expect(found).toHaveLength(1);
      expect(found[0].hops).toBe(2);
      expect(found[0].support).toBe(1);
      expect(found[0].nodes.map((n) => n.id)).toEqual([`${p}-maker`, `${p}-middle`, `${p}-buyer`]);
      const text = batch.articles[0].text;
      for (const edge of found[0].edges) {
        expect(edge.type).toBe('SHIPPED_TO');
        expect(edge.evidence.length).toBeGreaterThan(0);
        for (const ev of edge.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
      }
      // Flow only, and directed: nothing goes back up the chain, and SUBSIDIARY_OF is not walked.
      expect(await store.paths({ from: `${p}-buyer`, to: `${p}-maker`, maxHops: 5, limit: 10, types: [], minSources: 0 })).toEqual([]);
      expect(await store.paths({ from: `${p}-maker`, to: `${p}-buyer`, maxHops: 1, limit: 10, types: [], minSources: 0 })).toEqual([]);
      expect(await store.paths({ from: `${p}-maker`, to: `${p}-buyer`, maxHops: 5, limit: 10, types: [], minSources: 2 })).toEqual([]);
    });

    it('answers a chain query by reference: both ends resolved, then the same paths', async () => {
      const p = prefix();
      await store.loadBatch(sampleBatch(p));
      const q = { maxHops: 5, limit: 10, types: [], minSources: 0 };
      const byName = await store.pathsBetween(`${p.toUpperCase()}MAKER CO.`, `${p}-buyer`, q);
      expect([byName.from?.id, byName.to?.id]).toEqual([`${p}-maker`, `${p}-buyer`]);
      expect(byName.paths).toEqual(await store.paths({ ...q, from: `${p}-maker`, to: `${p}-buyer` }));
      expect(byName.paths.map((c) => c.nodes.map((n) => n.id))).toEqual([[`${p}-maker`, `${p}-middle`, `${p}-buyer`]]);
      // An end nothing matches, or both ends the same entity: the ends as resolved and no search.
      expect(await store.pathsBetween(`${p}-maker`, `${p}-nobody`, q)).toEqual({ from: byName.from, to: null, paths: [] });
      expect(await store.pathsBetween(`${p}-maker`, `${p}maker`, q)).toEqual({ from: byName.from, to: byName.from, paths: [] });
    });

    it('sees new relations in path search right after a load', async () => {
      const p = prefix();
      await store.loadBatch(sampleBatch(p));
      expect(await store.paths({ from: `${p}-agency`, to: `${p}-buyer`, maxHops: 5, limit: 10, types: [], minSources: 0 })).toEqual([]);
      const text = `${p}Agency delivered radios to ${p}Middle.`;
      await store.loadBatch({
        articles: [{ id: `${p}-art3`, title: 't', text }],
        entities: [],
        relations: [{ id: relationId('SHIPPED_TO', `${p}-agency`, `${p}-middle`), type: 'SHIPPED_TO', source: `${p}-agency`,
          target: `${p}-middle`, props: {}, evidence: [{ article: `${p}-art3`, start: 0, end: text.length, quote: text }] }],
      });
      const found = await store.paths({ from: `${p}-agency`, to: `${p}-buyer`, maxHops: 5, limit: 10, types: [], minSources: 0 });
      expect(found.map((x) => x.nodes.map((n) => n.id))).toEqual([[`${p}-agency`, `${p}-middle`, `${p}-buyer`]]);
    });

    it('returns a capped neighbourhood and says when it was cut', async () => {
      const p = prefix();
      await store.loadBatch(sampleBatch(p));
      const one = await store.neighbors(`${p}-middle`, { depth: 1, types: [], limit: 100 });
      expect(one.nodes.map((n) => n.id).sort()).toEqual([`${p}-agency`, `${p}-buyer`, `${p}-maker`, `${p}-middle`].sort());
      expect(one.edges).toHaveLength(4);
      expect(one.truncated).toBe(false);
      const flows = await store.neighbors(`${p}-buyer`, { depth: 2, types: ['SHIPPED_TO'], limit: 100 });
      expect(flows.nodes.map((n) => n.id).sort()).toEqual([`${p}-buyer`, `${p}-maker`, `${p}-middle`].sort());
      const capped = await store.neighbors(`${p}-middle`, { depth: 1, types: [], limit: 2 });
      expect(capped.nodes).toHaveLength(2);
      expect(capped.truncated).toBe(true);
    });

    it('traces upstream and downstream along flow relations with hop counts', async () => {
      const p = prefix();
      await store.loadBatch(sampleBatch(p));
      const up = await store.reach(`${p}-buyer`, 'up', 5, [], 100);
      expect(up.items.map((r) => [r.entity.id, r.hops])).toEqual([[`${p}-middle`, 1], [`${p}-maker`, 2]]);
      expect(up.truncated).toBe(false);
      const down = await store.reach(`${p}-maker`, 'down', 1, [], 100);
      expect(down.items.map((r) => [r.entity.id, r.hops])).toEqual([[`${p}-middle`, 1]]);
      const capped = await store.reach(`${p}-buyer`, 'up', 5, [], 1);
      expect(capped.items.map((r) => r.entity.id)).toEqual([`${p}-middle`]);
      expect(capped.truncated).toBe(true);
    });
  });
}
