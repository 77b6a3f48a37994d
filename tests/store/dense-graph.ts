/**
 * A generated dense supply graph for comparing the stores: a supplier, five layers of 40 middlemen and a buyer, with
 * many chains of 2–6 hops between the same ends, back edges (cycles), skip edges, ties in length and in support
 * (1–3 articles per relation), and middlemen located in a country of their own ('ZZ', node `dense-zz`).
 * Deterministic for a seed.
 */
import { rng } from '../../bench/trade-graph.js';
import { relationId, type Article, type Entity, type Extraction, type Relation } from '../../server/domain/types.js';

export const DENSE = { supplier: 'dense-s', buyer: 'dense-t', country: 'dense-zz', layers: 5, width: 40 } as const;

export const denseNode = (layer: number, i: number) => `dense-l${layer}-${i}`;

export function denseGraph(seed = 7): Extraction {
  const rand = rng(seed);
  const pick = (n: number) => Math.floor(rand() * n);
  const articles: Article[] = Array.from({ length: 3 }, (_, i) => ({
    id: `dense-a${i}`, title: `Dense article ${i}`, text: `Dense article ${i}: the goods moved from one trader to the next.`,
  }));
  const entities: Entity[] = [
    { id: DENSE.supplier, name: 'Dense Supplier', kind: 'company', aliases: [] },
    { id: DENSE.buyer, name: 'Dense Buyer', kind: 'company', aliases: [] },
    { id: DENSE.country, name: 'Densland', kind: 'country', aliases: [], country: 'ZZ' },
  ];
  for (let l = 1; l <= DENSE.layers; l++) {
    for (let i = 0; i < DENSE.width; i++) {
      // A few middlemen in the later layers are located in Densland: chains into it may end there.
      const located = l >= 3 && i % 9 === 0;
      entities.push({ id: denseNode(l, i), name: `Dense Trader ${l}-${String(i).padStart(2, '0')}`, kind: 'company', aliases: [],
        ...(located ? { country: 'ZZ' } : {}) });
    }
  }
  const relations = new Map<string, Relation>();
  const ship = (s: string, t: string) => {
    const id = relationId('SHIPPED_TO', s, t);
    if (s === t || relations.has(id)) return;
    const sources = 1 + pick(3);
    relations.set(id, {
      id, type: 'SHIPPED_TO', source: s, target: t, props: {},
      evidence: articles.slice(0, sources).map((a) => ({ article: a.id, start: 0, end: a.text.length, quote: a.text })),
    });
  };
  for (let k = 0; k < 10; k++) ship(DENSE.supplier, denseNode(1, pick(DENSE.width)));
  for (let l = 1; l <= DENSE.layers; l++) {
    for (let i = 0; i < DENSE.width; i++) {
      const from = denseNode(l, i);
      if (l < DENSE.layers) for (let k = 0; k < 2 + pick(3); k++) ship(from, denseNode(l + 1, pick(DENSE.width)));
      if (l + 2 <= DENSE.layers && rand() < 0.1) ship(from, denseNode(l + 2, pick(DENSE.width)));
      if (l > 1 && rand() < 0.1) ship(from, denseNode(l - 1, pick(DENSE.width)));
      if (rand() < 0.15) ship(from, DENSE.buyer);
      if (l === DENSE.layers && rand() < 0.3) ship(from, DENSE.country);
    }
  }
  return { articles, entities, relations: [...relations.values()], mentions: [] };
}
