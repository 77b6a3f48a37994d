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
 * The connected components of a graph of `count` nodes (0 … count-1) with edges given as pairs of node indexes, each
 * a list of node indexes, in the order of their first node; pure, for testing.
 */
export function componentsOf(count: number, ends: ArrayLike<number>): number[][] {
  const parent = Int32Array.from({ length: count }, (_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  for (let k = 0; k + 1 < ends.length; k += 2) {
    const a = root(ends[k]);
    const b = root(ends[k + 1]);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    const r = root(i);
    let c = byRoot.get(r);
    if (!c) byRoot.set(r, (c = []));
    c.push(i);
  }
  return [...byRoot.values()];
}

/**
 * Moves each connected component of `cy` so that together they fill a rectangle of the given aspect ratio.
 * Boxes come from positions and `size` (cheaper than Cytoscape's bounding boxes, which measure styles and labels);
 * components from a union-find over the edges' ends (Cytoscape's `components()` took most of a second on 2,000 nodes).
 */
export function packComponents(cy: Core, aspect: number, gap = 60, size: (n: NodeSingular) => number = (n) => n.width()): void {
  const nodes = cy.nodes();
  const index = new Map<string, number>();
  nodes.forEach((n, i) => {
    index.set(n.id(), i);
  });
  const ends: number[] = [];
  cy.edges().forEach((e) => {
    ends.push(index.get(e.data('source') as string)!, index.get(e.data('target') as string)!);
  });
  const comps = componentsOf(nodes.length, ends);
  if (comps.length < 2) return;
  const at = nodes.map((n) => ({ ...n.position() }));
  const radius = nodes.map((n) => size(n) / 2);
  const boxes = comps.map((c) => {
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    for (const i of c) {
      x1 = Math.min(x1, at[i].x - radius[i]);
      y1 = Math.min(y1, at[i].y - radius[i]);
      x2 = Math.max(x2, at[i].x + radius[i]);
      y2 = Math.max(y2, at[i].y + radius[i]);
    }
    return { x1, y1, w: x2 - x1, h: y2 - y1 };
  });
  const corners = shelfPack(boxes, aspect, gap);
  comps.forEach((c, k) => {
    const dx = corners[k].x - boxes[k].x1;
    const dy = corners[k].y - boxes[k].y1;
    for (const i of c) at[i] = { x: at[i].x + dx, y: at[i].y + dy };
  });
  nodes.positions((_, i) => at[i]);
}
