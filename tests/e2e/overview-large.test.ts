/**
 * A large overview draws and stays usable: 5,000 entities and 10,000 relations from the real store through the real
 * API, laid out in the worker (client/src/graph/worker-layout.ts), then a click on a node selects it and opens its
 * panel. Functional only; the overview's speed targets are measured by `npm run bench:overview`, not asserted here.
 */
import { describe, expect, it } from 'vitest';
import { hasChromium, openPage, screenshot, serveForBrowser } from '../helpers/browser.js';
import { zoomOntoClearHub } from '../helpers/graph-page.js';
import { overviewExtraction } from '../helpers/overview-extraction.js';
import { WORKER_LAYOUT_MEASURE } from '../../client/src/graph/worker-layout.js';

const NODES = 5000;
const EDGES = 10_000;

describe.skipIf(!hasChromium())('browser: a 5,000-entity overview', () => {
  const env = serveForBrowser({ seed: false, load: overviewExtraction(NODES, EDGES), config: { graphLimit: NODES } });

  it('draws every related entity and every relation, and a clicked node opens its panel', async () => {
    const { context, page, errors } = await openPage(env.browser, { width: 1440, height: 900 });
    try {
      const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/graph');
      await page.goto(env.base + '/');
      const served = (await (await answered).json()) as { nodes: unknown[]; edges: unknown[] };
      await page.waitForSelector('[data-testid=graph-canvas][data-layout=idle]:not([data-layout-runs="0"])', { timeout: 90_000 });
      const drawn = await page.evaluate((measure) => {
        const cy = window.__cy!;
        return {
          nodes: cy.nodes().length,
          edges: cy.edges().length,
          connected: cy.nodes().filter((n) => n.degree(false) > 0).length,
          // One layout, done in the worker for all of the nodes.
          worker: performance.getEntriesByName(measure).map((m) => (m as PerformanceMeasure).detail as { nodes: number }),
        };
      }, WORKER_LAYOUT_MEASURE);
      // The client asks for as much as the server allows; every edge it was given is drawn.
      expect(served.edges.length).toBeGreaterThan(EDGES * 0.9);
      expect(drawn.edges).toBe(served.edges.length);
      expect(drawn.connected).toBeGreaterThan(NODES * 0.5);
      expect(drawn.worker.map((d) => d.nodes)).toEqual([drawn.nodes]);
      // One click where the hub is drawn once the canvas is idle and a frame has painted. (Clicks that missed here were
      // two product bugs: Cytoscape reads a click on a diamond's vertical axis as one on the background, and the panel
      // opening slid the graph under the pointer. Both are handled in graph-view.tsx; a miss is a failure again.)
      const hub = await zoomOntoClearHub(page);
      await page.mouse.click(hub.x, hub.y);
      // Selecting fades the other 15,000 elements: on a busy machine that takes seconds.
      await expect.poll(() => page.getByTestId('entity-panel').getAttribute('data-entity-id', { timeout: 5000 }).catch(() => null), { timeout: 60_000 })
        .toBe(hub.id)
        // What the page showed when no panel opened, for whoever looks into it next.
        .catch(async (e: unknown) => {
          console.warn(`5,000-node overview: no panel after a click on the hub; screenshot ${await screenshot(page, 'e2e-overview-5000-no-panel')}`);
          throw e;
        });
      await expect.poll(() => page.evaluate((id) => window.__cy!.getElementById(id).selected(), hub.id)).toBe(true);
      await screenshot(page, 'e2e-overview-5000');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
});
