/**
 * The explorer on a phone (390×844) in a real browser over the seeds: nothing scrolls sideways, the search box is on
 * screen, the path finder finds DJI → Russia, and the entity panel, a sheet at the bottom, leaves the chain in view.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, openPage, screenshot, serveForBrowser } from '../helpers/browser.js';
import { layoutRuns, waitForChain, waitForLayout } from '../helpers/graph-page.js';

const PHONE = { width: 390, height: 844 };

/** The widest thing on the page: the document may not be wider than the screen. */
const pageWidth = (page: Page) => page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));

describe.skipIf(!hasChromium())('browser: the explorer on a phone', () => {
  const env = serveForBrowser({ seed: true });

  it('nothing scrolls sideways, search is reachable, and a chain stays in view above the entity sheet', async () => {
    const { context, page, errors } = await openPage(env.browser, PHONE);
    try {
      await page.goto(env.base + '/');
      await waitForLayout(page);
      expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
      const search = page.getByRole('combobox', { name: /search entities/i });
      const box = (await search.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      expect(box.width).toBeGreaterThan(100);
      await screenshot(page, 'phone-first-view');

      // Search works from there.
      await search.pressSequentially('Rosoboron', { delay: 20 });
      await page.locator('[role=option][data-entity-id]').first().click();
      await page.getByTestId('entity-panel').waitFor();
      expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);

      // The path finder, from the folded explorer.
      await page.getByRole('button', { name: 'Open the explorer' }).click();
      const from = page.getByTestId('path-from').getByRole('combobox');
      await from.pressSequentially('DJI', { delay: 20 });
      // Enter takes the first suggestion: wait until the list is the one for the whole name, not a prefix's.
      await page.getByTestId('path-from').locator('[role=option]').first().and(page.locator('[data-entity-id="dji"]')).waitFor();
      await from.press('Enter');
      const to = page.getByTestId('path-to').getByRole('combobox');
      await to.pressSequentially('Russia', { delay: 20 });
      await page.getByTestId('path-to').locator('[role=option]').first().and(page.locator('[data-entity-id="russia"]')).waitFor();
      await to.press('Enter');
      await page.getByTestId('chain-option').first().waitFor();
      expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
      await screenshot(page, 'phone-chains');
      const runs = await layoutRuns(page);
      await page.getByTestId('chain-option').first().click();
      await waitForLayout(page, runs);
      await waitForChain(page);

      // The supplier's panel is a sheet at the bottom; every entity of the chain is drawn above it, on screen.
      const sheet = (await page.getByTestId('entity-panel').boundingBox())!;
      expect(sheet.x).toBeLessThanOrEqual(1);
      expect(sheet.width).toBeGreaterThanOrEqual(PHONE.width - 2);
      expect(sheet.y).toBeGreaterThan(PHONE.height / 3);
      const canvas = (await page.getByTestId('graph-canvas').boundingBox())!;
      const chain = await page.evaluate(() => window.__cy!.nodes('.on-path').map((n) => ({ id: n.id(), ...n.renderedBoundingBox({ includeLabels: false }) })));
      expect(chain.length).toBeGreaterThanOrEqual(3);
      for (const n of chain) {
        expect(canvas.y + n.y2, `${n.id} above the sheet`).toBeLessThanOrEqual(sheet.y);
        expect(canvas.x + n.x1, n.id).toBeGreaterThanOrEqual(0);
        expect(canvas.x + n.x2, n.id).toBeLessThanOrEqual(PHONE.width);
      }
      expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
      await screenshot(page, 'phone-chain');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
