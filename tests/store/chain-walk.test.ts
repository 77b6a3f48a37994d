/** The walk both path searches share, over a small adjacency given as relation lists. */
import { describe, expect, it } from 'vitest';
import { chainsOfLength, type ChainAdjacency } from '../../server/store/chain-walk.js';

type Edge = [string, string];

/** An adjacency over `edges`, with `from` as starts and `to` as ends; hop counts to the ends by breadth-first search. */
function adjacency(edges: Edge[], from: string[], to: string[]): ChainAdjacency<string, Edge> & { expanded: string[] } {
  const toEnd = new Map(to.map((t) => [t, 0]));
  for (let frontier = to, d = 1; frontier.length; d++) {
    const next: string[] = [];
    for (const [s, t] of edges) {
      if (frontier.includes(t) && !toEnd.has(s)) {
        toEnd.set(s, d);
        if (!from.includes(s)) next.push(s);
      }
    }
    frontier = next;
  }
  const expanded: string[] = [];
  return {
    expanded,
    out: (u) => {
      expanded.push(u);
      return edges.filter(([s]) => s === u);
    },
    target: (e) => e[1],
    mark: (v) => (from.includes(v) ? 1 : 0) + (to.includes(v) ? 2 : 0),
    toEnd: (v) => toEnd.get(v) ?? Infinity,
  };
}

const show = (chains: Edge[][]) => chains.map((c) => [c[0][0], ...c.map((e) => e[1])].join(' ')).sort();

describe('chainsOfLength', () => {
  // a → b → d, a → c → d, a → d, b → c, d → a, a → e → f → d
  const edges: Edge[] = [['a', 'b'], ['b', 'd'], ['a', 'c'], ['c', 'd'], ['a', 'd'], ['b', 'c'], ['d', 'a'], ['a', 'e'], ['e', 'f'], ['f', 'd']];

  it('finds every simple chain of exactly the length asked', () => {
    const g = adjacency(edges, ['a'], ['d']);
    expect(show(chainsOfLength(g, ['a'], 1, 100))).toEqual(['a d']);
    expect(show(chainsOfLength(g, ['a'], 2, 100))).toEqual(['a b d', 'a c d']);
    expect(show(chainsOfLength(g, ['a'], 3, 100))).toEqual(['a b c d', 'a e f d']);
    expect(chainsOfLength(g, ['a'], 4, 100)).toEqual([]);
  });

  it('stops at `cap` chains', () => {
    expect(chainsOfLength(adjacency(edges, ['a'], ['d']), ['a'], 2, 1)).toHaveLength(1);
    expect(chainsOfLength(adjacency(edges, ['a'], ['d']), ['a'], 2, 0)).toEqual([]);
  });

  it('passes through neither a start nor an end, nor any node twice', () => {
    // x → y → x → t would revisit x; s2 is a start and t2 an end, so neither may be inner.
    const g = adjacency([['s', 'x'], ['x', 'y'], ['y', 'x'], ['x', 't'], ['s', 's2'], ['s2', 't'], ['s', 't2'], ['t2', 't']], ['s', 's2'], ['t', 't2']);
    expect(show(chainsOfLength(g, ['s', 's2'], 2, 100))).toEqual(['s x t']);
    expect(show(chainsOfLength(g, ['s', 's2'], 1, 100))).toEqual(['s t2', 's2 t']);
    expect(chainsOfLength(g, ['s', 's2'], 3, 100)).toEqual([]);
  });

  it('never expands a node too far from the ends for the hops left', () => {
    // a → far → far2 → d is three hops; asking for two must not expand far2 (two hops from d with one hop left).
    const g = adjacency([['a', 'far'], ['far', 'far2'], ['far2', 'd'], ['a', 'm'], ['m', 'd']], ['a'], ['d']);
    expect(show(chainsOfLength(g, ['a'], 2, 100))).toEqual(['a m d']);
    expect(g.expanded).toEqual(['a', 'm']);
  });
});
