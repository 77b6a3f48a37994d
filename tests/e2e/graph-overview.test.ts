/**
 * The overview in a real browser: a real app over a real in-memory store (seeds plus a small fixture), served with
 * the built client, driven in headless Chromium. Checks the drawn graph against /api/graph and that search centres.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { GraphData } from '../../server/store/graph-store.js';
import { hasChromium, openPage, screenshot, serveForBrowser } from '../helpers/browser.js';
import { ALIAS_TARGET, FIXTURE, NAME_TARGET } from './supply-chain-fixture.js';
import { RELATIONS } from '../../server/domain/relation-registry.js';
import { kindStyle, SANCTIONED_COLOR } from '../../client/src/graph/kind-styles.js';

/** `#rrggbb` as Cytoscape reports computed colours. */
function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}

interface NodeView {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  selected: boolean;
}

/** Waits until the first layout has finished and nothing is moving. */
async function waitForSettledGraph(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid=graph-canvas][data-layout=idle]:not([data-layout-runs="0"])', { timeout: 20_000 });
}

/** Every drawn node with its rendered position and box, plus the viewport size, read from the live instance. */
function readGraph(page: Page): Promise<{ width: number; height: number; nodes: NodeView[]; edges: string[] }> {
  return page.evaluate(() => {
    const cy = window.__cy!;
    return {
      width: cy.width(),
      height: cy.height(),
      nodes: cy.nodes().map((n) => {
        const bb = n.renderedBoundingBox({ includeLabels: false });
        return { id: n.id(), x: n.renderedPosition().x, y: n.renderedPosition().y, w: bb.w, h: bb.h, selected: n.selected() };
      }),
      edges: cy.edges().map((e) => e.id()),
    };
  });
}

/** Moves the view so the node sits near the top-left corner, far from the centre. */
async function panNodeToCorner(page: Page, id: string): Promise<void> {
  await page.evaluate((id) => {
    const cy = window.__cy!;
    const p = cy.getElementById(id).renderedPosition();
    cy.panBy({ x: 40 - p.x, y: 40 - p.y });
  }, id);
}

function distanceFromCentre(g: { width: number; height: number; nodes: NodeView[] }, id: string): number {
  const n = g.nodes.find((x) => x.id === id)!;
  return Math.hypot(n.x - g.width / 2, n.y - g.height / 2);
}

/** Types into the search box like a user, waits for the entity among the results and returns the option. */
async function search(page: Page, text: string, id: string) {
  const input = page.getByRole('combobox', { name: /search entities/i });
  await input.fill('');
  await input.pressSequentially(text, { delay: 20 });
  const option = page.locator(`[role=option][data-entity-id="${id}"]`);
  await option.waitFor({ state: 'visible', timeout: 10_000 });
  return option;
}

async function expectCentredAndSelected(page: Page, id: string): Promise<void> {
  await page.waitForSelector(`[data-testid=graph-canvas][data-focused="${id}"]`, { timeout: 10_000 });
  const g = await readGraph(page);
  expect(distanceFromCentre(g, id)).toBeLessThan(4);
  expect(g.nodes.filter((n) => n.selected).map((n) => n.id)).toEqual([id]);
}

