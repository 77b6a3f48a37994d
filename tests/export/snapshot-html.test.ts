/**
 * The check for the HTML snapshot: saved through the API, written to disk, opened from disk in headless
 * Chromium with networking off, it draws the view and shows a quote when an edge is clicked.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.js';
import { makeTestApp } from '../helpers/app.js';
import { hasChromium, launchBrowser, openPage, screenshot } from '../helpers/browser.js';

type Json = Record<string, any>;

describe.skipIf(!hasChromium())('HTML snapshot opened from disk, offline', () => {
  let app: App;
  let browser: Browser;
  let dir: string;
  let file: string;
  let view: Json;
  beforeAll(async () => {
    ({ app } = await makeTestApp({ seed: true }));
    // Everything around Russia, drawn as a star: Russia in the middle, its counterparts on a circle.
    const g = (await app.inject({ method: 'GET', url: '/api/graph' })).json();
    const edges = g.edges.filter((e: Json) => e.source === 'russia' || e.target === 'russia');
    const others = [...new Set(edges.map((e: Json) => (e.source === 'russia' ? e.target : e.source)))] as string[];
    const position = (id: string) => {
      if (id === 'russia') return { x: 0, y: 0 };
      const a = (2 * Math.PI * others.indexOf(id)) / others.length;
      return { x: Math.round(400 * Math.cos(a)), y: Math.round(400 * Math.sin(a)) };
    };
    view = {
      title: 'Who ships to Russia',
      elements: {
        nodes: g.nodes.filter((n: Json) => n.id === 'russia' || others.includes(n.id)).map((n: Json) => ({ ...n, position: position(n.id) })),
        edges: edges.map((e: Json) => ({ id: e.id, type: e.type, source: e.source, target: e.target })),
      },
    };
    const saved = await app.inject({ method: 'POST', url: '/api/snapshots', payload: { view } });
    expect(saved.statusCode, saved.body).toBe(201);
    const html = await app.inject({ method: 'GET', url: saved.json().html });
    expect(html.statusCode).toBe(200);
    dir = mkdtempSync(join(tmpdir(), 'snapshot-html-'));
    file = join(dir, 'snapshot.html');
    writeFileSync(file, html.body);
    // The file is all there is: the app goes away before the browser opens it.
    await app.close();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('draws the view and shows the quotes of a clicked edge, loading nothing from any network', async () => {
    const { context, page, errors } = await openPage(browser, { width: 1280, height: 800 });
    try {
      await context.setOffline(true);
      const requests: string[] = [];
      page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
      await context.route(/^(https?|wss?):/, (route) => route.abort());
      await page.goto(pathToFileURL(file).href);
      await page.waitForFunction(() => (window as unknown as { snapshotCy?: { nodes(): { length: number } } }).snapshotCy?.nodes().length);

      const drawn = await page.evaluate(() => {
        const cy = (window as any).snapshotCy;
        const box = document.getElementById('graph')!.getBoundingClientRect();
        const inside = cy.nodes().every((n: any) => {
          const p = n.renderedPosition();
          return p.x > 0 && p.y > 0 && p.x < box.width && p.y < box.height;
        });
        // Painted pixels on Cytoscape's canvases: the drawing, not just the element tree.
        let painted = 0;
        for (const c of Array.from(document.querySelectorAll('#graph canvas')) as HTMLCanvasElement[]) {
          const ctx = c.getContext('2d');
          if (!ctx || !c.width || !c.height) continue;
          const px = ctx.getImageData(0, 0, c.width, c.height).data;
          for (let i = 3; i < px.length; i += 4) if (px[i] > 0) painted++;
        }
        return { nodes: cy.nodes().length, edges: cy.edges().length, inside, painted, title: document.title };
      });
      expect(drawn).toMatchObject({ nodes: view.elements.nodes.length, edges: view.elements.edges.length, inside: true, title: 'Who ships to Russia' });
      expect(drawn.painted).toBeGreaterThan(2000);

      // Click a shipment to Russia at the middle of its line; the panel shows its quotes and where they come from.
      const target = view.elements.edges.find((e: Json) => e.type === 'SHIPPED_TO' && e.target === 'russia');
      const data = JSON.parse(/<script type="application\/json" id="snapshot-data">([\s\S]*?)<\/script>/.exec(readFileSync(file, 'utf8'))![1]);
      const saved = data.snapshot.view.elements.edges.find((e: Json) => e.id === target.id);
      expect(saved.evidence.length).toBeGreaterThan(0);
      const at = await page.evaluate((id) => {
        const cy = (window as any).snapshotCy;
        const m = cy.getElementById(id).renderedMidpoint();
        const box = document.getElementById('graph')!.getBoundingClientRect();
        return { x: box.left + m.x, y: box.top + m.y };
      }, target.id);
      expect(await page.locator('#panel blockquote').count()).toBe(0);
      await page.mouse.click(at.x, at.y);
      await page.locator('#panel blockquote').first().waitFor();
      const panel = await page.locator('#panel').evaluate((el) => ({
        text: el.textContent ?? '', quotes: Array.from(el.querySelectorAll('blockquote')).map((q) => q.textContent),
      }));
      expect(panel.quotes).toEqual(saved.evidence.map((c: Json) => c.quote));
      expect(panel.text).toContain(saved.evidence[0].title);
      expect(panel.text).toContain('shipped to');
      await screenshot(page, 'snapshot-html-edge-quote');

      // A node click shows the entity and its sources; the background clears the panel.
      const russia = await page.evaluate(() => {
        const cy = (window as any).snapshotCy;
        const p = cy.getElementById('russia').renderedPosition();
        const box = document.getElementById('graph')!.getBoundingClientRect();
        return { x: box.left + p.x, y: box.top + p.y };
      });
      await page.mouse.click(russia.x, russia.y);
      await page.waitForFunction(() => document.querySelector('#panel h2')?.textContent === 'Russia');

      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
