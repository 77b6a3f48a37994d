/**
 * A left-to-right order for the layered layout: a topological order of the drawn flow in which every hop of the
 * chosen chain points forward. Where the graph has cycles, the chain's hops win, then the edges given first.
 */

export interface FlowEdge {
  source: string;
  target: string;
}

/** `nodes` reordered so that the chain's hops, and every other edge that does not close a cycle, point forward. */
export function flowOrder(nodes: readonly string[], edges: readonly FlowEdge[], chain: readonly string[] = []): string[] {
  const index = new Map(nodes.map((id, i) => [id, i]));
  const out = new Map<string, string[]>(nodes.map((id) => [id, []]));
  const reaches = (from: string, to: string): boolean => {
    const seen = new Set([from]);
    const stack = [from];
    while (stack.length) {
      const u = stack.pop()!;
      if (u === to) return true;
      for (const v of out.get(u)!) {
        if (seen.has(v)) continue;
        seen.add(v);
        stack.push(v);
      }
    }
    return false;
  };
  const accept = (e: FlowEdge) => {
    if (!index.has(e.source) || !index.has(e.target) || e.source === e.target) return;
    if (reaches(e.target, e.source)) return; // would close a cycle: this edge is the one drawn backwards
    out.get(e.source)!.push(e.target);
  };
  for (let i = 0; i + 1 < chain.length; i++) accept({ source: chain[i], target: chain[i + 1] });
  for (const e of edges) accept(e);

  // Kahn's algorithm; among the ready nodes, the one given first goes first.
  const indegree = new Map(nodes.map((id) => [id, 0]));
  for (const targets of out.values()) for (const t of targets) indegree.set(t, indegree.get(t)! + 1);
  const ready = nodes.filter((id) => indegree.get(id) === 0);
  const order: string[] = [];
  while (ready.length) {
    ready.sort((a, b) => index.get(a)! - index.get(b)!);
    const u = ready.shift()!;
    order.push(u);
    for (const v of out.get(u)!) {
      indegree.set(v, indegree.get(v)! - 1);
      if (indegree.get(v) === 0) ready.push(v);
    }
  }
  return order;
}
