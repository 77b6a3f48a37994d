/** The Cytoscape stylesheet, generated from the kind table and the relation registry so new types style themselves. */
import type { StylesheetJson } from 'cytoscape';
import { RELATIONS } from '../../../server/domain/relation-registry.js';
import { KIND_STYLES, SANCTIONED_COLOR } from './kind-styles.js';

/** Edge width grows with the number of distinct articles backing a relation, up to this many. */
export const MAX_SOURCES_FOR_WIDTH = 5;
export const MIN_EDGE_WIDTH = 1.5;
export const MAX_EDGE_WIDTH = 7;
export const SELECT_COLOR = '#1c7ed6';
/** Halo around the entities of the chosen chain (and the root of a trace), and the opacity of everything off it. */
export { DIMMED_OPACITY, PATH_COLOR } from '../../../server/domain/kinds.js';
import { DIMMED_OPACITY, PATH_COLOR } from '../../../server/domain/kinds.js';

/**
 * Builds the full stylesheet. `fades` animates opacity changes (a selection fading the rest); a view of thousands of
 * elements is built without: each fade would be an animation per element, thousands stepped every frame, and a click
 * would hold the page for seconds before its panel showed.
 */
export function buildStylesheet({ fades = true }: { fades?: boolean } = {}): StylesheetJson {
  const fade = fades ? { 'transition-property': 'opacity', 'transition-duration': 150 } : {};
  const kinds = Object.entries(KIND_STYLES).map(([kind, s]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { shape: s.shape, 'background-color': s.color },
  }));
  const relations = RELATIONS.map((r) => ({
    selector: `edge[type = "${r.type}"]`,
    style: { 'line-color': r.style.color, 'target-arrow-color': r.style.color, 'line-style': r.style.line },
  }));
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        shape: 'ellipse',
        'background-color': '#adb5bd',
        'border-width': 2,
        'border-color': '#ffffff',
        label: 'data(label)',
        color: '#212529',
        'font-family': 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif',
        'font-size': 13,
        'font-weight': 500,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 5,
        'text-wrap': 'wrap',
        'text-max-width': '120px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '2px',
        'text-background-shape': 'round-rectangle',
        // Labels vanish when zoomed far out: unreadable text only hides structure.
        'min-zoomed-font-size': 6,
        'overlay-padding': 4,
        ...fade,
      },
    },
    ...kinds,
    {
      selector: 'node.sanctioned',
      style: { 'border-width': 4, 'border-color': SANCTIONED_COLOR },
    },
    {
      selector: 'edge',
      style: {
        width: `mapData(sources, 1, ${MAX_SOURCES_FOR_WIDTH}, ${MIN_EDGE_WIDTH}, ${MAX_EDGE_WIDTH})`,
        'curve-style': 'bezier',
        'line-color': '#adb5bd',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': '#adb5bd',
        'arrow-scale': 0.9,
        opacity: 0.85,
        'font-family': 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif',
        'font-size': 10,
        color: '#343a40',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'min-zoomed-font-size': 7,
        'overlay-padding': 3,
        ...fade,
      },
    },
    ...relations,
    { selector: 'edge.undirected', style: { 'target-arrow-shape': 'none' } },
    { selector: 'edge.lite', style: { 'curve-style': 'haystack', 'haystack-radius': 0 } },
    // A hovered node shows its relations' labels, but they do not take clicks: a short relation's label can lie over
    // the node itself, and the click the reader meant for the node would open the relation instead.
    { selector: 'edge.neighbour', style: { label: 'data(caption)', opacity: 1, 'z-index': 10 } },
    {
      selector: 'edge:selected, edge.hover, edge.labelled, edge.on-path',
      // A drawn label is part of its edge: hovering or clicking it reads the relation.
      style: { label: 'data(caption)', opacity: 1, 'z-index': 10, 'text-events': 'yes' },
    },
    {
      selector: 'node:selected',
      style: {
        'outline-width': 3,
        'outline-color': SELECT_COLOR,
        'outline-offset': 3,
        'outline-opacity': 0.9,
        'font-weight': 700,
        'z-index': 20,
      },
    },
    { selector: 'node.hover', style: { 'outline-width': 2, 'outline-color': '#74c0fc', 'outline-offset': 2 } },
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0 } },
    {
      selector: 'node.on-path',
      style: {
        'underlay-color': PATH_COLOR,
        'underlay-opacity': 0.45,
        'underlay-padding': 7,
        'underlay-shape': 'ellipse',
        'font-weight': 700,
        'z-index': 15,
      },
    },
    {
      selector: 'edge.on-path',
      style: {
        width: `mapData(sources, 1, ${MAX_SOURCES_FOR_WIDTH}, ${MIN_EDGE_WIDTH + 2}, ${MAX_EDGE_WIDTH + 2})`,
        'underlay-color': PATH_COLOR,
        'underlay-opacity': 0.35,
        'underlay-padding': 4,
        'font-size': 11,
        'font-weight': 600,
        'z-index': 14,
      },
    },
    { selector: '.off-path', style: { opacity: DIMMED_OPACITY } },
    { selector: 'edge.off-path', style: { 'text-opacity': 0 } },
    // A clicked relation stands out with its two ends, on or off the chosen chain.
    {
      selector: 'edge:selected',
      style: { opacity: 1, 'text-opacity': 1, label: 'data(caption)', 'underlay-color': SELECT_COLOR, 'underlay-opacity': 0.3, 'underlay-padding': 5, 'z-index': 16 },
    },
    { selector: 'node.edge-end', style: { opacity: 1, 'text-opacity': 1 } },
    {
      selector: 'node.trace-root',
      style: { 'underlay-color': PATH_COLOR, 'underlay-opacity': 0.45, 'underlay-padding': 8, 'underlay-shape': 'ellipse', 'font-weight': 700 },
    },
  ] as StylesheetJson;
}
