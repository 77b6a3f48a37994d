/**
 * A synthetic trade network for benchmarks: a few hub buyers, many small suppliers and a layer of intermediaries,
 * chains of two to four hops, every relation quoting a sentence of a generated article. Deterministic per seed.
 */
import { relationId, type Article, type Entity, type Extraction, type Relation } from '../server/domain/types.js';

/** Mulberry32: a small, fast, seedable PRNG, so runs are comparable. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TradeGraphOptions {
  entities: number;
  relations: number;
  seed?: number;
  /** Relations per generated article. */
  perArticle?: number;
}

/** Generates the graph as extraction batches of about `batchSize` relations each. */
export function* tradeGraph(opts: TradeGraphOptions, batchSize = 50_000): Generator<Extraction> {
  const rand = rng(opts.seed ?? 42);
  const n = opts.entities;
  const hubs = Math.max(5, Math.round(n * 0.001));
  const middlemen = Math.round(n * 0.1);
  const name = (i: number) => (i < hubs ? `Hub Buyer ${i}` : i < hubs + middlemen ? `Middleman Trading ${i} LLC` : `Supplier ${i} Co. Ltd`);
  const kind = (i: number): Entity['kind'] => (i < hubs && i % 3 === 0 ? 'country' : 'company');
  const id = (i: number) => `e${i}`;
  // Skewed choice: hubs receive most flows; middlemen pass goods on; suppliers only ship.
  const pickHub = () => Math.floor(Math.pow(rand(), 2) * hubs);
  const pickMiddle = () => hubs + Math.floor(Math.pow(rand(), 1.5) * middlemen);
  const pickSupplier = () => hubs + middlemen + Math.floor(rand() * (n - hubs - middlemen));

  const entities: Entity[] = Array.from({ length: n }, (_, i) => ({ id: id(i), name: name(i), kind: kind(i), aliases: [] }));
  const perArticle = opts.perArticle ?? 20;
  const seen = new Set<string>();
  let made = 0;
  let articleNo = 0;
  let first = true;
  while (made < opts.relations) {
    const rels: Relation[] = [];
    const articles: Article[] = [];
    while (rels.length < batchSize && made < opts.relations) {
      const sentences: string[] = [];
      const pending: [number, number][] = [];
      while (pending.length < perArticle) {
        const r = rand();
        let s: number;
        let t: number;
        if (r < 0.45) [s, t] = [pickSupplier(), pickMiddle()];
        else if (r < 0.75) [s, t] = [pickMiddle(), pickHub()];
        else if (r < 0.9) [s, t] = [pickMiddle(), pickMiddle()];
        else [s, t] = [pickSupplier(), pickHub()];
        if (s === t || seen.has(`${s}>${t}`)) continue;
        seen.add(`${s}>${t}`);
        pending.push([s, t]);
      }
      const artId = `bench-${articleNo++}`;
      let text = '';
      const spans: [number, number][] = [];
      for (const [s, t] of pending) {
        const sentence = `${name(s)} shipped ${1 + Math.floor(rand() * 900)} drone parts to ${name(t)}.`;
        spans.push([text.length, text.length + sentence.length]);
        text += sentence + ' ';
        sentences.push(sentence);
      }
      articles.push({ id: artId, title: `Trade report ${articleNo}`, text });
      pending.forEach(([s, t], k) => {
        rels.push({
          id: relationId('SHIPPED_TO', id(s), id(t)), type: 'SHIPPED_TO', source: id(s), target: id(t), props: { goods: ['drone parts'] },
          evidence: [{ article: artId, start: spans[k][0], end: spans[k][1], quote: sentences[k] }],
        });
      });
      made += pending.length;
    }
    yield { articles, entities: first ? entities : [], relations: rels, mentions: [] };
    first = false;
  }
}
