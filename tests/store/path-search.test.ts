import { describe, expect, it } from 'vitest';
import { FlowIndex, type FlowEdgeRow } from '../../server/store/path-search.js';
import type { PathCandidate } from '../../server/store/path-rank.js';
import { allSimplePaths } from '../helpers/simple-paths.js';

const e = (source: string, target: string, sources = 1): FlowEdgeRow => ({ id: `${source}>${target}`, source, target, sources });
const ids = (paths: PathCandidate[]) => paths.map((p) => p.nodes.join(' '));

describe('FlowIndex.kShortestPaths', () => {
  // a → b → d, a → c → d (better backed), a → d direct, d → a back edge, a → e → f → d (3 hops)
  const idx = new FlowIndex([e('a', 'b'), e('b', 'd'), e('a', 'c', 3), e('c', 'd', 2), e('a', 'd'), e('d', 'a'),
    e('a', 'e'), e('e', 'f'), e('f', 'd'), e('b', 'c')]);

  it('orders by hops, then by the support of the weakest hop', async () => {
    expect(ids(await idx.kShortestPaths('a', 'd', 5, 10))).toEqual(['a d', 'a c d', 'a b d', 'a b c d', 'a e f d']);
  });

  it('between equally supported chains, prefers the better corroborated one', async () => {
    // Both two-hop chains have a weakest hop of 1 source; through m the other hop has 4, through n only 1.
    const tie = new FlowIndex([e('s', 'n'), e('n', 't'), e('s', 'm', 4), e('m', 't')]);
    expect(ids(await tie.kShortestPaths('s', 't', 3, 10))).toEqual(['s m t', 's n t']);
    expect(ids(await tie.kShortestPaths('s', 't', 3, 1))).toEqual(['s m t']);
  });

  it('respects limit and maxHops', async () => {
    expect(ids(await idx.kShortestPaths('a', 'd', 5, 2))).toEqual(['a d', 'a c d']);
    expect(ids(await idx.kShortestPaths('a', 'd', 2, 10))).toEqual(['a d', 'a c d', 'a b d']);
  });

  it('follows direction and never revisits a node', async () => {
    expect(ids(await idx.kShortestPaths('d', 'c', 5, 10))).toEqual(['d a c', 'd a b c']);
    for (const p of ids(await idx.kShortestPaths('d', 'f', 8, 100))) expect(new Set(p.split(' ')).size).toBe(p.split(' ').length);
  });

  it('answers nothing for unknown, equal or unconnected ends', async () => {
    expect(await idx.kShortestPaths('a', 'zz', 5, 10)).toEqual([]);
    expect(await idx.kShortestPaths('a', 'a', 5, 10)).toEqual([]);
    expect(await idx.kShortestPaths('f', 'e', 1, 10)).toEqual([]);
  });
});

describe('FlowIndex.reach', () => {
  const idx = new FlowIndex([e('a', 'b'), e('b', 'c'), e('c', 'd'), e('x', 'c')]);
  it('finds upstream and downstream entities with hop counts', async () => {
    expect(idx.reach('c', 'up', 5)).toEqual([{ id: 'b', hops: 1 }, { id: 'x', hops: 1 }, { id: 'a', hops: 2 }]);
    expect(idx.reach('a', 'down', 2)).toEqual([{ id: 'b', hops: 1 }, { id: 'c', hops: 2 }]);
    expect(idx.reach('nobody', 'down', 2)).toEqual([]);
  });
});

describe('FlowIndex.pathSearch on random graphs', () => {
  it('finds exactly the simple paths of every length up to maxHops, and the shortest length', async () => {
    let seed = 11;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let g = 0; g < 20; g++) {
      const n = 12 + Math.floor(rand() * 10);
      const rows = new Map<string, FlowEdgeRow>();
      for (let i = 0; i < n * 2.5; i++) {
        const [a, b] = [Math.floor(rand() * n), Math.floor(rand() * n)];
        if (a !== b) rows.set(`${a}>${b}`, e(String(a), String(b)));
      }
      const idx = new FlowIndex([...rows.values()]);
      for (let q = 0; q < 10; q++) {
        // One entity at each end, or a few (a country and the entities located in it).
        const some = () => Array.from({ length: rand() < 0.7 ? 1 : 2 + Math.floor(rand() * 2) }, () => String(Math.floor(rand() * n)));
        const [from, to, maxHops] = [some(), some(), 1 + Math.floor(rand() * 6)];
        const expected = allSimplePaths([...rows.values()], from, to, maxHops);
        const search = await idx.pathSearch(from, to, maxHops);
        if (!expected.length) {
          expect(search).toBeNull();
          continue;
        }
        expect(search!.minHops).toBe(Math.min(...expected.map((p) => p.split(' ').length)));
        const found: string[] = [];
        for (let hops = search!.minHops; hops <= maxHops; hops++) found.push(...(await search!.ofLength(hops, 10_000)).map((c) => c.edges.join(' ')));
        expect(found.sort()).toEqual(expected);
      }
    }
  });
});
