/**
 * In-process search over the flow relations: an adjacency index in compressed sparse rows, the chain search of
 * layered-path-search.ts over it, and reachability. The embedded adapter keeps one index per filter and drops it on every write.
 */
import { layeredPathSearch, type LayeredSearch, type LayerReads, type LayerRow } from './layered-path-search.js';
import { collectCandidates, PATHS_PER_LENGTH, type PathCandidate } from './path-rank.js';

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
   * The flow relations as the layered search reads them (layered-path-search.ts), here from memory: the search grows
   * from whichever end has fewer relations to read, so a chain into a hub buyer never walks the hub's thousands of
   * suppliers (searching back from the buyer alone held the event loop up to a quarter of a second at 100k entities).
   */
  private readonly reads: LayerReads = {
    layer: async (ids, dir, within) => {
      const [start, edges, far] = dir === 'out' ? [this.outStart, this.outEdge, this.edgeTo] : [this.inStart, this.inEdge, this.edgeFrom];
      const rows: LayerRow[] = [];
      for (const id of ids) {
        const u = this.num.get(id);
        if (u === undefined) continue;
        for (let i = start[u]; i < start[u + 1]; i++) {
          const e = edges[i];
          const v = far[e];
          if (within && !within.has(this.ids[v])) continue;
          rows.push({
            id: this.edgeIds[e], source: this.ids[this.edgeFrom[e]], target: this.ids[this.edgeTo[e]], sources: this.edgeSources[e],
            // The far end's relations in the search's direction: what growing past it reads.
            degree: start[v + 1] - start[v],
          });
        }
      }
      return rows;
    },
    // From memory a layer costs no round trip: the first layers are read only when the search grows them.
    open: async (starts, targets) => {
      const degree = (ids: string[], start: Int32Array) => ids.reduce((n, id) => {
        const u = this.num.get(id);
        return u === undefined ? n : n + start[u + 1] - start[u];
      }, 0);
      return { cost: { out: degree(starts, this.outStart), in: degree(targets, this.inStart) } };
    },
  };

  /**
   * Simple directed paths from any of `from` to any of `to` within `maxHops` edges, whose inner nodes are in neither
   * set (a chain into a country ends where it first reaches it): the shortest length and, per length, every such path
   * (at most `cap`). Null when no path exists.
   */
  pathSearch(from: string[], to: string[], maxHops: number): Promise<LayeredSearch | null> {
    const known = (id: string) => this.num.has(id);
    return layeredPathSearch(from.filter(known), to.filter(known), maxHops, this.reads);
  }

  /** Up to `limit` shortest simple directed paths from `from` to `to` (maxHops at most), best first by path-rank.ts. */
  async kShortestPaths(from: string, to: string, maxHops: number, limit: number): Promise<PathCandidate[]> {
    const search = await this.pathSearch([from], [to], maxHops);
    if (!search) return [];
    const found = await collectCandidates((hops) => search.ofLength(hops, PATHS_PER_LENGTH), search.minHops, maxHops, limit);
    return found.slice(0, limit);
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
    dist[start] = 0;
    let frontier = [start];
    for (let depth = 1; depth <= Math.min(maxHops, UNREACHED - 1) && frontier.length; depth++) {
      const next: number[] = [];
      for (const u of frontier) {
        for (let i = startIdx[u]; i < startIdx[u + 1]; i++) {
          const v = other[edges[i]];
          if (dist[v] === UNREACHED) {
            dist[v] = depth;
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
