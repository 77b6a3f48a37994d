/** The drawn view as a snapshot: the elements with their positions and classes, and what produced them. */
import type { GraphData, SnapshotView } from '../api.js';
import type { GraphHandle } from './graph-view.js';

type Capture = ReturnType<GraphHandle['capture']>;

/** Builds the snapshot of what is drawn: only nodes with a position, and edges between them. */
export function snapshotView(data: GraphData, drawn: Capture, meta: Omit<SnapshotView, 'elements' | 'viewport'> = {}): SnapshotView {
  const nodes: SnapshotView['elements']['nodes'] = [];
  for (const n of data.nodes) {
    const position = drawn.positions.get(n.id);
    if (!position) continue;
    const classes = drawn.classes.get(n.id);
    nodes.push({
      id: n.id,
      name: n.name,
      kind: n.kind,
      position,
      ...(n.aliases?.length ? { aliases: n.aliases } : {}),
      ...(n.country ? { country: n.country } : {}),
      sanctioned: n.sanctioned,
      degree: n.degree,
      ...(classes ? { classes } : {}),
    });
  }
  const kept = new Set(nodes.map((n) => n.id));
  const edges = data.edges
    .filter((e) => kept.has(e.source) && kept.has(e.target))
    .map((e) => {
      const classes = drawn.classes.get(e.id);
      return { id: e.id, type: e.type, source: e.source, target: e.target, props: e.props as Record<string, unknown>, sources: e.sources, ...(classes ? { classes } : {}) };
    });
  return { ...meta, elements: { nodes, edges }, viewport: drawn.viewport };
}

/** What a saved view reopens: its graph, positions, classes, selection (an entity or a relation) and chain. */
export interface ReopenedView {
  data: GraphData;
  positions: Map<string, { x: number; y: number }>;
  classes: Map<string, string>;
  selected: string | null;
  selectedEdge: string | null;
  /** The chain that was highlighted, if one was. */
  highlight: { kind: 'path'; nodes: string[]; edges: string[] } | null;
}

const hasClass = (classes: string | undefined, c: string) => !!classes && classes.split(' ').includes(c);

/** The drawable graph of a saved view, its positions, classes, selection and highlighted chain. */
export function fromSnapshot(view: SnapshotView): ReopenedView {
  const positions = new Map<string, { x: number; y: number }>();
  const classes = new Map<string, string>();
  let selected: string | null = null;
  let selectedEdge: string | null = null;
  const chain = { nodes: [] as string[], edges: [] as string[] };
  const nodes = view.elements.nodes.map((n) => {
    positions.set(n.id, n.position);
    if (n.classes) {
      classes.set(n.id, n.classes);
      if (hasClass(n.classes, 'selected')) selected = n.id;
      if (hasClass(n.classes, 'on-path')) chain.nodes.push(n.id);
    }
    return { id: n.id, name: n.name, kind: n.kind as GraphData['nodes'][number]['kind'], aliases: n.aliases ?? [], country: n.country, degree: n.degree ?? 0, sanctioned: !!n.sanctioned };
  });
  const edges = view.elements.edges.map((e) => {
    if (e.classes) classes.set(e.id, e.classes);
    if (hasClass(e.classes, 'selected')) selectedEdge = e.id;
    if (hasClass(e.classes, 'on-path')) chain.edges.push(e.id);
    return { id: e.id, type: e.type, source: e.source, target: e.target, props: (e.props ?? {}) as GraphData['edges'][number]['props'], sources: e.sources ?? 0, evidence: e.evidence };
  });
  return {
    data: { nodes, edges }, positions, classes, selected, selectedEdge: selected ? null : selectedEdge,
    highlight: chain.nodes.length ? { kind: 'path', ...chain } : null,
  };
}
