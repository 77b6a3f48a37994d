/**
 * In-process search over the flow relations: an adjacency index in compressed sparse rows, k shortest simple
 * directed paths, and reachability. The embedded adapter keeps one index per filter and drops it on every write.
 */
import { chainsOfLength, type ChainAdjacency } from './chain-walk.js';
import { collectCandidates, PATHS_PER_LENGTH } from './path-rank.js';

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
   * Simple directed paths from any of `from` to any of `to` within `maxHops` edges, whose inner nodes are in neither
   * set (a chain into a country ends where it first reaches it): the shortest length and, per length, every such path
   * (at most `cap`) as edge-index lists. Null when no path exists.
   */
  pathSearch(from: string[], to: string[], maxHops: number): { minHops: number; ofLength(hops: number, cap: number): number[][] } | null {
    const sources = from.map((id) => this.num.get(id)).filter((k): k is number => k !== undefined);
    const targets = to.map((id) => this.num.get(id)).filter((k): k is number => k !== undefined);
    const end = new Uint8Array(this.ids.length);
    for (const t of targets) end[t] = 2;
    for (const s of sources) end[s] = end[s] === 2 ? 3 : 1;
    const starts = sources.filter((s) => end[s] === 1);
    if (!starts.length || !targets.length) return null;
    // Hop counts to the targets, layer by layer and only as deep as asked (a full six-layer search reaches most of a
    // 100k-entity trade network). A path of d hops exists when a start has an out-neighbour d - 1 hops from the
    // targets, so finding the shortest length needs the layers up to d - 1 only: the widest layer is never built.
    const back = this.layers(targets, 'in', end);
    const dist = back.dist;
    const startsAt = (d: number) => starts.some((s) => {
      for (let i = this.outStart[s]; i < this.outStart[s + 1]; i++) {
        const v = this.edgeTo[this.outEdge[i]];
        if (d === 1 ? end[v] >= 2 : !end[v] && dist[v] === d - 1) return true;
      }
      return false;
    });
    let minHops = 0;
    for (let d = 1; d <= maxHops && !minHops; d++) {
      if (back.depth < d - 1 && !back.grow()) break;
      if (startsAt(d)) minHops = d;
    }
    if (!minHops) return null;
    const graph: ChainAdjacency<number, number> = {
      out: (u) => this.outEdge.subarray(this.outStart[u], this.outStart[u + 1]),
      target: (e) => this.edgeTo[e],
      mark: (v) => end[v],
      toEnd: (v) => dist[v],
    };
    const ofLength = (hops: number, cap: number): number[][] => {
      while (back.depth < hops - 1 && back.grow());
      return chainsOfLength(graph, starts, hops, cap);
    };
    return { minHops, ofLength };
  }

  /** The node ids along a path given as edge indexes. */
  nodesOf(path: number[]): string[] {
    return [this.ids[this.edgeFrom[path[0]]], ...path.map((e) => this.ids[this.edgeTo[e]])];
  }

  /** Up to `limit` shortest simple directed paths from `from` to `to` (maxHops at most), best first by path-rank.ts. */
  async kShortestPaths(from: string, to: string, maxHops: number, limit: number): Promise<number[][]> {
    const search = this.pathSearch([from], [to], maxHops);
    if (!search) return [];
    const byKey = new Map<string, number[]>();
    const found = await collectCandidates((hops) => search.ofLength(hops, PATHS_PER_LENGTH).map((p) => {
      byKey.set(p.join(','), p);
      return { nodes: [], edges: p.map(String), sources: p.map((e) => this.edgeSources[e]) };
    }), search.minHops, maxHops, limit);
    return found.slice(0, limit).map((c) => byKey.get(c.edges.join(','))!);
  }

  /** Every node that reaches `id` ('up') or that `id` reaches ('down') within maxHops, with its hop count. */
  reach(id: string, direction: 'up' | 'down', maxHops: number): { id: string; hops: number }[] {
    const s = this.num.get(id);
    if (s === undefined) return [];
    const dist = this.distances([s], maxHops, direction === 'up' ? 'in' : 'out');
    const out: { id: string; hops: number }[] = [];
    dist.forEach((d, i) => {
      if (d !== UNREACHED && i !== s) out.push({ id: this.ids[i], hops: d });
    });
    return out.sort((a, b) => a.hops - b.hops || a.id.localeCompare(b.id));
  }

  /**
   * Breadth-first hop counts from `starts` along out- or in-edges, up to maxHops (255 = not reached); a node marked in
   * `stop` is reached but not passed through.
   */
  private distances(starts: number[], maxHops: number, dir: 'in' | 'out', stop?: Uint8Array): Uint8Array {
    const bfs = this.layers(starts, dir, stop);
    while (bfs.depth < maxHops && bfs.grow());
    return bfs.dist;
  }

  /**
   * A breadth-first search that is grown one layer at a time: `dist` holds the hop counts of the layers so far (255
   * beyond them), `grow()` adds the next layer and says whether it reached any node.
   */
  private layers(starts: number[], dir: 'in' | 'out', stop?: Uint8Array): { dist: Uint8Array; readonly depth: number; grow(): boolean } {
    const [startIdx, edges, other] = dir === 'in' ? [this.inStart, this.inEdge, this.edgeFrom] : [this.outStart, this.outEdge, this.edgeTo];
    const dist = new Uint8Array(this.ids.length).fill(UNREACHED);
    let frontier = [...starts];
    for (const s of starts) dist[s] = 0;
    let depth = 0;
    return {
      dist,
      get depth() {
        return depth;
      },
      grow() {
        if (!frontier.length || depth >= UNREACHED - 1) return false;
        depth++;
        const next: number[] = [];
        for (const u of frontier) {
          for (let i = startIdx[u]; i < startIdx[u + 1]; i++) {
            const v = other[edges[i]];
            if (dist[v] === UNREACHED) {
              dist[v] = depth;
              if (!stop?.[v]) next.push(v);
            }
          }
        }
        frontier = next;
        return true;
      },
    };
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
