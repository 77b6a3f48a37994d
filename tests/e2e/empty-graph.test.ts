/**
 * An empty store in a real browser: the page explains how to load articles instead of drawing nothing.
 * Its own file so that each browser test worker holds a single embedded store.
 */
import { describe, expect, it } from 'vitest';
import { hasChromium, openPage, screenshot, serveForBrowser } from '../helpers/browser.js';

describe.skipIf(!hasChromium())('browser: empty graph', () => {
  const env = serveForBrowser({ seed: false });

  it('explains how to load articles instead of drawing nothing', async () => {
    const { context, page, errors } = await openPage(env.browser);
    try {
      await page.goto(env.base + '/');
      const status = page.getByTestId('graph-status');
      await expect.poll(() => status.getAttribute('data-status')).toBe('empty');
      await expect.poll(() => status.innerText()).toContain('npm run load -- seeds/');
      expect(await page.getByTestId('graph-canvas').count()).toBe(0);
      await screenshot(page, 'e2e-empty');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
