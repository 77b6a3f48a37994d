/**
 * The Cypher console, exports and snapshots in a real browser over a real in-memory store holding the seed articles.
 * The check: a query run from the console with Ctrl+Enter shows a table and a graph; a PNG export is not
 * blank; a saved snapshot reopens from its link.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CypherAnswer } from '../../client/src/api.js';
import { readFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import { FIXTURE } from './supply-chain-fixture.js';
import { hasChromium, openPage, screenshot, serveForBrowser } from '../helpers/browser.js';

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
  const env = serveForBrowser({ seed: true });

  it('runs a query with Ctrl+Enter and shows its rows as a table and its entities as a graph; the history keeps it', async () => {
    const { context, page, errors } = await openPage(env.browser);
    try {
      await page.goto(env.base + '/');
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
    const { context, page, errors } = await openPage(env.browser, { allowConsoleErrors: /status of 40[03]/ });
    try {
      await page.goto(env.base + '/?page=console');
      await page.getByTestId('cypher-input').waitFor({ timeout: 20_000 });
      await typeQuery(page, 'MATCH (a:Entity)\nRETURN a.name AS name\nORDR BY name');
      await page.keyboard.press('Control+Enter');
      const alert = page.getByTestId('cypher-error');
      await alert.waitFor();
      expect(await alert.locator('strong').textContent()).toMatch(/Syntax error at line 3, column 1/);
      // The engine's error is marked in the text where it points.
      await page.locator('.cm-lintRange-error').first().waitFor();
      expect(await page.locator('.cm-lintRange-error').first().textContent()).toBe('ORDR');
      await screenshot(page, 'console-error');

      // Completion offers the graph's labels and relation types as they are typed.
      await typeQuery(page, 'MATCH (a:En');
      const options = page.locator('.cm-tooltip-autocomplete li');
      await expect.poll(() => options.allTextContents(), { timeout: 10_000 }).toContain('Entity');
      await page.keyboard.press('Escape');
      await page.keyboard.type(')-[:SHI');
      await expect.poll(() => options.allTextContents(), { timeout: 10_000 }).toContain('SHIPPED_TO');
      await screenshot(page, 'console-completion');
      // Choose the option itself: under load the list can still be re-ranking when Enter would land.
      await options.filter({ hasText: /^SHIPPED_TO$/ }).first().click();
      await expect.poll(() => page.getByTestId('cypher-input').textContent(), { timeout: 10_000 }).toBe('MATCH (a:En)-[:SHIPPED_TO]');
      // Lint marks what the parser cannot read before anything is run.
      await typeQuery(page, 'MATCH (a:Entity) RETRN a.name');
      const lint = page.locator('.cm-lintRange-warning, .cm-lintRange-error').first();
      await lint.waitFor({ timeout: 10_000 });
      expect(await lint.textContent()).toBe('RETRN');

      await typeQuery(page, "CREATE (:Entity {id: 'x', name: 'X'})");
      await page.getByTestId('cypher-run').click();
      await expect.poll(() => alert.locator('strong').textContent()).toBe('Refused');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('exports a PNG of the view at 2x that is not blank, an SVG, and the data on screen with its citations', async () => {
    const { context, page, errors } = await openPage(env.browser);
    try {
      await page.goto(env.base + '/');
      await waitForSettledGraph(page);
      const drawn = await page.evaluate(() => {
        const bb = window.__cy!.elements().boundingBox();
        return { ids: window.__cy!.nodes().map((n) => n.id()), w: bb.w, h: bb.h };
      });
      await page.getByTestId('share-button').click();
      const menu = page.getByTestId('share-menu');
      await menu.waitFor();
      await screenshot(page, 'share-menu');

      const pngDownload = page.waitForEvent('download');
      await page.getByTestId('export-png').click();
      const png = PNG.sync.read(await readFile((await (await pngDownload).path())!));
      // Twice the model size of the whole graph (Cytoscape pads the full-graph image slightly).
      expect(png.width).toBeGreaterThanOrEqual(Math.floor(drawn.w * 2) - 2);
      expect(png.height).toBeGreaterThanOrEqual(Math.floor(drawn.h * 2) - 2);
      let ink = 0;
      const colours = new Set<number>();
      for (let i = 0; i < png.data.length; i += 4) {
        const [r, g, b, a] = [png.data[i], png.data[i + 1], png.data[i + 2], png.data[i + 3]];
        if (a > 0 && (r < 235 || g < 235 || b < 235)) ink++;
        colours.add((r >> 4) << 8 | (g >> 4) << 4 | (b >> 4));
      }
      const share = ink / (png.width * png.height);
      expect(share, `share of drawn pixels ${share}`).toBeGreaterThan(0.01);
      expect(colours.size).toBeGreaterThan(10);

      const svgDownload = page.waitForEvent('download');
      await page.getByTestId('export-svg').click();
      const svg = await readFile((await (await svgDownload).path())!, 'utf8');
      expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?(<!DOCTYPE[^>]*>\s*)?<svg/);
      expect(svg).toContain('Russia');

      // What is on screen: the link names exactly the drawn entities, and the file carries quotes.
      const href = await page.getByTestId('export-view-json').getAttribute('href');
      expect(href).not.toBeNull();
      const ids = new URL(href!, env.base).searchParams.get('ids')!.split(',');
      expect(ids.sort()).toEqual([...drawn.ids].sort());
      const jsonDownload = page.waitForEvent('download');
      await page.getByTestId('export-view-json').click();
      const exported = await readFile((await (await jsonDownload).path())!, 'utf8');
      expect(exported).toContain('"quote"');
      expect(await page.getByTestId('export-all-graphml').getAttribute('href')).toBe('/api/export?format=graphml');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('saves a snapshot whose link reopens the view read-only at its saved positions, even after the graph changed', async () => {
    const { context, page, errors } = await openPage(env.browser);
    try {
      await page.goto(env.base + '/?from=dji&to=russia');
      await page.waitForSelector('[data-testid=graph-canvas][data-layout=idle][data-layout-name=layered]:not([data-layout-runs="0"])', { timeout: 20_000 });
      const before = await page.evaluate(() =>
        Object.fromEntries(window.__cy!.nodes().map((n) => [n.id(), { x: n.position().x, y: n.position().y }])));
      expect(Object.keys(before).length).toBeGreaterThan(2);
      await page.getByTestId('share-button').click();
      await page.getByTestId('save-snapshot').click();
      const linkBox = page.getByTestId('snapshot-link');
      await linkBox.waitFor();
      const link = await linkBox.inputValue();
      expect(link).toMatch(/\/\?snapshot=[\w-]+$/);
      await screenshot(page, 'snapshot-saved');
      const htmlDownload = page.waitForEvent('download');
      await page.getByTestId('export-html').click();
      const html = await readFile((await (await htmlDownload).path())!, 'utf8');
      expect(html).toMatch(/^<!doctype html>/i);
      expect(html).toContain('iFlight');

      // The graph changes after the snapshot was taken.
      await env.store.loadBatch(FIXTURE);

      const neighbours: string[] = [];
      page.on('request', (r) => { if (/\/api\/(entities|graph|paths)/.test(new URL(r.url()).pathname)) neighbours.push(r.url()); });
      await page.goto(link);
      const banner = page.getByTestId('snapshot-banner');
      await expect.poll(() => banner.textContent(), { timeout: 10_000 }).toMatch(/^Snapshot of .+ — read-only/);
      await waitForSettledGraph(page);
      const after = await page.evaluate(() =>
        Object.fromEntries(window.__cy!.nodes().map((n) => [n.id(), { x: n.position().x, y: n.position().y }])));
      expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
      for (const [id, p] of Object.entries(before)) {
        expect(after[id].x, id).toBeCloseTo(p.x, 0);
        expect(after[id].y, id).toBeCloseTo(p.y, 0);
      }
      // Read-only: a double click expands nothing, and nothing asks the live graph.
      const first = Object.keys(before)[0];
      const at = await page.evaluate((id) => window.__cy!.getElementById(id).renderedPosition(), first);
      const box = (await page.getByTestId('graph-canvas').boundingBox())!;
      await page.mouse.dblclick(box.x + at.x, box.y + at.y);
      await page.getByTestId('snapshot-panel').waitFor();
      expect(await page.evaluate(() => window.__cy!.nodes().length)).toBe(Object.keys(before).length);
      expect(neighbours).toEqual([]);
      expect(await page.getByTestId('snapshot-panel').locator('blockquote').count()).toBeGreaterThan(0);
      expect(await page.getByTestId('back-to-live').getAttribute('href')).toContain('from=dji');
      await screenshot(page, 'snapshot-reopened');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
