/**
 * The pruned walk both path searches end with: every simple directed chain of exactly `hops` relations from a start
 * to an end whose inner nodes are in neither end set, found depth first and cut at `cap`. The chain search
 * (layered-path-search.ts, which both stores run) describes the relations it has read through ChainAdjacency. The hop
 * counts to the ends prune every branch that cannot reach an end in the hops left, so the walk touches little beyond
 * the chains themselves.
 */

/** How a chain search sees its graph: `N` is a node, `E` a relation. */
export interface ChainAdjacency<N, E> {
  /** The relations leaving `u` (those a chain may use). */
  out(u: N): ArrayLike<E>;
  /** The node a relation enters. */
  target(e: E): N;
  /** What `v` is to the search: 0 neither end, 1 a start, 2 an end, 3 both (a chain may end there, not pass). */
  mark(v: N): number;
  /** The fewest relations from `v` to an end, or any number above the hops asked when none is known. */
  toEnd(v: N): number;
}

/** Up to `cap` simple chains of exactly `hops` relations from `starts`, each as its relations in order. */
export function chainsOfLength<N, E>(graph: ChainAdjacency<N, E>, starts: readonly N[], hops: number, cap: number): E[][] {
  const found: E[][] = [];
  const stack: E[] = [];
  const onPath = new Set<N>();
  const walk = (u: N, left: number) => {
    const edges = graph.out(u);
    for (let i = 0; i < edges.length && found.length < cap; i++) {
      const e = edges[i];
      const v = graph.target(e);
      const mark = graph.mark(v);
      // Ends are reached but never passed through.
      if (mark >= 2) {
        if (left === 1) found.push([...stack, e]);
        continue;
      }
      if (left > 1 && !mark && !onPath.has(v) && graph.toEnd(v) <= left - 1) {
        onPath.add(v);
        stack.push(e);
        walk(v, left - 1);
        stack.pop();
        onPath.delete(v);
      }
    }
  };
  for (const s of starts) {
    if (found.length >= cap) break;
    walk(s, hops);
  }
  return found;
}
