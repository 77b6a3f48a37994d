/** Packing components into rows: no overlaps, biggest first, about the asked shape. */
import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { componentsOf, packComponents, shelfPack } from '../../../client/src/graph/pack.js';

describe('shelfPack', () => {
  it('places boxes without overlap, the biggest at the origin, in about the asked aspect ratio', () => {
    const boxes = [
      { x1: 0, y1: 0, w: 10, h: 10 },
      { x1: 5, y1: 5, w: 300, h: 200 },
      ...Array.from({ length: 40 }, () => ({ x1: -3, y1: 7, w: 20, h: 20 })),
    ];
    const at = shelfPack(boxes, 1.5, 10);
    expect(at[1]).toEqual({ x: 0, y: 0 });
    const rects = boxes.map((b, i) => ({ x: at[i].x, y: at[i].y, w: b.w, h: b.h }));
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) {
        const a = rects[i];
        const b = rects[j];
        const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
        expect(overlap, `${i} and ${j}`).toBe(false);
      }
    }
    const w = Math.max(...rects.map((r) => r.x + r.w));
    const h = Math.max(...rects.map((r) => r.y + r.h));
    expect(w / h).toBeGreaterThan(0.75);
    expect(w / h).toBeLessThan(3);
  });
});

describe('componentsOf', () => {
  it('groups nodes joined by edges, directly or through others, in the order of their first node', () => {
    // 0–3–5 joined through 3, 1–4, 2 alone, 6–6 a loop.
    expect(componentsOf(7, [5, 3, 4, 1, 0, 3, 6, 6])).toEqual([[0, 3, 5], [1, 4], [2], [6]]);
    expect(componentsOf(3, [])).toEqual([[0], [1], [2]]);
  });
});

describe('packComponents', () => {
  it('moves whole components apart, keeping each one’s shape', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      layout: { name: 'preset' },
      style: [{ selector: 'node', style: { width: 20, height: 20 } }],
      elements: [
        { data: { id: 'a' }, position: { x: 0, y: 0 } },
        { data: { id: 'b' }, position: { x: 100, y: 0 } },
        { data: { id: 'ab', source: 'a', target: 'b' } },
        { data: { id: 'c' }, position: { x: 50, y: 0 } },
        { data: { id: 'd' }, position: { x: 60, y: 5 } },
      ],
    });
    packComponents(cy, 2, 30);
    const p = (id: string) => cy.getElementById(id).position();
    expect(p('b').x - p('a').x).toBe(100);
    expect(p('b').y - p('a').y).toBe(0);
    const boxes = ['a', 'c', 'd'].map((id) => cy.getElementById(id).union(id === 'a' ? cy.getElementById('b') : cy.collection()).boundingBox({ includeLabels: false }));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        expect(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2).toBe(false);
      }
    }
    cy.destroy();
  });
});
