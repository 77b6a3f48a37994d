/** One id rule, from the registry's `directed`, wherever a relation is made. */
import { describe, expect, it } from 'vitest';
import { RELATIONS } from '../../server/domain/relation-registry.js';
import { orientRelation, relationId, type Extraction } from '../../server/domain/types.js';
import { extractArticles } from '../../server/extract/index.js';
import { resolveAgainstStore } from '../../server/ingest.js';
import { memoryStore } from '../helpers/app.js';

describe('relation ids', () => {
  it('an undirected type gets one id whichever order its ends come in; a directed type keeps its order', () => {
    for (const spec of RELATIONS) {
      const ab = orientRelation(spec.type, 'alpha', 'beta');
      const ba = orientRelation(spec.type, 'beta', 'alpha');
      if (spec.directed) {
        expect(ab.id).not.toBe(ba.id);
        expect([ba.source, ba.target]).toEqual(['beta', 'alpha']);
      } else {
        expect(ba).toEqual(ab);
        expect([ab.source, ab.target]).toEqual(['alpha', 'beta']);
      }
      expect(relationId(spec.type, 'beta', 'alpha')).toBe(ba.id);
    }
  });

  it('extraction states "A cooperated with B" and "B cooperated with A" as one relation', () => {
    const ex = extractArticles([
      { id: 'one.txt', text: 'Zenit Systems cooperated with Alma Trading on drone engines, the report said.' },
      { id: 'two.txt', text: 'Alma Trading cooperated with Zenit Systems on drone engines, the report said.' },
    ]);
    const coop = ex.relations.filter((r) => r.type === 'COOPERATED_WITH');
    expect(coop).toHaveLength(1);
    expect(coop[0].evidence.map((e) => e.article).sort()).toEqual(['one.txt', 'two.txt']);
  });

  it('resolution against the store keeps the rule when it renames an end: one relation, two sources', async () => {
    const store = await memoryStore();
    const text1 = 'Mirtek cooperated with Zenit.';
    const ev = (article: string, text: string) => [{ article, start: 0, end: text.length, quote: text }];
    const first: Extraction = {
      articles: [{ id: 'a1', title: 'a1', text: text1 }],
      entities: [{ id: 'zmirtek', name: 'Mirtek', kind: 'company', aliases: [] }, { id: 'zenit', name: 'Zenit', kind: 'company', aliases: [] }],
      relations: [{ ...orientRelation('COOPERATED_WITH', 'zmirtek', 'zenit'), type: 'COOPERATED_WITH', props: {}, evidence: ev('a1', text1) }],
    };
    await store.loadBatch(first);
    // A later article names Mirtek under another id (its own extraction's) that sorts before "zenit"; resolution
    // renames it to the stored "zmirtek", which sorts after: the ends must be put in order again.
    const text2 = 'Zenit cooperated with Mirtek.';
    const second: Extraction = {
      articles: [{ id: 'a2', title: 'a2', text: text2 }],
      entities: [{ id: 'zenit', name: 'Zenit', kind: 'company', aliases: [] }, { id: 'aaa-mirtek', name: 'Mirtek', kind: 'company', aliases: [] }],
      relations: [{ ...orientRelation('COOPERATED_WITH', 'zenit', 'aaa-mirtek'), type: 'COOPERATED_WITH', props: {}, evidence: ev('a2', text2) }],
    };
    await store.loadBatch(await resolveAgainstStore(store, second));
    const rels = await store.relationsFromRange('', '\uffff');
    expect(rels.map((r) => [r.id, r.sources])).toEqual([['COOPERATED_WITH:zenit->zmirtek', 2]]);
    await store.close();
  });
});
