/**
 * Where a big fresh overview is laid out: in a Web Worker (client/src/graph/worker-layout.ts), the page afterwards
 * working as before (nodes spread out, a click selects); once only, coming back to the Explorer on the same graph
 * (layout-memory.ts); and, when the worker cannot start, on the page itself, with a console warning. Functional only;
 * the speed is measured by `npm run bench:overview`.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, openPage, serveForBrowser } from '../helpers/browser.js';
import { clickUntilSelected, waitForLayout, zoomOntoClearHub } from '../helpers/graph-page.js';
import { overviewExtraction } from '../helpers/overview-extraction.js';
import { BIG_GRAPH } from '../../client/src/graph/layouts.js';
import { WORKER_LAYOUT_MEASURE } from '../../client/src/graph/worker-layout.js';

/** Just above the size from which the force layout leaves the page, so that the page's own layout stays quick. */
const NODES = BIG_GRAPH + 200;

/** The drawn nodes, how many distinct places they are at, and the worker layouts the page recorded. */
function laidOut(page: Page) {
  return page.evaluate((measure) => {
    const cy = window.__cy!;
    return {
      nodes: cy.nodes().length,
      positions: Object.fromEntries(cy.nodes().map((n) => [n.id(), n.position()])),
      places: new Set(cy.nodes().map((n) => `${Math.round(n.position('x'))},${Math.round(n.position('y'))}`)).size,
      worker: performance.getEntriesByName(measure).map((m) => (m as PerformanceMeasure).detail as { nodes: number; workerMs: number }),
    };
  }, WORKER_LAYOUT_MEASURE);
}

describe.skipIf(!hasChromium())('browser: the force layout of a big overview in a worker', () => {
  const env = serveForBrowser({ seed: false, load: overviewExtraction(NODES, 2 * NODES), config: { graphLimit: NODES } });

  it('lays the overview out in the worker, spread out, and a clicked node is selected', async () => {
    const { context, page, errors } = await openPage(env.browser, { width: 1440, height: 900 });
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    try {
      await page.goto(env.base + '/');
      await waitForLayout(page, 0, 90_000);
      const laid = await laidOut(page);
      expect(laid.nodes).toBeGreaterThan(BIG_GRAPH);
      expect(laid.worker).toEqual([{ nodes: laid.nodes, workerMs: expect.any(Number) as number }]);
      // Nodes piled at one point (positions lost on the way back) would share a few places.
      expect(laid.places).toBeGreaterThan(laid.nodes * 0.95);
      const hub = await zoomOntoClearHub(page);
      expect(await clickUntilSelected(page, hub.id)).toBe(true);
      await expect.poll(() => page.getByTestId('entity-panel').getAttribute('data-entity-id', { timeout: 5000 }).catch(() => null), { timeout: 30_000 })
        .toBe(hub.id);
      expect(warnings).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);

  it('shows the same picture without a second layout when the reader comes back to the Explorer', async () => {
    const { context, page, errors } = await openPage(env.browser, { width: 1440, height: 900 });
    try {
      await page.goto(env.base + '/');
      await waitForLayout(page, 0, 90_000);
      const first = await laidOut(page);
      await page.getByTestId('tab-console').click();
      await page.waitForSelector('[data-testid=tab-console][aria-current=page]');
      await page.goBack();
      await page.waitForSelector('[data-testid=graph-canvas]');
      await waitForLayout(page, 0, 90_000);
      const again = await laidOut(page);
      expect(again.worker).toHaveLength(1);
      expect(again.nodes).toBe(first.nodes);
      expect(again.positions).toEqual(first.positions);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);

  it('lays the overview out on the page, with a warning, when the worker cannot start', async () => {
    const { context, page, errors } = await openPage(env.browser, { width: 1440, height: 900 });
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    try {
      await page.route('**/assets/layout-worker-*', (route) => route.abort());
      await page.goto(env.base + '/');
      await waitForLayout(page, 0, 90_000);
      const laid = await laidOut(page);
      expect(laid.worker).toEqual([]);
      expect(laid.places).toBeGreaterThan(laid.nodes * 0.95);
      expect(warnings.filter((w) => w.includes('could not run in a worker'))).toHaveLength(1);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
});
