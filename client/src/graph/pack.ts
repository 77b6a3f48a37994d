/**
 * Packs the connected components of a laid-out graph into rows whose overall shape follows the canvas, biggest
 * first. fcose's own packing (through cytoscape-layout-utilities) returned NaN positions for graphs with many
 * components, so the force layout runs per graph and the packing happens here.
 */
import type { Core, NodeSingular } from 'cytoscape';

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

/**
 * Moves each connected component of `cy` so that together they fill a rectangle of the given aspect ratio.
 * Boxes come from positions and `size` (cheaper than Cytoscape's bounding boxes, which measure styles and labels).
 */
export function packComponents(cy: Core, aspect: number, gap = 60, size: (n: NodeSingular) => number = (n) => n.width()): void {
  const comps = cy.elements().components();
  if (comps.length < 2) return;
  const boxes = comps.map((c) => {
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    c.nodes().forEach((n) => {
      const p = n.position();
      const r = size(n) / 2;
      x1 = Math.min(x1, p.x - r);
      y1 = Math.min(y1, p.y - r);
      x2 = Math.max(x2, p.x + r);
      y2 = Math.max(y2, p.y + r);
    });
    return { x1, y1, w: x2 - x1, h: y2 - y1 };
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
