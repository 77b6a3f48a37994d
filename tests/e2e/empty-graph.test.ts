/**
 * An empty store in a real browser: the page explains how to load articles instead of drawing nothing.
 * Its own file so that each browser test worker holds a single embedded store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { App } from '../../server/app.js';
import { makeTestApp } from '../helpers/app.js';
import { ensureClientBuilt, hasChromium, launchBrowser, openPage, screenshot } from '../helpers/browser.js';

describe.skipIf(!hasChromium())('browser: empty graph', () => {
  let browser: Browser;
  let app: App;

  beforeAll(async () => {
    await ensureClientBuilt();
    ({ app } = await makeTestApp({ seed: false }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('explains how to load articles instead of drawing nothing', async () => {
    const addr = app.server.address();
    if (!addr || typeof addr === 'string') throw new Error('app did not listen on a port');
    const { context, page, errors } = await openPage(browser);
    try {
      await page.goto(`http://127.0.0.1:${addr.port}/`);
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
