/**
 * What the canvas draws, as pure functions over API data: the chains of a path query, a trace, expansions merged in,
 * filters and hidden entities taken out. The app composes these; the graph view only draws the result.
 */
import type { GraphData, GraphNode, PathResult, Reached } from '../api.js';
import type { Filters } from '../view-state.js';

/** Union of graphs by id; the first copy of a node or edge wins. */
export function mergeGraphs(...parts: (GraphData | null | undefined)[]): GraphData {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphData['edges'][number]>();
  let truncated = false;
  for (const p of parts) {
    if (!p) continue;
    for (const n of p.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    for (const e of p.edges) if (!edges.has(e.id)) edges.set(e.id, e);
    truncated ||= !!p.truncated;
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
}

/**
 * Applies the filters: entities of a kind switched off go (unless in `keep`, such as the ends of a chain), and so do
 * relations of a type switched off, with too few sources, or with an end no longer drawn.
 */
export function filterGraph(data: GraphData, f: Filters, keep: ReadonlySet<string> = new Set()): GraphData {
  const kinds = f.kinds ? new Set(f.kinds) : null;
  const types = f.types ? new Set(f.types) : null;
  const nodes = kinds ? data.nodes.filter((n) => kinds.has(n.kind) || keep.has(n.id)) : data.nodes;
  const ids = new Set(nodes.map((n) => n.id));
  const edges = data.edges.filter(
    (e) => ids.has(e.source) && ids.has(e.target) && (!types || types.has(e.type)) && e.sources >= f.minSources,
  );
  return nodes === data.nodes && edges.length === data.edges.length ? data : { ...data, nodes, edges };
}

/** The graph without hidden entities and the relations touching them. */
export function withoutHidden(data: GraphData, hidden: readonly string[]): GraphData {
  if (!hidden.length) return data;
  const h = new Set(hidden);
  return {
    ...data,
    nodes: data.nodes.filter((n) => !h.has(n.id)),
    edges: data.edges.filter((e) => !h.has(e.source) && !h.has(e.target)),
  };
}

/** Chains whose intermediaries are all of a kind the filters draw; the supplier and buyer are what was asked for. */
export function chainsShown(paths: PathResult[], f: Filters): PathResult[] {
  if (!f.kinds) return paths;
  const kinds = new Set(f.kinds);
  return paths.filter((p) => p.nodes.slice(1, -1).every((n) => kinds.has(n.kind)));
}

/** Every chain's entities and hops as one graph: the flow from supplier to buyer. */
export function chainsGraph(paths: PathResult[]): GraphData {
  return mergeGraphs(...paths.map((p) => ({ nodes: p.nodes, edges: p.edges })));
}

/** The entities and hops of one chain, for highlighting. */
export function chainIds(p: PathResult): { nodes: string[]; edges: string[] } {
  return { nodes: p.nodes.map((n) => n.id), edges: p.edges.map((e) => e.id) };
}

/**
 * A trace drawn as a graph: the root, every entity reached, and the relations among them taken from a neighbourhood
 * of the root (any relation between two members of an upstream set also leads towards the root, and likewise down).
 */
export function traceGraph(root: GraphNode, items: Reached[], around: GraphData | null): GraphData {
  const nodes = [root, ...items.map((i) => i.entity)];
  const ids = new Set(nodes.map((n) => n.id));
  const edges = (around?.edges ?? []).filter((e) => ids.has(e.source) && ids.has(e.target));
  return { nodes, edges };
}

/**
 * The graph without the entities no relation touches (except those in `keep`), and those entities apart: drawn,
 * dozens of them would be a grid of unreadable labels that says nothing about who supplies whom.
 */
export function splitUnlinked(data: GraphData, keep: ReadonlySet<string> = new Set()): { drawn: GraphData; unlinked: GraphNode[] } {
  const linked = new Set<string>();
  for (const e of data.edges) {
    linked.add(e.source);
    linked.add(e.target);
  }
  const unlinked = data.nodes.filter((n) => !linked.has(n.id) && !keep.has(n.id));
  if (!unlinked.length) return { drawn: data, unlinked };
  const out = new Set(unlinked.map((n) => n.id));
  return { drawn: { ...data, nodes: data.nodes.filter((n) => !out.has(n.id)) }, unlinked: unlinked.sort((a, b) => a.name.localeCompare(b.name)) };
}
