/** The left-to-right order given to the layered layout: the chosen chain always points forward. */
import { describe, expect, it } from 'vitest';
import { flowOrder } from '../../../client/src/graph/flow-order.js';

const forward = (order: string[], path: string[]) => path.every((id, i) => i === 0 || order.indexOf(path[i - 1]) < order.indexOf(id));

describe('flowOrder', () => {
  it('is a topological order of an acyclic flow', () => {
    const edges = [
      { source: 'c', target: 'd' },
      { source: 'a', target: 'b' },
      { source: 'b', target: 'c' },
      { source: 'a', target: 'c' },
    ];
    const order = flowOrder(['d', 'c', 'b', 'a'], edges);
    expect(order).toHaveLength(4);
    for (const e of edges) expect(order.indexOf(e.source)).toBeLessThan(order.indexOf(e.target));
  });

  it('keeps every hop of the chosen chain forward when other chains run the other way', () => {
    // s→x→y→t and s→y→x→t: the union has the cycle x↔y; each chain must still read left to right.
    const edges = [
      { source: 's', target: 'x' },
      { source: 'x', target: 'y' },
      { source: 'y', target: 't' },
      { source: 's', target: 'y' },
      { source: 'y', target: 'x' },
      { source: 'x', target: 't' },
    ];
    const nodes = ['s', 'x', 'y', 't'];
    for (const chain of [['s', 'x', 'y', 't'], ['s', 'y', 'x', 't']]) {
      const order = flowOrder(nodes, edges, chain);
      expect(order.sort()).toEqual([...nodes].sort());
      expect(forward(flowOrder(nodes, edges, chain), chain), chain.join('→')).toBe(true);
    }
  });

  it('returns every node once, including isolated ones and ends of unknown edges ignored', () => {
    const order = flowOrder(['a', 'b', 'lonely'], [{ source: 'a', target: 'b' }, { source: 'a', target: 'ghost' }, { source: 'b', target: 'b' }]);
    expect(order).toEqual(['a', 'b', 'lonely']);
  });
});
