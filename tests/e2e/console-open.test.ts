/**
 * The console opens fast and says what happened: the page shell paints before any script runs, the editor takes
 * typing soon after, and the Cypher language support arrives from its worker without blocking it (times printed;
 * the 1.5 s target is checked by `npm run bench:console`, not here). Then issue 12 item 8: a typo is a syntax error
 * with its position, stale results are marked, the parameters box starts empty, the starting example passes the
 * console's own lint, and the split view's columns are not clipped.
 */
import { describe, expect, it } from 'vitest';
import { hasChromium, openPage, screenshot, serveForBrowser } from '../helpers/browser.js';
import { measureConsoleOpen } from '../helpers/console-open.js';

describe.skipIf(!hasChromium())('browser: opening the console', () => {
  const env = serveForBrowser({ seed: true });

  it('paints the shell at once, then a usable editor, then Cypher colours from the worker; compressed and cached', async () => {
    const { context, page, errors } = await openPage(env.browser);
    try {
      const t = await measureConsoleOpen(page, env.base);
      console.log(`console open (cold cache): shell ${t.shellMs} ms, editor usable ${t.editorMs} ms, Cypher support ${t.languageMs} ms; ` +
        `script ${Math.round(t.scriptBytes / 1024)} KB over the wire`);
      expect(t.shellMs).toBeLessThanOrEqual(t.editorMs);
      // Every script came compressed, and hashed assets are cached as immutable.
      expect(t.uncompressed).toEqual([]);
      expect(t.notImmutable).toEqual([]);
      // The worker's 6.5 MB are not on the editor's path.
      expect(t.scriptBytesBeforeEditor).toBeLessThan(1_000_000);
      // A second open is served from the browser's cache.
      const again = await measureConsoleOpen(page, env.base);
      console.log(`console open (warm cache): shell ${again.shellMs} ms, editor usable ${again.editorMs} ms, Cypher support ${again.languageMs} ms`);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('starts from an example with no parameters that passes its own lint; a typo is a syntax error with its position; old results are marked stale', async () => {
    const { context, page, errors } = await openPage(env.browser, { width: 1440, height: 900, allowConsoleErrors: /status of 400/ });
    try {
      await page.goto(`${env.base}/?page=console`);
      const editor = page.getByTestId('cypher-input');
      await editor.waitFor();
      await expect.poll(() => editor.textContent(), { timeout: 10_000 }).not.toBe('');
      expect(await page.getByTestId('cypher-params').inputValue()).toBe('');
      // Once the worker has linted the text (colours show it has loaded, and lint runs 300 ms after), nothing is flagged.
      await page.locator('.cm-cypher-keyword').first().waitFor({ timeout: 20_000 });
      await page.waitForTimeout(1200);
      expect(await page.locator('.cm-lintRange, .cm-lint-marker').count()).toBe(0);

      // Run the starting example: rows in the split view, every column within the table's pane.
      await page.getByTestId('cypher-run').click();
      await page.getByTestId('cypher-table').waitFor();
      const run = async (q: string) => {
        await editor.click();
        await page.keyboard.press('Control+A');
        await page.keyboard.press('Delete');
        await page.keyboard.insertText(q);
        const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/cypher');
        await page.keyboard.press('Control+Enter');
        return answered;
      };
      await run('MATCH (a:Entity)-[r:SHIPPED_TO]->(b:Entity)\nRETURN a, r, b, a.name AS supplier\nORDER BY supplier\nLIMIT 20');
      await page.getByTestId('cypher-graph').waitFor();
      const fit = await page.getByTestId('cypher-table').evaluate((table) => {
        const pane = table.parentElement!.getBoundingClientRect();
        return [...table.querySelectorAll('th')].map((th) => ({ name: th.textContent, right: th.getBoundingClientRect().right, pane: pane.right }));
      });
      for (const c of fit) expect(c.right, `column ${c.name}`).toBeLessThanOrEqual(c.pane + 1);
      await screenshot(page, 'console-split-view');

      const typo = await run('MATC (a) RETRN a');
      expect(typo.status()).toBe(400);
      const alert = page.getByTestId('cypher-error');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/Syntax error at line 1, column 1/);
      expect(await alert.textContent()).not.toMatch(/Refused|read-only/);
      await page.getByTestId('cypher-stale').waitFor();
      expect(await page.locator('.console-results.stale').count()).toBe(1);
      await screenshot(page, 'console-typo-stale');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
