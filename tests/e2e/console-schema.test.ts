/**
 * The console's schema panel and completion in a real browser over the seed graph (embedded, and Neo4j in the neo4j
 * test project): the panel lists what GET /api/schema says, internal tables hidden, and completion offers the
 * store's labels (on Neo4j the kind labels too).
 */
import { describe, expect, it } from 'vitest';
import { hasChromium, openPage, screenshot, serveForBrowser } from '../helpers/browser.js';
import { testStoreKind } from '../helpers/app.js';

describe.skipIf(!hasChromium())('browser: the console shows the schema', () => {
  const env = serveForBrowser({ seed: true });

  it('lists labels, relationship types and property keys, and completes labels from them', async () => {
    const { context, page, errors } = await openPage(env.browser);
    try {
      await page.goto(env.base + '/?page=console');
      const panel = page.getByTestId('schema-panel');
      await panel.waitFor({ timeout: 20_000 });
      const text = await panel.innerText();
      for (const name of [':Entity', ':Article', ':SHIPPED_TO', ':MENTIONS', 'evidence']) expect(text).toContain(name);
      expect(text).not.toContain('Snapshot');
      expect(text).not.toContain('search');
      if (testStoreKind() === 'neo4j') expect(text).toContain(':Company');

      const editor = page.getByTestId('cypher-input');
      await editor.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await page.keyboard.insertText('MATCH (c:');
      await page.keyboard.press('Control+Space');
      const options = page.locator('.cm-tooltip-autocomplete li');
      await options.first().waitFor({ timeout: 10_000 });
      const offered = await options.allTextContents();
      expect(offered.join(' ')).toContain('Entity');
      if (testStoreKind() === 'neo4j') expect(offered.join(' ')).toContain('Company');
      await screenshot(page, `console-schema-${testStoreKind()}`);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});
