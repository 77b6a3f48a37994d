/**
 * A large overview draws and stays usable: 5,000 entities and 10,000 relations from the real store through the real
 * API, then a click on a node selects it and opens its panel. Functional only; the overview's speed targets are
 * measured by `npm run bench:overview`, not asserted here.
 */
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../server/domain/types.js';
import type { RelationType } from '../../server/domain/relation-registry.js';
import { overviewGraph } from '../../bench/overview-graph.js';
import { hasChromium, openPage, screenshot, serveForBrowser } from '../helpers/browser.js';

const NODES = 5000;
const EDGES = 10_000;

function asExtraction(): Extraction {
  const g = overviewGraph(NODES, EDGES);
  const text = 'Generated article for the large overview test.';
  return {
    articles: [{ id: 'overview-large', title: 'Generated', text }],
    entities: g.nodes.map((n) => ({ id: n.id, name: n.name, kind: n.kind, aliases: [] })),
    relations: g.edges.map((e) => ({
      id: e.id, type: e.type as RelationType, source: e.source, target: e.target, props: {},
      evidence: [{ article: 'overview-large', start: 0, end: 9, quote: text.slice(0, 9) }],
    })),
  };
}

describe.skipIf(!hasChromium())('browser: a 5,000-entity overview', () => {
  const env = serveForBrowser({ seed: false, load: asExtraction(), config: { graphLimit: NODES } });

  it('draws every related entity and every relation, and a clicked node opens its panel', async () => {
    const { context, page, errors } = await openPage(env.browser, { width: 1440, height: 900 });
    try {
      const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/graph');
      await page.goto(env.base + '/');
      const served = (await (await answered).json()) as { nodes: unknown[]; edges: unknown[] };
      await page.waitForSelector('[data-testid=graph-canvas][data-layout=idle]:not([data-layout-runs="0"])', { timeout: 90_000 });
      const drawn = await page.evaluate(() => {
        const cy = window.__cy!;
        // The best-connected node that no other node overlaps (in a dense overview some do), zoomed in on as a reader
        // would before clicking it.
        const boxes = cy.nodes().map((n) => ({ id: n.id(), degree: n.degree(false), bb: n.boundingBox({ includeLabels: false }) }));
        boxes.sort((a, b) => b.degree - a.degree);
        const apart = (a: (typeof boxes)[number]) => boxes.every((o) => o.id === a.id || o.bb.x2 < a.bb.x1 || o.bb.x1 > a.bb.x2 || o.bb.y2 < a.bb.y1 || o.bb.y1 > a.bb.y2);
        const hub = cy.getElementById(boxes.find(apart)!.id);
        cy.zoom(2);
        cy.center(hub);
        const p = hub.renderedPosition();
        return { nodes: cy.nodes().length, edges: cy.edges().length, connected: cy.nodes().filter((n) => n.degree(false) > 0).length, hub: hub.id(), x: p.x, y: p.y };
      });
      // The client asks for as much as the server allows; every edge it was given is drawn.
      expect(served.edges.length).toBeGreaterThan(EDGES * 0.9);
      expect(drawn.edges).toBe(served.edges.length);
      expect(drawn.connected).toBeGreaterThan(NODES * 0.5);
      // One click where the hub is drawn once the canvas is idle and a frame has painted. (Clicks that missed here were
      // two product bugs: Cytoscape reads a click on a diamond's vertical axis as one on the background, and the panel
      // opening slid the graph under the pointer. Both are handled in graph-view.tsx; a miss is a failure again.)
      const box = (await page.getByTestId('graph-canvas').boundingBox())!;
      await page.waitForSelector('[data-testid=graph-canvas][data-layout=idle]', { timeout: 30_000 });
      const at = await page.evaluate((id) => new Promise<{ x: number; y: number }>((done) => {
        requestAnimationFrame(() => requestAnimationFrame(() => done(window.__cy!.getElementById(id).renderedPosition())));
      }), drawn.hub);
      await page.mouse.click(box.x + at.x, box.y + at.y);
      // Selecting fades the other 15,000 elements: on a busy machine that takes seconds.
      await expect.poll(() => page.getByTestId('entity-panel').getAttribute('data-entity-id', { timeout: 5000 }).catch(() => null), { timeout: 60_000 })
        .toBe(drawn.hub)
        // What the page showed when no panel opened, for whoever looks into it next.
        .catch(async (e: unknown) => {
          console.warn(`5,000-node overview: no panel after a click on the hub; screenshot ${await screenshot(page, 'e2e-overview-5000-no-panel')}`);
          throw e;
        });
      await expect.poll(() => page.evaluate((id) => window.__cy!.getElementById(id).selected(), drawn.hub)).toBe(true);
      await screenshot(page, 'e2e-overview-5000');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
});
