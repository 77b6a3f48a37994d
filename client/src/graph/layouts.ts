/** Layout choices: force-directed (fcose) for overviews, layered left to right (ELK) for chains and traces. */
import type { EdgeSingular, LayoutOptions, NodeSingular, Position } from 'cytoscape';

/** Above this many nodes the force layout takes its cheap settings, keeping a 2,000-node view within 3 s. */
export const BIG_GRAPH = 800;

/** Average width of a character of an edge label (10 px font, stylesheet.ts), for the room a label needs. */
const EDGE_CHAR_PX = 5.8;
/** Room kept around an edge's label: its ends' node bodies and a margin. */
const EDGE_LABEL_MARGIN = 70;
const IDEAL_EDGE = 70;

/** How long an edge must be for its drawn label to fit between its ends; unlabelled edges need no room. */
export function edgeRoom(e: EdgeSingular): number {
  if (!e.hasClass('labelled')) return IDEAL_EDGE;
  return Math.max(IDEAL_EDGE, String(e.data('caption') ?? '').length * EDGE_CHAR_PX + EDGE_LABEL_MARGIN);
}

/**
 * fcose options tuned for readable labels: an edge whose label is drawn is given the length the label needs, so the
 * label sits between its ends instead of over their names. Cheaper settings for big graphs keep the 2,000-node
 * target in reach.
 */
export function overviewLayout(nodeCount: number, opts: { randomize: boolean; animate: boolean }): LayoutOptions {
  const big = nodeCount > BIG_GRAPH;
  return {
    name: 'fcose',
    // 'draft' is spectral only and ignores starting positions, so an incremental run needs 'default'.
    quality: big && opts.randomize ? 'draft' : 'default',
    randomize: opts.randomize,
    animate: opts.animate && !big,
    animationDuration: 500,
    // The view is fitted afterwards, clear of the overlays (see viewport.ts).
    fit: false,
    nodeDimensionsIncludeLabels: !big,
    // Components are packed afterwards (pack.ts): fcose's packing produced NaN positions on big graphs.
    packComponents: false,
    // The spectral draft packs big graphs tightly: spread them so nodes do not pile up.
    nodeSeparation: big ? 160 : 75,
    nodeRepulsion: () => 6500,
    idealEdgeLength: big ? () => IDEAL_EDGE : edgeRoom,
    edgeElasticity: () => 0.35,
    gravity: 0.3,
    numIter: big ? 800 : 2500,
    tile: false,
  } as LayoutOptions;
}

/**
 * ELK's layered layout, flowing left to right. With `modelOrder`, cycles are broken by the order of the elements
 * given (see flow-order.ts), so every hop of the chosen chain points right even when other chains run between the
 * same entities the other way round. `keep` lets a superseded run leave nodes where they are (cytoscape-elk cannot
 * be stopped).
 */
export function layeredLayout(opts: { animate: boolean; modelOrder: boolean; keep: () => boolean; labelRoom?: number }): LayoutOptions {
  return {
    name: 'elk',
    fit: false,
    animate: opts.animate,
    animationDuration: 450,
    // Node bodies only: with labels the box centre is not the node's centre, and edges would leave from below it.
    nodeDimensionsIncludeLabels: false,
    transform: (node: NodeSingular, pos: Position) => (opts.keep() ? pos : { ...node.position() }),
    elk: {
      algorithm: 'layered',
      'elk.direction': 'RIGHT',
      'elk.layered.cycleBreaking.strategy': opts.modelOrder ? 'MODEL_ORDER' : 'GREEDY',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      // Bends only where an edge skips a layer; the graph view draws edges through them (see routeAlongBends).
      'elk.edgeRouting': 'POLYLINE',
      // Wide enough for the longest drawn edge label between two layers.
      'elk.layered.spacing.nodeNodeBetweenLayers': Math.max(110, (opts.labelRoom ?? 0) - 40),
      // Room for the label under each node.
      'elk.spacing.nodeNode': 56,
      'elk.spacing.edgeNode': 24,
      'elk.separateConnectedComponents': true,
      'elk.spacing.componentComponent': 70,
    },
  } as unknown as LayoutOptions;
}
