/**
 * A saved view must look like the view that was saved: DJI → Russia chosen and DJI selected, as in the issue. The
 * snapshot link reopens it with the same chain highlighted, the same selection and the same part of the graph; the
 * offline HTML keeps the chain highlight and fits the window; PNG and SVG exports carry a caption line, the SVG a
 * viewBox. Real Chromium over the seeds.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { hasChromium, openPage, screenshot, serveForBrowser } from '../helpers/browser.js';
import { waitForChain } from '../helpers/graph-page.js';

const DESKTOP = { width: 1440, height: 900 };

interface Look {
  nodes: Record<string, { opacity: number; text: number; onPath: boolean; selected: boolean }>;
  edges: Record<string, { opacity: number; text: number; onPath: boolean }>;
  /** Nodes whose centre is inside the canvas. */
  onScreen: string[];
}

/** How every element is drawn: its opacity, its label's, whether it is on the chain or selected, whether on screen. */
function look(page: Page): Promise<Look> {
  return page.evaluate(() => {
    const cy = window.__cy!;
    const nodes: Look['nodes'] = {};
    const edges: Look['edges'] = {};
    cy.nodes().forEach((n) => {
      nodes[n.id()] = { opacity: Number(n.style('opacity')), text: Number(n.style('text-opacity')), onPath: n.hasClass('on-path'), selected: n.selected() };
    });
    cy.edges().forEach((e) => {
      edges[e.id()] = { opacity: Number(e.style('opacity')), text: Number(e.style('text-opacity')), onPath: e.hasClass('on-path') };
    });
    const onScreen = cy.nodes().filter((n) => {
      const p = n.renderedPosition();
      return p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height();
    }).map((n) => n.id());
    return { nodes, edges, onScreen };
  });
}

async function waitForSnapshot(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const c = document.querySelector('[data-testid=graph-canvas]');
    return !!c && c.getAttribute('data-layout-name') === 'preset' && c.getAttribute('data-layout') === 'idle' &&
      Number(c.getAttribute('data-layout-runs')) > 0 && !window.__cy?.animated();
  }, undefined, { timeout: 20_000 });
}

