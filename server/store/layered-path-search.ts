/**
 * The chain search of path-search.ts for a store read one layer of relations at a time (Neo4j): breadth-first layers
 * from both ends, always growing the side with fewer relations to read next (a chain into a hub buyer is found from
 * its supplier's few relations, not from the hub's thousands), then the walk of chain-walk.ts over the relations read.
 * The answer is the one FlowIndex.pathSearch gives on the whole graph: per length, every simple chain whose inner
 * nodes are in neither end set.
 */
import { chainsOfLength, type ChainAdjacency } from './chain-walk.js';
import type { PathCandidate } from './path-rank.js';
import type { FlowEdgeRow } from './path-search.js';

/** A relation of one layer, with the degree of its far end in the search's direction (what growing past it costs). */
export interface LayerRow extends FlowEdgeRow {
  degree: number;
}

export interface LayerReads {
  /**
   * Flow relations leaving ('out') or entering ('in') the given entities. With `within`, only those whose far end is
   * one of `within` (the other side's reach, by id), and their degree is not needed: the last layer a search reads,
   * which nothing grows past.
   */
  layer(ids: string[], dir: 'out' | 'in', within?: ReadonlyMap<string, number>): Promise<LayerRow[]>;
  /**
   * The opening read: what each side's first layer costs and, where a read is a round trip (Neo4j), the first layer
   * of each side costing at most `cap`, in one read where three were (almost every search reads both first layers).
   */
  open(starts: string[], targets: string[], cap: number): Promise<Opening>;
}

export interface Opening {
  /** Relations leaving the starts and entering the targets: an estimate of what each first layer costs to read. */
  cost: { out: number; in: number };
  /** The first layer of a side, when it costs at most the cap asked (else it is read when the search grows it). */
  out?: LayerRow[];
  in?: LayerRow[];
}

/**
 * A side's first layer is read in the opening read when its ends have at most this many relations: a round trip
 * costs the driver and the server about what a few dozen rows do, and the layer is read later anyway unless the
 * chain is found from the other side alone.
 */
export const OPENING_CAP = 100;

interface Side {
  dir: 'out' | 'in';
  dist: Map<string, number>;
  frontier: string[];
  /** Relations the next layer reads, estimated from degrees. */
  cost: number;
  depth: number;
}

export interface LayeredSearch {
  minHops: number;
  ofLength(hops: number, cap: number): Promise<PathCandidate[]>;
}

/** The shortest length of a chain from `from` to `to` within maxHops and its enumerator by length; null if none. */
export async function layeredPathSearch(from: string[], to: string[], maxHops: number, reads: LayerReads): Promise<LayeredSearch | null> {
  // 1 = a start, 2 = an end, 3 = both (a chain may end there but not start or pass there).
  const end = new Map<string, number>();
  for (const t of to) end.set(t, 2);
  for (const s of from) end.set(s, end.get(s) === 2 ? 3 : 1);
  const starts = [...new Set(from)].filter((s) => end.get(s) === 1);
  const targets = [...new Set(to)];
  if (!starts.length || !targets.length) return null;
  const opening = await reads.open(starts, targets, OPENING_CAP);
  const side = (dir: 'out' | 'in', ids: string[]): Side => ({
    dir, dist: new Map(ids.map((id) => [id, 0])), frontier: ids, depth: 0, cost: opening.cost[dir],
  });
  const fwd = side('out', starts);
  const back = side('in', targets);
  const edges = new Map<string, FlowEdgeRow>();
  let outOf: Map<string, FlowEdgeRow[]> | undefined;

  /** Adds the next layer of `s`: `read` when the opening read it, else read now. */
  const grow = async (s: Side, read?: LayerRow[]): Promise<boolean> => {
    if (!s.frontier.length) return false;
    // The layer that brings the depths to maxHops is the last: a chain through one of its relations reaches the far
    // end with no hop to spare beyond the other side's layers, so only relations into what the other side reached can
    // be on a chain (on large graphs that layer is most of what a search reads, and most of it leads nowhere).
    const other = s === fwd ? back : fwd;
    const last = fwd.depth + back.depth + 1 === maxHops;
    const rows = read ?? await reads.layer(s.frontier, s.dir, last ? other.dist : undefined);
    s.depth++;
    const next: string[] = [];
    let cost = 0;
    for (const r of rows) {
      if (!edges.has(r.id)) {
        edges.set(r.id, r);
        outOf = undefined;
      }
      const far = s.dir === 'out' ? r.target : r.source;
      if (s.dist.has(far)) continue;
      s.dist.set(far, s.depth);
      // Ends are reached but never passed through: inner nodes of a chain are in neither set.
      if (!end.has(far)) {
        next.push(far);
        cost += r.degree;
      }
    }
    s.frontier = next;
    s.cost = cost;
    return true;
  };
  if (opening.out) await grow(fwd, opening.out);
  if (opening.in) await grow(back, opening.in);
  // Once either side has no frontier left it holds every relation a chain can use (all that leave what the starts
  // reach, or all that enter what reaches the ends), so nothing more is read.
  const complete = () => !fwd.frontier.length || !back.frontier.length;
  const growCheaper = () => (complete() ? Promise.resolve(false) : grow(fwd.cost <= back.cost ? fwd : back));
  // A chain of d hops shows as a node with forward + backward distance d once the two depths add up to d.
  const meet = () => {
    const [small, large] = fwd.dist.size <= back.dist.size ? [fwd.dist, back.dist] : [back.dist, fwd.dist];
    let best = Infinity;
    for (const [id, d] of small) {
      const e = large.get(id);
      if (e !== undefined && d + e < best) best = d + e;
    }
    return best;
  };
  let minHops = 0;
  for (let d = 1; d <= maxHops && !minHops; d++) {
    while (fwd.depth + back.depth < d && (await growCheaper()));
    const best = meet();
    if (best <= d) minHops = best;
    else if (complete()) break;
  }
  if (!minHops) return null;

  const ofLength = async (hops: number, cap: number): Promise<PathCandidate[]> => {
    // With depths adding up to `hops`, every relation a chain of that length uses has been read: the first hops leave
    // nodes of the forward layers, the last ones enter nodes of the backward layers.
    while (fwd.depth + back.depth < hops && (await growCheaper()));
    if (!outOf) {
      outOf = new Map();
      for (const e of edges.values()) {
        const list = outOf.get(e.source);
        if (list) list.push(e);
        else outOf.set(e.source, [e]);
      }
    }
    const adjacent = outOf;
    const graph: ChainAdjacency<string, FlowEdgeRow> = {
      out: (u) => adjacent.get(u) ?? NONE,
      target: (e) => e.target,
      mark: (v) => end.get(v) ?? 0,
      // Beyond the backward layers read, a node is more hops from the ends than any it holds.
      toEnd: (v) => back.dist.get(v) ?? back.depth + 1,
    };
    return chainsOfLength(graph, starts, hops, cap).map(candidate);
  };
  return { minHops, ofLength };
}

const NONE: FlowEdgeRow[] = [];

function candidate(path: FlowEdgeRow[]): PathCandidate {
  return { nodes: [path[0].source, ...path.map((e) => e.target)], edges: path.map((e) => e.id), sources: path.map((e) => e.sources) };
}
