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

/** The drawable graph of a saved view, its positions and its classes. */
export function fromSnapshot(view: SnapshotView): { data: GraphData; positions: Map<string, { x: number; y: number }>; classes: Map<string, string>; selected: string | null } {
  const positions = new Map<string, { x: number; y: number }>();
  const classes = new Map<string, string>();
  let selected: string | null = null;
  const nodes = view.elements.nodes.map((n) => {
    positions.set(n.id, n.position);
    if (n.classes) {
      classes.set(n.id, n.classes);
      if (n.classes.split(' ').includes('selected')) selected = n.id;
    }
    return { id: n.id, name: n.name, kind: n.kind as GraphData['nodes'][number]['kind'], aliases: n.aliases ?? [], country: n.country, degree: n.degree ?? 0, sanctioned: !!n.sanctioned };
  });
  const edges = view.elements.edges.map((e) => {
    if (e.classes) classes.set(e.id, e.classes);
    return { id: e.id, type: e.type, source: e.source, target: e.target, props: (e.props ?? {}) as GraphData['edges'][number]['props'], sources: e.sources ?? 0, evidence: e.evidence };
  });
  return { data: { nodes, edges }, positions, classes, selected };
}
