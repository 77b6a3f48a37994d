/** Viewport arithmetic: fitting into the part of the canvas that overlays (legend, controls) leave free. */
import type { Collection, Core, Position } from 'cytoscape';

/** Pixels along each edge of the canvas covered by overlays. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
const PADDING = 40;
/** A handful of nodes should not be blown up to fill the screen: at 1 a node and its label are drawn at their own size. */
export const MAX_FIT_ZOOM = 1;

/** The insets worth honouring: on a narrow canvas an overlay would leave too little room, so overlap it instead. */
function usable(cy: Core, insets: Insets): Insets {
  let free = insets;
  if (cy.width() - insets.left - insets.right < cy.width() * 0.4) free = { ...free, left: 0, right: 0 };
  // A phone's sheet takes half the height: what is left above it is still the place to show things.
  if (cy.height() - insets.top - insets.bottom < cy.height() * 0.25) free = { ...free, top: 0, bottom: 0 };
  return free;
}

/** Zoom and pan that fit `eles` into the free part of the canvas; null when there is nothing to fit. */
export function fitViewport(
  cy: Core,
  eles: Collection,
  insets: Insets = NO_INSETS,
  opts: { labels?: boolean } = {},
): { zoom: number; pan: Position } | null {
  if (eles.empty()) return null;
  const bb = eles.boundingBox(opts.labels === false ? { includeLabels: false } : {});
  const free = usable(cy, insets);
  const w = Math.max(1, cy.width() - free.left - free.right - 2 * PADDING);
  const h = Math.max(1, cy.height() - free.top - free.bottom - 2 * PADDING);
  const zoom = Math.min(MAX_FIT_ZOOM, cy.maxZoom(), Math.max(cy.minZoom(), Math.min(w / Math.max(bb.w, 1), h / Math.max(bb.h, 1))));
  return {
    zoom,
    pan: {
      x: free.left + PADDING + (w - zoom * bb.w) / 2 - zoom * bb.x1,
      y: free.top + PADDING + (h - zoom * bb.h) / 2 - zoom * bb.y1,
    },
  };
}

/** Zoom and pan that put a point (a node's centre, not its label box) at the centre of the free canvas. */
export function centreViewport(cy: Core, at: Position, zoom: number, insets: Insets = NO_INSETS): { zoom: number; pan: Position } {
  const free = usable(cy, insets);
  const cx = free.left + (cy.width() - free.left - free.right) / 2;
  const cy_ = free.top + (cy.height() - free.top - free.bottom) / 2;
  return { zoom, pan: { x: cx - at.x * zoom, y: cy_ - at.y * zoom } };
}

/**
 * Zoom and pan that show the part of the graph a saved viewport showed, scaled to fit this canvas (a link opened on
 * another screen shows the same entities, not a shifted crop). Without the saved canvas size, the saved zoom and pan.
 */
export function showSaved(
  cy: Core,
  saved: { zoom: number; pan: Position; width?: number; height?: number },
  insets: Insets = NO_INSETS,
): { zoom: number; pan: Position } {
  if (!saved.width || !saved.height) return { zoom: saved.zoom, pan: saved.pan };
  const x1 = -saved.pan.x / saved.zoom;
  const y1 = -saved.pan.y / saved.zoom;
  const w = saved.width / saved.zoom;
  const h = saved.height / saved.zoom;
  const free = usable(cy, insets);
  const fw = cy.width() - free.left - free.right;
  const fh = cy.height() - free.top - free.bottom;
  const zoom = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), fw / w, fh / h));
  return { zoom, pan: { x: free.left + (fw - zoom * w) / 2 - zoom * x1, y: free.top + (fh - zoom * h) / 2 - zoom * y1 } };
}

/**
 * The opening view: everything fitted when labels are then readable (`minZoom` or more); otherwise the biggest
 * connected part, fitted if it can be at a readable zoom, else centred at `minZoom`. The reader pans or presses
 * "fit" for the rest; the count of what is drawn is in the header.
 */
export function readableViewport(cy: Core, eles: Collection, insets: Insets, minZoom: number, opts: { labels?: boolean } = {}): { zoom: number; pan: Position } | null {
  const all = fitViewport(cy, eles, insets, opts);
  if (!all || all.zoom >= minZoom) return all;
  const biggest = eles.components().reduce((a, b) => (b.nodes().length > a.nodes().length ? b : a));
  const part = fitViewport(cy, biggest, insets, opts);
  if (part && part.zoom >= minZoom) return part;
  // Centred on its hub: the entity most relations meet at is where reading starts.
  const hub = biggest.nodes().max((n) => n.degree(false)).ele;
  return centreViewport(cy, hub.position(), minZoom, insets);
}