describe.skipIf(!hasChromium())('browser: snapshots and images look like the view', () => {
  const env = serveForBrowser({ seed: true });

  it('DJI → Russia with DJI selected: the link, the HTML and the images show what was on screen', { timeout: 90_000 }, async () => {
    const { context, page, errors } = await openPage(env.browser, DESKTOP);
    try {
      await page.goto(`${env.base}/?from=dji&to=russia&chain=1&sel=dji`);
      await waitForChain(page);
      const saved = await look(page);
      expect(saved.nodes.dji.selected).toBe(true);
      expect(saved.nodes.russia).toMatchObject({ opacity: 1, onPath: true });
      await screenshot(page, 'snapshot-source-1440');

      await page.getByTestId('share-button').click();

      // Images: a caption line under the graph; the SVG scales (viewBox).
      const plain = await page.evaluate(async () => {
        const img = new Image();
        img.src = window.__cy!.png({ output: 'base64uri', full: true, scale: 2, bg: '#ffffff' });
        await img.decode();
        return { width: img.naturalWidth, height: img.naturalHeight };
      });
      const pngDownload = page.waitForEvent('download');
      await page.getByTestId('export-png').click();
      const png = PNG.sync.read(await readFile((await (await pngDownload).path())!));
      expect(png.width).toBe(plain.width);
      expect(png.height).toBeGreaterThan(plain.height + 20);
      let captionInk = 0;
      for (let y = plain.height; y < png.height; y++) {
        for (let x = 0; x < png.width; x++) {
          const i = (y * png.width + x) * 4;
          if (png.data[i] < 160 && png.data[i + 1] < 160 && png.data[i + 2] < 160) captionInk++;
        }
      }
      expect(captionInk, 'dark pixels of the caption text under the graph').toBeGreaterThan(200);

      const svgDownload = page.waitForEvent('download');
      await page.getByTestId('export-svg').click();
      const svg = await readFile((await (await svgDownload).path())!, 'utf8');
      const root = /<svg\b[^>]*>/.exec(svg)![0];
      expect(root).toMatch(/viewBox="0 0 [\d.]+ [\d.]+"/);
      const caption = /<text[^>]*class="caption"[^>]*>([^<]*)<\/text>/.exec(svg)?.[1] ?? '';
      expect(caption).toMatch(/^Chains: DJI → Russia · 5 entities, \d+ relations · \d+ source articles? · \d{4}-\d\d-\d\d \d\d:\d\d UTC$/);

      // The snapshot link.
      await page.getByTestId('save-snapshot').click();
      const link = await page.getByTestId('snapshot-link').inputValue();
      const id = new URL(link).searchParams.get('snapshot')!;
      const reopened = await openPage(env.browser, DESKTOP);
      try {
        await reopened.page.goto(link);
        await waitForSnapshot(reopened.page);
        const again = await look(reopened.page);
        expect(Object.keys(again.nodes).sort()).toEqual(Object.keys(saved.nodes).sort());
        for (const [nid, s] of Object.entries(saved.nodes)) {
          expect(again.nodes[nid].onPath, nid).toBe(s.onPath);
          expect(again.nodes[nid].selected, nid).toBe(s.selected);
          expect(again.nodes[nid].opacity, nid).toBeCloseTo(s.opacity, 2);
          expect(again.nodes[nid].text, nid).toBeCloseTo(s.text, 2);
        }
        for (const [eid, s] of Object.entries(saved.edges)) {
          expect(again.edges[eid].onPath, eid).toBe(s.onPath);
          expect(again.edges[eid].opacity, eid).toBeCloseTo(s.opacity, 2);
          expect(again.edges[eid].text, eid).toBeCloseTo(s.text, 2);
        }
        // The same part of the graph: what was on screen still is.
        for (const nid of saved.onScreen) expect(again.onScreen, nid).toContain(nid);
        await expect.poll(() => reopened.page.getByTestId('snapshot-panel').innerText()).toContain('DJI');
        await screenshot(reopened.page, 'snapshot-reopened-1440');
        expect(reopened.errors).toEqual([]);
      } finally {
        await reopened.context.close();
      }

      // On a phone the same link shows the same chain, all of it on screen, nothing sideways.
      const phone = await openPage(env.browser, { width: 390, height: 844 });
      try {
        await phone.page.goto(link);
        await waitForSnapshot(phone.page);
        const small = await look(phone.page);
        for (const nid of saved.onScreen) expect(small.onScreen, nid).toContain(nid);
        // The selection's panel is a sheet at the bottom there; the saved part of the graph is shown above it.
        const sheet = (await phone.page.getByTestId('snapshot-panel').boundingBox())!;
        const canvas = (await phone.page.getByTestId('graph-canvas').boundingBox())!;
        const chain = await phone.page.evaluate(() => window.__cy!.nodes('.on-path').map((n) => ({ id: n.id(), ...n.renderedBoundingBox({ includeLabels: false }) })));
        expect(chain.length).toBeGreaterThan(0);
        for (const n of chain) expect(canvas.y + n.y2, `${n.id} above the sheet`).toBeLessThanOrEqual(sheet.y);
        expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
        await screenshot(phone.page, 'snapshot-reopened-390');
      } finally {
        await phone.context.close();
      }

      // The offline HTML of the snapshot, in a window of another shape: chain highlighted, the view fitted.
      const html = await openPage(env.browser, { width: 900, height: 600 });
      try {
        await html.page.goto(`${env.base}/api/snapshots/${id}/html`);
        await html.page.waitForFunction(() => (window as unknown as { snapshotCy?: unknown }).snapshotCy);
        const drawn = await html.page.evaluate(() => {
          const cy = (window as any).snapshotCy;
          const box = document.getElementById('graph')!.getBoundingClientRect();
          return {
            inside: cy.nodes().every((n: any) => {
              const b = n.renderedBoundingBox({ includeLabels: false });
              return b.x1 >= 0 && b.y1 >= 0 && b.x2 <= box.width && b.y2 <= box.height;
            }),
            halo: cy.nodes('.on-path').map((n: any) => Number(n.style('underlay-opacity'))),
            dimmed: cy.elements('.off-path').map((e: any) => Number(e.style('opacity'))),
            zoom: cy.zoom(),
          };
        });
        expect(drawn.inside).toBe(true);
        expect(drawn.halo.length).toBe(Object.values(saved.nodes).filter((n) => n.onPath).length);
        for (const h of drawn.halo) expect(h).toBeGreaterThan(0.2);
        expect(drawn.dimmed.length).toBeGreaterThan(0);
        for (const d of drawn.dimmed) expect(d).toBeLessThan(0.5);
        await screenshot(html.page, 'snapshot-html-900');
      } finally {
        await html.context.close();
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
