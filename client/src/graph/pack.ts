/**
 * Packs the connected components of a laid-out graph into rows whose overall shape follows the canvas, biggest
 * first. fcose's own packing (through cytoscape-layout-utilities) returned NaN positions for graphs with many
 * components, so the force layout runs per graph and the packing happens here.
 */
import type { Core } from 'cytoscape';

interface Box {
  x1: number;
  y1: number;
  w: number;
  h: number;
}

/** Where each box goes (its new top-left corner), in rows of about `aspect` × height; pure, for testing. */
export function shelfPack(boxes: readonly Box[], aspect: number, gap: number): { x: number; y: number }[] {
  const order = boxes.map((_, i) => i).sort((a, b) => boxes[b].w * boxes[b].h - boxes[a].w * boxes[a].h || a - b);
  const area = boxes.reduce((s, b) => s + (b.w + gap) * (b.h + gap), 0);
  const widest = boxes.reduce((m, b) => Math.max(m, b.w), 0);
  const rowWidth = Math.max(widest, Math.sqrt(area * Math.max(0.2, aspect)));
  const out: { x: number; y: number }[] = new Array(boxes.length);
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const i of order) {
    const b = boxes[i];
    if (x > 0 && x + b.w > rowWidth) {
      x = 0;
      y += rowHeight + gap;
      rowHeight = 0;
    }
    out[i] = { x, y };
    x += b.w + gap;
    rowHeight = Math.max(rowHeight, b.h);
  }
  return out;
}

/** Moves each connected component of `cy` so that together they fill a rectangle of the given aspect ratio. */
export function packComponents(cy: Core, aspect: number, gap = 60): void {
  const comps = cy.elements().components();
  if (comps.length < 2) return;
  const boxes = comps.map((c) => {
    const bb = c.nodes().boundingBox({ includeLabels: false, includeOverlays: false });
    return { x1: bb.x1, y1: bb.y1, w: bb.w, h: bb.h };
  });
  const at = shelfPack(boxes, aspect, gap);
  cy.batch(() => {
    comps.forEach((c, i) => {
      const dx = at[i].x - boxes[i].x1;
      const dy = at[i].y - boxes[i].y1;
      if (dx || dy) c.nodes().shift({ x: dx, y: dy });
    });
  });
}
