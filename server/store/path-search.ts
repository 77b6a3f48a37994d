/**
 * In-process search over the flow relations: an adjacency index in compressed sparse rows, k shortest simple
 * directed paths, and reachability. The embedded adapter keeps one index per filter and drops it on every write.
 */

export interface FlowEdgeRow {
  id: string;
  source: string;
  target: string;
  sources: number;
}

/** Flow edges as CSR arrays, both directions, over dense node numbers. */
export class FlowIndex {
  readonly ids: string[] = [];
  private readonly num = new Map<string, number>();
  readonly edgeIds: string[];
  readonly edgeSources: Int32Array;
  private readonly outStart: Int32Array;
  private readonly outEdge: Int32Array;
  private readonly inStart: Int32Array;
  private readonly inEdge: Int32Array;
  readonly edgeFrom: Int32Array;
  readonly edgeTo: Int32Array;

  constructor(rows: FlowEdgeRow[]) {
    const m = rows.length;
    this.edgeIds = new Array(m);
    this.edgeSources = new Int32Array(m);
    this.edgeFrom = new Int32Array(m);
    this.edgeTo = new Int32Array(m);
    rows.forEach((r, i) => {
      this.edgeIds[i] = r.id;
      this.edgeSources[i] = r.sources;
      this.edgeFrom[i] = this.node(r.source);
      this.edgeTo[i] = this.node(r.target);
    });
    const n = this.ids.length;
    [this.outStart, this.outEdge] = csr(n, this.edgeFrom);
    [this.inStart, this.inEdge] = csr(n, this.edgeTo);
  }

  private node(id: string): number {
    let k = this.num.get(id);
    if (k === undefined) {
      k = this.ids.length;
      this.ids.push(id);
      this.num.set(id, k);
    }
    return k;
  }

  get size(): { nodes: number; edges: number } {
    return { nodes: this.ids.length, edges: this.edgeIds.length };
  }

  /**
   * Up to `limit` shortest simple directed paths from `from` to `to` with at most `maxHops` edges, as edge-index
   * lists: ordered by hop count, then by the support of their weakest edge (most first).
   */
  kShortestPaths(from: string, to: string, maxHops: number, limit: number): number[][] {
    const s = this.num.get(from);
    const t = this.num.get(to);
    if (s === undefined || t === undefined || s === t) return [];
    const dist = this.distances(t, maxHops, 'in');
    if (dist[s] === UNREACHED) return [];
    const onPath = new Uint8Array(this.ids.length);
    const out: number[][] = [];
    // Within one length, collect more than asked so that ranking by support has something to choose from.
    const perLengthCap = Math.max(limit * 20, 200);
    for (let len = dist[s]; len <= maxHops && out.length < limit; len++) {
      const found: number[][] = [];
      const stack: number[] = [];
      const walk = (u: number, left: number) => {
        for (let i = this.outStart[u]; i < this.outStart[u + 1] && found.length < perLengthCap; i++) {
          const e = this.outEdge[i];
          const v = this.edgeTo[e];
          if (v === t) {
            if (left === 1) found.push([...stack, e]);
            continue;
          }
          if (left > 1 && !onPath[v] && dist[v] <= left - 1) {
            onPath[v] = 1;
            stack.push(e);
            walk(v, left - 1);
            stack.pop();
            onPath[v] = 0;
          }
        }
      };
      onPath[s] = 1;
      walk(s, len);
      onPath[s] = 0;
      found.sort((a, b) => this.support(b) - this.support(a) || this.corroboration(b) - this.corroboration(a));
      out.push(...found.slice(0, limit - out.length));
    }
    return out;
  }

  /** The number of articles backing the weakest edge of a path. */
  support(path: number[]): number {
    let min = Infinity;
    for (const e of path) min = Math.min(min, this.edgeSources[e]);
    return path.length ? min : 0;
  }

  /** The number of sources summed over a path's hops: between equally supported chains, the better corroborated one. */
  corroboration(path: number[]): number {
    let sum = 0;
    for (const e of path) sum += this.edgeSources[e];
    return sum;
  }

  /** Every node that reaches `id` ('up') or that `id` reaches ('down') within maxHops, with its hop count. */
  reach(id: string, direction: 'up' | 'down', maxHops: number): { id: string; hops: number }[] {
    const s = this.num.get(id);
    if (s === undefined) return [];
    const dist = this.distances(s, maxHops, direction === 'up' ? 'in' : 'out');
    const out: { id: string; hops: number }[] = [];
    dist.forEach((d, i) => {
      if (d !== UNREACHED && i !== s) out.push({ id: this.ids[i], hops: d });
    });
    return out.sort((a, b) => a.hops - b.hops || a.id.localeCompare(b.id));
  }

  /** Breadth-first hop counts from `start` along out- or in-edges, up to maxHops (255 = not reached). */
  private distances(start: number, maxHops: number, dir: 'in' | 'out'): Uint8Array {
    const [startIdx, edges, other] = dir === 'in' ? [this.inStart, this.inEdge, this.edgeFrom] : [this.outStart, this.outEdge, this.edgeTo];
    const dist = new Uint8Array(this.ids.length).fill(UNREACHED);
    let frontier = [start];
    dist[start] = 0;
    for (let d = 1; d <= maxHops && frontier.length; d++) {
      const next: number[] = [];
      for (const u of frontier) {
        for (let i = startIdx[u]; i < startIdx[u + 1]; i++) {
          const v = other[edges[i]];
          if (dist[v] === UNREACHED) {
            dist[v] = d;
            next.push(v);
          }
        }
      }
      frontier = next;
    }
    return dist;
  }
}

const UNREACHED = 255;

function csr(n: number, key: Int32Array): [Int32Array, Int32Array] {
  const start = new Int32Array(n + 1);
  for (const k of key) start[k + 1]++;
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const fill = start.slice(0, n);
  const edges = new Int32Array(key.length);
  key.forEach((k, e) => {
    edges[fill[k]++] = e;
  });
  return [start, edges];
}
