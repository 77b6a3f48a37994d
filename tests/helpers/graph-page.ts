/** What browser tests read from and do to the explorer's graph page. */
import type { Page } from 'playwright-core';

/** Waits until a layout has finished since `runsBefore` and nothing moves, the viewport included. */
export async function waitForLayout(page: Page, runsBefore = 0, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const c = document.querySelector('[data-testid=graph-canvas]');
      return !!c && c.getAttribute('data-layout') === 'idle' && Number(c.getAttribute('data-layout-runs')) > n && !window.__cy?.animated();
    },
    runsBefore,
    { timeout },
  );
}

export const layoutRuns = async (page: Page) => Number(await page.getByTestId('graph-canvas').getAttribute('data-layout-runs'));

/** Where an element is drawn, in page coordinates: a node's centre or an edge's midpoint. */
export function pageAt(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((id) => {
    const cy = window.__cy!;
    const edge = cy.edges().getElementById(id);
    const p = edge.nonempty() ? edge.renderedMidpoint() : cy.nodes().getElementById(id).renderedPosition();
    const box = document.querySelector('[data-testid=graph-canvas]')!.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
}

export interface Box {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Rendered boxes of node bodies, node labels and edge labels (those drawn), in canvas pixels. */
export function drawnBoxes(page: Page): Promise<{ bodies: Box[]; nodeLabels: Box[]; edgeLabels: Box[] }> {
  return page.evaluate(() => {
    const cy = window.__cy!;
    const box = (id: string, b: { x1: number; y1: number; x2: number; y2: number }) => ({ id, x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 });
    const visible = (e: { style(k: string): string }) => Number(e.style('opacity')) > 0.5;
    return {
      bodies: cy.nodes().map((n) => box(n.id(), n.renderedBoundingBox({ includeLabels: false, includeOverlays: false }))),
      nodeLabels: cy.nodes().filter(visible).filter((n) => !!n.style('label'))
        .map((n) => box(n.id(), n.renderedBoundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false }))),
      edgeLabels: cy.edges().filter(visible).filter((e) => !!e.style('label') && e.style('label') !== 'none' && Number(e.style('text-opacity')) > 0)
        .map((e) => box(e.id(), e.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false })))
        .filter((b) => b.x2 > b.x1 && b.y2 > b.y1),
    };
  });
}

/** Pairs of boxes that overlap by more than `slack` pixels each way. */
export function overlaps(a: readonly Box[], b: readonly Box[], slack = 1): [string, string][] {
  const out: [string, string][] = [];
  for (const p of a) {
    for (const q of b) {
      if (p === q || (a === b && p.id >= q.id)) continue;
      if (Math.min(p.x2, q.x2) - Math.max(p.x1, q.x1) > slack && Math.min(p.y2, q.y2) - Math.max(p.y1, q.y1) > slack) out.push([p.id, q.id]);
    }
  }
  return out;
}

/** Waits until a chosen chain is drawn, highlighted and laid out, and nothing moves. */
export async function waitForChain(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const c = document.querySelector('[data-testid=graph-canvas]');
      return !!c && c.getAttribute('data-layout') === 'idle' && c.getAttribute('data-layout-name') === 'layered' &&
        !!window.__cy && window.__cy.nodes('.on-path').length > 0 && !window.__cy.animated();
    },
    undefined,
    { timeout },
  );
}

/**
 * Zooms in (×2) on the best-connected node that no other node overlaps (in a dense overview some do), centred, as a
 * reader would before clicking it; returns its id and, once the canvas is idle and a frame has painted, where it is
 * drawn on the page.
 */
export async function zoomOntoClearHub(page: Page): Promise<{ id: string; x: number; y: number }> {
  const id = await page.evaluate(() => {
    const cy = window.__cy!;
    const boxes = cy.nodes().map((n) => ({ id: n.id(), degree: n.degree(false), bb: n.boundingBox({ includeLabels: false }) }));
    boxes.sort((a, b) => b.degree - a.degree);
    const apart = (a: (typeof boxes)[number]) => boxes.every((o) => o.id === a.id || o.bb.x2 < a.bb.x1 || o.bb.x1 > a.bb.x2 || o.bb.y2 < a.bb.y1 || o.bb.y1 > a.bb.y2);
    const hub = cy.getElementById(boxes.find(apart)!.id);
    cy.zoom(2);
    cy.center(hub);
    return hub.id();
  });
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  await page.waitForSelector('[data-testid=graph-canvas][data-layout=idle]', { timeout: 30_000 });
  const at = await page.evaluate((id) => new Promise<{ x: number; y: number }>((done) => {
    requestAnimationFrame(() => requestAnimationFrame(() => done(window.__cy!.getElementById(id).renderedPosition())));
  }), id);
  return { id, x: box.x + at.x, y: box.y + at.y };
}

/**
 * Clicks a node where it is drawn until it is selected, at most `clicks` times, each given `wait` ms to take. On a big
 * graph on a loaded machine a click can reach the canvas before the view it was aimed at is drawn, and land where
 * the node is not yet; a reader would click again, so the test does, looking up where the node is each time.
 * Returns whether it was selected.
 */
export async function clickUntilSelected(page: Page, id: string, clicks = 3, wait = 10_000): Promise<boolean> {
  const selected = () => page.evaluate((id) => window.__cy!.getElementById(id).selected(), id);
  for (let i = 0; i < clicks; i++) {
    const at = await pageAt(page, id);
    await page.mouse.click(at.x, at.y);
    const deadline = Date.now() + wait;
    while (Date.now() < deadline) {
      if (await selected()) return true;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return selected();
}