describe.skipIf(!hasChromium())('browser: graph overview', () => {
  const env = serveForBrowser({ seed: true, load: FIXTURE });

  it('draws the entities of /api/graph that have a relation, lists the rest, and search by alias or name centres and selects', async () => {
    const { context, page, errors } = await openPage(env.browser);
    try {
      const graphResponse = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/graph');
      await page.goto(env.base + '/');
      const api = (await (await graphResponse).json()) as GraphData;
      await waitForSettledGraph(page);

      // The fixture alone guarantees a graph worth drawing, whatever the seeds yield.
      expect(api.nodes.length).toBeGreaterThanOrEqual(FIXTURE.entities.length);
      // Entities with no relation are counted and listed, not drawn.
      const linked = new Set(api.edges.flatMap((e) => [e.source, e.target]));
      const unlinked = api.nodes.filter((n) => !linked.has(n.id));
      expect(unlinked.length).toBeGreaterThan(0);
      let g = await readGraph(page);
      expect(new Set(g.nodes.map((n) => n.id))).toEqual(linked);
      expect(new Set(g.edges)).toEqual(new Set(api.edges.map((e) => e.id)));
      expect(await page.getByTestId('unlinked-button').innerText()).toContain(`${unlinked.length} without relations`);
      await page.getByTestId('unlinked-button').click();
      const listed = await page.getByTestId('unlinked-list').locator('button').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-entity-id')));
      expect(new Set(listed)).toEqual(new Set(unlinked.map((n) => n.id)));
      await page.getByTestId('unlinked-button').click();
      // The opening zoom keeps node labels readable (13 px labels drawn at 10.5 px or more); "fit" shows it all.
      expect(await page.evaluate(() => window.__cy!.zoom() * 13)).toBeGreaterThanOrEqual(10.5);
      const runsBeforeFit = await page.getByTestId('graph-canvas').getAttribute('data-layout-runs');
      await page.getByRole('button', { name: 'Fit graph to view' }).click();
      await page.waitForFunction(() => !window.__cy!.animated());
      expect(await page.getByTestId('graph-canvas').getAttribute('data-layout-runs')).toBe(runsBeforeFit);
      g = await readGraph(page);
      // Drawn means on screen: after the fit every node lies inside the viewport with a visible size.
      for (const n of g.nodes) {
        expect(n.w, n.id).toBeGreaterThan(5);
        expect(n.x, n.id).toBeGreaterThanOrEqual(0);
        expect(n.x, n.id).toBeLessThanOrEqual(g.width);
        expect(n.y, n.id).toBeGreaterThanOrEqual(0);
        expect(n.y, n.id).toBeLessThanOrEqual(g.height);
      }
      await expect.poll(() => page.getByTestId('header-stats').innerText()).toContain(`${linked.size} entities`);
      // Shape and colour by kind, colour and line by relation type, red ring when sanctioned: all from the tables.
      const drawnStyle = await page.evaluate(() => ({
        nodes: window.__cy!.nodes().map((n) => ({
          id: n.id(), kind: n.data('kind'), sanctioned: n.data('sanctioned'),
          shape: n.style('shape'), fill: n.style('background-color'), border: n.style('border-color'),
        })),
        edges: window.__cy!.edges().map((e) => ({
          id: e.id(), type: e.data('type'), color: e.style('line-color'), line: e.style('line-style'), arrow: e.style('target-arrow-shape'),
        })),
      }));
      for (const n of drawnStyle.nodes) {
        expect(n.shape, n.id).toBe(kindStyle(n.kind).shape);
        expect(n.fill, n.id).toBe(rgb(kindStyle(n.kind).color));
        if (n.sanctioned) expect(n.border, n.id).toBe(rgb(SANCTIONED_COLOR));
      }
      for (const e of drawnStyle.edges) {
        const spec = RELATIONS.find((r) => r.type === e.type);
        expect(spec, e.type).toBeDefined();
        expect(e.color, e.id).toBe(rgb(spec!.style.color));
        expect(e.line, e.id).toBe(spec!.style.line);
        expect(e.arrow, e.id).toBe(spec!.directed ? 'triangle' : 'none');
      }
      // The legend opens folded (open, it would cover the graph); opened, it names every kind and type on screen.
      expect(await page.getByTestId('legend').getByRole('button').getAttribute('aria-expanded')).toBe('false');
      await page.getByTestId('legend').getByRole('button').click();
      for (const kind of new Set(api.nodes.filter((n) => linked.has(n.id)).map((n) => n.kind))) {
        expect(await page.locator(`[data-testid=legend] li[data-kind="${kind}"]`).count(), kind).toBe(1);
      }
      for (const type of new Set(api.edges.map((e) => e.type))) {
        expect(await page.locator(`[data-testid=legend] li[data-type="${type}"]`).innerText()).toContain(RELATIONS.find((r) => r.type === type)!.label);
      }
      const sanctioned = api.nodes.filter((n) => n.sanctioned && linked.has(n.id)).length;
      expect(sanctioned).toBeGreaterThanOrEqual(1);
      await expect.poll(() => page.getByTestId('legend').innerText()).toMatch(new RegExp(`Sanctioned\\s*${sanctioned}\\b`));
      await screenshot(page, 'e2e-overview');

      // Alias: "VHL Freight" shares no word with "Varnholt Logistics".
      await panNodeToCorner(page, ALIAS_TARGET.id);
      expect(distanceFromCentre(await readGraph(page), ALIAS_TARGET.id)).toBeGreaterThan(150);
      const byAlias = await search(page, ALIAS_TARGET.alias, ALIAS_TARGET.id);
      await expect.poll(() => byAlias.innerText()).toContain(ALIAS_TARGET.name);
      await screenshot(page, 'e2e-search-results');
      await byAlias.click();
      await expectCentredAndSelected(page, ALIAS_TARGET.id);
      const panel = page.getByTestId('entity-panel');
      await expect.poll(() => panel.getByRole('heading', { level: 2 }).innerText()).toBe(ALIAS_TARGET.name);
      await expect.poll(() => panel.innerText()).toContain(ALIAS_TARGET.alias);
      // The panel quotes the article sentence that states each relation.
      await expect.poll(() => panel.innerText()).toContain('Varnholt Logistics forwarded the frames to Ostrava Kinetics');
      await screenshot(page, 'e2e-search-alias');

      // Name, chosen with the keyboard this time.
      await panNodeToCorner(page, NAME_TARGET.id);
      expect(distanceFromCentre(await readGraph(page), NAME_TARGET.id)).toBeGreaterThan(150);
      await search(page, NAME_TARGET.name.toLowerCase(), NAME_TARGET.id);
      const options = await page.locator('[role=option]').evaluateAll((els) => els.map((e) => e.getAttribute('data-entity-id')));
      for (let i = 0; i < options.indexOf(NAME_TARGET.id); i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expectCentredAndSelected(page, NAME_TARGET.id);
      await expect.poll(() => panel.getAttribute('data-entity-id')).toBe(NAME_TARGET.id);
      await screenshot(page, 'e2e-search-name');

      // Selecting, focusing and opening panels moved the view, never the layout: it ran once, for the data.
      expect(await page.getByTestId('graph-canvas').getAttribute('data-layout-runs')).toBe('1');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('opens the entity panel when a node is clicked and follows a relation from it', async () => {
    const { context, page, errors } = await openPage(env.browser);
    try {
      await page.goto(env.base + '/');
      await waitForSettledGraph(page);
      const target = 'ostrava-kinetics';
      // The opening view shows the biggest connected part at a readable zoom; the fixture's may lie outside it.
      await page.getByRole('button', { name: 'Fit graph to view' }).click();
      await page.waitForFunction(() => !window.__cy!.animated());
      // In the part of the canvas the panel will leave free.
      await page.evaluate((id) => {
        const cy = window.__cy!;
        const p = cy.getElementById(id).renderedPosition();
        cy.panBy({ x: 200 - p.x, y: 250 - p.y });
      }, target);
      // Click the node where it is drawn on the page.
      const box = (await page.getByTestId('graph-canvas').boundingBox())!;
      const before = await readGraph(page);
      const n = before.nodes.find((x) => x.id === target)!;
      await page.mouse.click(box.x + n.x, box.y + n.y);
      const panel = page.getByTestId('entity-panel');
      await expect.poll(() => panel.getAttribute('data-entity-id')).toBe(target);
      await expect.poll(() => panel.getByRole('heading', { level: 2 }).innerText()).toBe('Ostrava Kinetics');
      await expect.poll(async () => (await readGraph(page)).nodes.find((x) => x.id === target)?.selected).toBe(true);
      // The panel took its room beside the canvas without sliding the graph under the pointer: the node is still where
      // it was clicked (a second click there, as in a double-click, still finds it).
      await expect.poll(async () => (await readGraph(page)).width).toBeLessThan(before.width);
      const after = (await readGraph(page)).nodes.find((x) => x.id === target)!;
      expect(Math.hypot(after.x - n.x, after.y - n.y)).toBeLessThan(1);

      // Following "shipped to Republic of Varukia" centres that entity.
      await panel.getByRole('button', { name: 'Republic of Varukia' }).click();
      await expectCentredAndSelected(page, 'republic-of-varukia');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('an entity whose details could not be read says so in its panel, and reads them on "Try again"', async () => {
    const { context, page, errors } = await openPage(env.browser, { allowConsoleErrors: /Failed to load resource|ERR_FAILED/ });
    try {
      const target = 'ostrava-kinetics';
      await page.route(`**/api/entities/${target}`, (route) => route.abort('connectionrefused'));
      await page.goto(`${env.base}/?sel=${target}`);
      const panel = page.getByTestId('entity-panel');
      const alert = panel.getByRole('alert');
      await alert.waitFor();
      expect(await alert.innerText()).toMatch(/could not be reached.*Try again/s);

      await page.unroute(`**/api/entities/${target}`);
      await alert.getByRole('button', { name: 'Try again' }).click();
      await expect.poll(() => panel.getByRole('heading', { level: 2 }).innerText()).toBe('Ostrava Kinetics');
      expect(await alert.count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('on a narrow screen centres the found entity in the part the panel, a sheet at the bottom, leaves free', async () => {
    const { context, page, errors } = await openPage(env.browser, { width: 700, height: 700 });
    try {
      await page.goto(env.base + '/');
      await waitForSettledGraph(page);
      await panNodeToCorner(page, ALIAS_TARGET.id);
      await (await search(page, ALIAS_TARGET.alias, ALIAS_TARGET.id)).click();
      await page.waitForSelector(`[data-testid=graph-canvas][data-focused="${ALIAS_TARGET.id}"]`);
      const panel = (await page.getByTestId('entity-panel').boundingBox())!;
      const canvas = (await page.getByTestId('graph-canvas').boundingBox())!;
      const g = await readGraph(page);
      const n = g.nodes.find((x) => x.id === ALIAS_TARGET.id)!;
      // The panel is a sheet over the lower part of the canvas; the node must sit in the part above it, below the toolbar.
      expect(panel.y).toBeGreaterThan(canvas.y);
      expect(panel.y).toBeLessThan(canvas.y + canvas.height);
      // The toolbar takes two rows on a narrow screen (app.tsx: TOOLBAR_INSET_NARROW).
      const toolbar = 92;
      const freeCentre = toolbar + (panel.y - canvas.y - toolbar) / 2;
      expect(Math.abs(n.x - g.width / 2)).toBeLessThan(4);
      expect(Math.abs(n.y - freeCentre)).toBeLessThan(4);
      await screenshot(page, 'e2e-narrow');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('says so when the API is down, and recovers on retry', async () => {
    const { context, page, errors } = await openPage(env.browser, { allowConsoleErrors: /Failed to load resource|ERR_FAILED/ });
    try {
      await page.route('**/api/graph*', (route) => route.abort('connectionrefused'));
      await page.goto(env.base + '/');
      const status = page.getByTestId('graph-status');
      await expect.poll(() => status.getAttribute('data-status')).toBe('error');
      await expect.poll(() => status.innerText()).toMatch(/not reachable/i);
      await screenshot(page, 'e2e-api-down');

      await page.unroute('**/api/graph*');
      await status.getByRole('button', { name: /try again/i }).click();
      await waitForSettledGraph(page);
      expect((await readGraph(page)).nodes.length).toBeGreaterThanOrEqual(FIXTURE.entities.length);
      expect(await status.count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
