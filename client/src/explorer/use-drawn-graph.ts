/**
 * What the canvas draws for a view: the chains, the trace or the overview, with expansions merged in and filters and
 * hidden entities applied; the overview's entities no relation touches are listed instead of drawn.
 */
import { useMemo } from 'react';
import type { GraphData, GraphNode, PathResult } from '../api.js';
import { chainIds, chainsGraph, filterGraph, mergeGraphs, splitUnlinked, withoutHidden } from '../graph/compose.js';
import type { Highlight } from '../graph/graph-view.js';
import type { ViewState } from '../view-state.js';

export type Mode = 'paths' | 'trace' | 'overview';

export interface DrawnGraphInput {
  view: ViewState;
  mode: Mode;
  /** The path query's chains once they came (as shown under the filters). */
  chains: PathResult[] | null;
  traceGraph: GraphData | null;
  /** The overview, once loaded. */
  base: GraphData | null;
  expansions: ReadonlyMap<string, GraphData>;
}

export interface DrawnGraph {
  /** What is drawn; null until there is something. */
  data: GraphData | null;
  /** Whether the overview is what is drawn (the chains or trace have not replaced it). */
  isOverview: boolean;
  unlinked: GraphNode[];
  unlinkedIds: ReadonlySet<string>;
  drawnIds: ReadonlySet<string>;
  chosen: PathResult | null;
  highlight: Highlight | null;
  /** Relation ids of the chosen chain. */
  chainEdges?: ReadonlySet<string>;
}

export function useDrawnGraph({ view, mode, chains, traceGraph, base, expansions }: DrawnGraphInput): DrawnGraph {
  const chosen = chains && view.chain !== null ? chains[view.chain] ?? null : null;
  const core = useMemo(
    () => (mode === 'paths' && chains?.length ? chainsGraph(chains) : mode === 'trace' && traceGraph ? traceGraph : base),
    [mode, chains, traceGraph, base],
  );
  const composed = useMemo(() => {
    if (!core) return null;
    // What the reader asked for stays drawn whatever the kind filter says.
    const keep = new Set<string>(view.expanded);
    if (chains) for (const p of chains) for (const n of p.nodes) keep.add(n.id);
    if (view.trace) keep.add(view.trace.id);
    const merged = expansions.size ? mergeGraphs(core, ...expansions.values()) : core;
    return withoutHidden(filterGraph(merged, view.filters, keep), view.hidden);
  }, [core, chains, view.trace, view.expanded, expansions, view.filters, view.hidden]);
  const isOverview = core !== null && core === base;
  const { drawn: data, unlinked } = useMemo(
    () => (composed && isOverview ? splitUnlinked(composed, new Set(view.expanded)) : { drawn: composed, unlinked: [] }),
    [composed, isOverview, view.expanded],
  );
  const unlinkedIds = useMemo(() => new Set(unlinked.map((n) => n.id)), [unlinked]);
  const drawnIds = useMemo(() => new Set(data?.nodes.map((n) => n.id) ?? []), [data]);
  const highlight = useMemo<Highlight | null>(() => {
    if (mode === 'paths' && chosen) return { kind: 'path', ...chainIds(chosen) };
    if (mode === 'trace' && view.trace) return { kind: 'trace', nodes: [view.trace.id], edges: [] };
    return null;
  }, [mode, chosen, view.trace]);
  const chainEdges = useMemo(() => (chosen ? new Set(chosen.edges.map((e) => e.id)) : undefined), [chosen]);
  return { data, isOverview, unlinked, unlinkedIds, drawnIds, chosen, highlight, chainEdges };
}
