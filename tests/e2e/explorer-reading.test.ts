/**
 * What a new user hits first, in a real browser over the seeds and the hand-written fixture: a readable first view,
 * relations that open when clicked, Back that stays in the app, and a path finder that explains a name it does not
 * know; the first view is the same picture on every load. Screenshots of the first view and of a chain at 1440×900 go to test-results/.
 */
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../server/domain/types.js';
import { relationId } from '../../server/domain/types.js';
import { hasChromium, openPage, screenshot, serveForBrowser } from '../helpers/browser.js';
import { drawnBoxes, layoutRuns, overlaps, pageAt, waitForChain, waitForLayout } from '../helpers/graph-page.js';
import { CHAIN_FROM, CHAIN_TO, FIXTURE, FIXTURE_ARTICLE_ID, fixtureSentence } from './supply-chain-fixture.js';

const DESKTOP = { width: 1440, height: 900 };
/** The fixture's first hop: goods and a period, stated by one sentence. */
const HOP = { id: relationId('SHIPPED_TO', 'quillfeather-dynamics', 'varnholt-logistics'), from: 'Quillfeather Dynamics', to: 'Varnholt Logistics' };

describe.skipIf(!hasChromium())('browser: reading the explorer', () => {
  const env = serveForBrowser({ seed: true, load: FIXTURE });

  it('first view: unlinked entities listed not drawn, labels readable, legend folded and nothing under the overlays', async () => {
    const { context, page, errors } = await openPage(env.browser, DESKTOP);
    try {
      const graph = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/graph');
      await page.goto(env.base + '/');
      const api = (await (await graph).json()) as { nodes: { id: string }[]; edges: { source: string; target: string }[] };
      await waitForLayout(page);
      const linked = new Set(api.edges.flatMap((e) => [e.source, e.target]));
      const unlinked = api.nodes.filter((n) => !linked.has(n.id));
      const drawn = await page.evaluate(() => window.__cy!.nodes().map((n) => n.id()));
      expect(drawn.filter((id) => !linked.has(id))).toEqual([]);
      expect(drawn.length).toBe(linked.size);
      await expect.poll(() => page.getByTestId('unlinked-button').innerText()).toContain(`${unlinked.length} without relations`);

      // Labels are 13 px in the model: at the opening zoom they are drawn at 10.5 px or more.
      const zoom = await page.evaluate(() => window.__cy!.zoom());
      expect(zoom * 13).toBeGreaterThanOrEqual(10.5);
      // The legend opens folded, a button in the corner; fitted, no node is drawn under it or under the zoom buttons.
      expect(await page.getByTestId('legend').getByRole('button').getAttribute('aria-expanded')).toBe('false');
      const legend = (await page.getByTestId('legend').boundingBox())!;
      expect(legend.width * legend.height).toBeLessThan(200 * 60);
      await screenshot(page, 'first-view-1440');
      await page.getByRole('button', { name: 'Fit graph to view' }).click();
      await page.waitForFunction(() => !window.__cy!.animated());
      const canvas = (await page.getByTestId('graph-canvas').boundingBox())!;
      const covers = [(await page.getByTestId('legend').boundingBox())!, (await page.getByRole('toolbar', { name: 'Zoom' }).boundingBox())!];
      const { bodies } = await drawnBoxes(page);
      for (const b of bodies) {
        for (const c of covers) {
          const x1 = canvas.x + b.x1, x2 = canvas.x + b.x2, y1 = canvas.y + b.y1, y2 = canvas.y + b.y2;
          expect(x2 <= c.x || x1 >= c.x + c.width || y2 <= c.y || y1 >= c.y + c.height, `${b.id} under an overlay`).toBe(true);
        }
      }
      // Edge labels sit between their ends, not over node names: the force layout gives a labelled edge the length
      // its label needs. (Overlaps of axis-aligned boxes overstate those of slanted labels; 31 of 35 before.)
      const labels = await drawnBoxes(page);
      expect(labels.edgeLabels.length).toBeGreaterThan(10);
      expect(overlaps(labels.nodeLabels, labels.edgeLabels).length).toBeLessThanOrEqual(Math.ceil(labels.edgeLabels.length * 0.3));

      // The list names them; choosing one opens its panel.
      await page.getByTestId('unlinked-button').click();
      const first = page.getByTestId('unlinked-list').locator('button').first();
      const id = await first.getAttribute('data-entity-id');
      expect(unlinked.map((n) => n.id)).toContain(id);
      await first.click();
      await expect.poll(() => page.getByTestId('entity-panel').getAttribute('data-entity-id')).toBe(id);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('first view: the same picture on every load (the force layout is seeded by the graph)', async () => {
    const positions = async () => {
      const { context, page, errors } = await openPage(env.browser, DESKTOP);
      try {
        await page.goto(env.base + '/');
        await waitForLayout(page);
        const at = await page.evaluate(() => Object.fromEntries(window.__cy!.nodes().map((n) => [n.id(), { ...n.position() }])));
        expect(errors).toEqual([]);
        return at;
      } finally {
        await context.close();
      }
    };
    const first = await positions();
    expect(Object.keys(first).length).toBeGreaterThan(20);
    expect(await positions()).toEqual(first);
  });

  it('an edge shows a summary on hover and opens its relation panel on click, with every quote in context', async () => {
    const { context, page, errors } = await openPage(env.browser, DESKTOP);
    try {
      await page.goto(`${env.base}/?from=${CHAIN_FROM.id}&to=${CHAIN_TO.id}&chain=1`);
      await waitForChain(page);
      const at = await pageAt(page, HOP.id);
      await page.mouse.move(at.x, at.y);
      const tip = page.getByTestId('edge-tip');
      await tip.waitFor();
      expect(await tip.innerText()).toMatch(new RegExp(`${HOP.from} → ${HOP.to}.*quadcopter frames.*1 source`));

      await page.mouse.click(at.x, at.y);
      const panel = page.getByTestId('edge-panel');
      await expect.poll(() => panel.getAttribute('data-edge-id')).toBe(HOP.id);
      await expect.poll(() => page.getByTestId('edge-type').innerText()).toMatch(/shipped to/i);
      expect(await page.getByTestId('edge-ends').innerText()).toMatch(new RegExp(`${HOP.from}\\s*→\\s*${HOP.to}`));
      const facts = await page.getByTestId('edge-facts').innerText();
      expect(facts).toMatch(/Goods\s+quadcopter frames/);
      expect(facts).toMatch(/Period\s+2023/);
      // Every piece of evidence, each quote inside the sentences around it.
      const quotes = page.getByTestId('edge-evidence').locator('figure');
      await expect.poll(() => quotes.count()).toBe(1);
      await expect.poll(() => quotes.first().locator('mark.quote').innerText()).toBe(fixtureSentence(0));
      await expect.poll(() => quotes.first().locator('.ctx').count()).toBeGreaterThan(0);
      expect(await quotes.first().getAttribute('data-article-id')).toBe(FIXTURE_ARTICLE_ID);
      // The edge is drawn selected, and the link keeps it.
      expect(await page.evaluate((id) => window.__cy!.getElementById(id).selected(), HOP.id)).toBe(true);
      expect(new URL(page.url()).searchParams.get('edge')).toBe(HOP.id);
      await screenshot(page, 'edge-panel-1440');

      // Its ends lead on to the entity.
      await page.getByTestId('edge-ends').getByRole('button', { name: HOP.to }).click();
      await expect.poll(() => page.getByTestId('entity-panel').getAttribute('data-entity-id')).toBe('varnholt-logistics');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a chain: no node label under an edge label; a 1440×900 screenshot', async () => {
    const { context, page, errors } = await openPage(env.browser, DESKTOP);
    try {
      await page.goto(`${env.base}/?from=${CHAIN_FROM.id}&to=${CHAIN_TO.id}&chain=1&sel=${CHAIN_FROM.id}`);
      await waitForChain(page);
      await screenshot(page, 'chain-1440');
      const { nodeLabels, edgeLabels, bodies } = await drawnBoxes(page);
      expect(edgeLabels.length).toBeGreaterThan(0);
      expect(overlaps(nodeLabels, edgeLabels)).toEqual([]);
      expect(overlaps(bodies, edgeLabels)).toEqual([]);

      // Back from the chain with the seeds' DJI → Russia as well.
      await page.goto(`${env.base}/?from=dji&to=russia&chain=1&sel=dji`);
      await waitForChain(page);
      await screenshot(page, 'chain-dji-russia-1440');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a trace never shows two nodes on top of each other while the view moves', async () => {
    const { context, page, errors } = await openPage(env.browser, DESKTOP);
    try {
      await page.goto(`${env.base}/?sel=${CHAIN_FROM.id}`);
      await waitForLayout(page);
      const runs = await layoutRuns(page);
      // Every frame from the click until the view rests: the largest number of overlapping node bodies.
      await page.evaluate(() => {
        const w = window as unknown as { __worst: { pairs: number; frames: number }; __sampling: boolean };
        w.__worst = { pairs: 0, frames: 0 };
        w.__sampling = true;
        const frame = () => {
          const cy = window.__cy;
          if (cy && cy.nodes().length > 1) {
            const b = cy.nodes().map((n) => n.renderedBoundingBox({ includeLabels: false, includeOverlays: false }));
            let pairs = 0;
            for (let i = 0; i < b.length; i++) {
              for (let j = i + 1; j < b.length; j++) {
                const ox = Math.min(b[i].x2, b[j].x2) - Math.max(b[i].x1, b[j].x1);
                const oy = Math.min(b[i].y2, b[j].y2) - Math.max(b[i].y1, b[j].y1);
                if (ox > 2 && oy > 2) pairs++;
              }
            }
            w.__worst.pairs = Math.max(w.__worst.pairs, pairs);
            w.__worst.frames++;
          }
          if (w.__sampling) requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
      await page.getByTestId('entity-panel').getByRole('button', { name: /Trace downstream/ }).click();
      await waitForLayout(page, runs);
      const worst = await page.evaluate(() => {
        const w = window as unknown as { __worst: { pairs: number; frames: number }; __sampling: boolean };
        w.__sampling = false;
        return w.__worst;
      });
      expect(worst.frames).toBeGreaterThan(0);
      expect(worst.pairs).toBe(0);
      await screenshot(page, 'trace-1440');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('Back steps through selections and chains and never leaves the app', async () => {
    const { context, page, errors } = await openPage(env.browser, DESKTOP);
    try {
      await page.goto(`${env.base}/?from=${CHAIN_FROM.id}&to=${CHAIN_TO.id}`);
      await waitForLayout(page);
      const runs = await layoutRuns(page);
      await page.getByTestId('chain-option').first().click();
      await waitForLayout(page, runs);
      await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe(CHAIN_FROM.id);
      // Select another entity on the chain, then a relation.
      const ostrava = await pageAt(page, 'varnholt-logistics');
      await page.mouse.click(ostrava.x, ostrava.y);
      await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe('varnholt-logistics');
      const hop = await pageAt(page, HOP.id);
      await page.mouse.click(hop.x, hop.y);
      await expect.poll(() => new URL(page.url()).searchParams.get('edge')).toBe(HOP.id);

      const origin = new URL(env.base).origin;
      await page.goBack();
      await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe('varnholt-logistics');
      await expect.poll(() => page.getByTestId('entity-panel').getAttribute('data-entity-id')).toBe('varnholt-logistics');
      await page.goBack();
      await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe(CHAIN_FROM.id);
      await page.goBack();
      // The query before a chain was chosen: still the app, the chains listed, none chosen.
      await expect.poll(() => new URL(page.url()).searchParams.get('chain')).toBeNull();
      expect(new URL(page.url()).origin).toBe(origin);
      expect(new URL(page.url()).searchParams.get('from')).toBe(CHAIN_FROM.id);
      await page.getByTestId('chains').waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('an unknown name in the path finder names its field, offers the nearest names and leaves the graph as it was', async () => {
    const { context, page, errors } = await openPage(env.browser, DESKTOP);
    try {
      await page.goto(env.base + '/');
      await waitForLayout(page);
      const before = await page.evaluate(() => ({
        url: location.href,
        nodes: window.__cy!.nodes().map((n) => n.id()).sort(),
        positions: window.__cy!.nodes().map((n) => [n.id(), Math.round(n.position().x), Math.round(n.position().y)]),
        zoom: window.__cy!.zoom(),
      }));
      const runs = await layoutRuns(page);
      const pathRequests: string[] = [];
      page.on('request', (r) => { if (new URL(r.url()).pathname === '/api/paths') pathRequests.push(r.url()); });

      const from = page.getByTestId('path-from').getByRole('combobox');
      await from.pressSequentially(CHAIN_FROM.typed, { delay: 20 });
      await page.getByTestId('path-from').locator('[role=option]').first().waitFor();
      await from.press('Enter');
      const to = page.getByTestId('path-to').getByRole('combobox');
      await to.pressSequentially('Varukai', { delay: 20 });
      await to.press('Enter');

      const error = page.getByTestId('path-to-error');
      await error.waitFor();
      expect(await error.innerText()).toMatch(/^Buyer: no entity is named “Varukai”\. Did you mean/);
      expect(await error.getByRole('button').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-entity-id')))).toContain(CHAIN_TO.id);
      expect(await page.getByTestId('path-from-error').count()).toBe(0);
      // The graph is as it was: no query ran, nothing faded, nothing moved.
      const after = await page.evaluate(() => ({
        url: location.href,
        nodes: window.__cy!.nodes().map((n) => n.id()).sort(),
        positions: window.__cy!.nodes().map((n) => [n.id(), Math.round(n.position().x), Math.round(n.position().y)]),
        zoom: window.__cy!.zoom(),
        dimmed: window.__cy!.elements('.faded, .off-path').length,
      }));
      expect(after).toEqual({ ...before, dimmed: 0 });
      expect(pathRequests).toEqual([]);
      expect(await layoutRuns(page)).toBe(runs);
      await screenshot(page, 'path-finder-unknown-name');

      // Taking the suggestion runs the query.
      await error.getByRole('button', { name: CHAIN_TO.name }).click();
      await page.getByTestId('chains').waitFor();
      expect(await page.getByTestId('chain-option').count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('Enter in the supplier before its suggestions came, then on to the buyer: the late pick fills the supplier and runs nothing', async () => {
    const { context, page, errors } = await openPage(env.browser, DESKTOP);
    try {
      await page.goto(env.base + '/');
      await waitForLayout(page);
      const pathRequests: URL[] = [];
      page.on('request', (r) => { if (new URL(r.url()).pathname === '/api/paths') pathRequests.push(new URL(r.url())); });
      // The supplier's suggestions are held until the reader is typing the buyer (a slow answer on a busy server).
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      await page.route((u) => u.pathname === '/api/entities' && u.searchParams.get('q') === CHAIN_FROM.typed, async (route) => {
        await held;
        await route.continue();
      });
      const from = page.getByTestId('path-from').getByRole('combobox');
      await from.fill(CHAIN_FROM.typed);
      await from.press('Enter');
      const to = page.getByTestId('path-to').getByRole('combobox');
      await to.click();
      await to.pressSequentially(CHAIN_TO.typed.slice(0, 3), { delay: 20 });
      release();
      // Enter took the best suggestion for the supplier once it came ...
      await expect.poll(() => from.getAttribute('data-entity-id'), { timeout: 10_000 }).toBe(CHAIN_FROM.id);
      // ... and did not run the query with the three letters of the buyer typed so far.
      await to.pressSequentially(CHAIN_TO.typed.slice(3), { delay: 20 });
      await page.getByTestId('path-to').locator('[role=option]').filter({ hasText: CHAIN_TO.name }).first().waitFor();
      await to.press('Enter');
      await page.getByTestId('chains').waitFor();
      expect(pathRequests.map((u) => [u.searchParams.get('from'), u.searchParams.get('to')])).toEqual([[CHAIN_FROM.id, CHAIN_TO.id]]);
      expect(new URL(page.url()).searchParams.get('to')).toBe(CHAIN_TO.id);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe.skipIf(!hasChromium())('browser: a graph of three entities', () => {
  const text = 'Arlo Parts shipped motors to Brenna Trade. Brenna Trade sold the motors to Cardia Works.';
  const ev = (s: string) => ({ article: 'three.txt', start: text.indexOf(s), end: text.indexOf(s) + s.length, quote: s });
  const three: Extraction = {
    articles: [{ id: 'three.txt', title: 'Three', text }],
    entities: [
      { id: 'arlo-parts', name: 'Arlo Parts', kind: 'company', aliases: [] },
      // A media outlet: drawn as a diamond.
      { id: 'brenna-trade', name: 'Brenna Trade', kind: 'media', aliases: [] },
      { id: 'cardia-works', name: 'Cardia Works', kind: 'company', aliases: [] },
    ],
    relations: [
      { id: relationId('SHIPPED_TO', 'arlo-parts', 'brenna-trade'), type: 'SHIPPED_TO', source: 'arlo-parts', target: 'brenna-trade', props: { goods: ['motors'] }, evidence: [ev('Arlo Parts shipped motors to Brenna Trade.')] },
      { id: relationId('SHIPPED_TO', 'brenna-trade', 'cardia-works'), type: 'SHIPPED_TO', source: 'brenna-trade', target: 'cardia-works', props: { goods: ['motors'] }, evidence: [ev('Brenna Trade sold the motors to Cardia Works.')] },
    ],
    mentions: [],
  };
  const env = serveForBrowser({ seed: false, load: three });

  it('is not blown up to fill the screen: nodes and labels at their own size or smaller', async () => {
    const { context, page, errors } = await openPage(env.browser, DESKTOP);
    try {
      await page.goto(env.base + '/');
      await waitForLayout(page);
      expect(await page.evaluate(() => window.__cy!.nodes().length)).toBe(3);
      expect(await page.evaluate(() => window.__cy!.zoom())).toBeLessThanOrEqual(1);
      await page.getByRole('button', { name: 'Fit graph to view' }).click();
      await page.waitForFunction(() => !window.__cy!.animated());
      expect(await page.evaluate(() => window.__cy!.zoom())).toBeLessThanOrEqual(1);
      expect(overlaps((await drawnBoxes(page)).nodeLabels, (await drawnBoxes(page)).edgeLabels)).toEqual([]);
      await screenshot(page, 'three-entities-1440');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a click on the very middle of a diamond (a media outlet) opens its panel', async () => {
    const { context, page, errors } = await openPage(env.browser, DESKTOP);
    try {
      await page.goto(env.base + '/');
      await waitForLayout(page);
      // The node at whole model coordinates and a whole-pixel view: the click lands exactly on its vertical axis, where
      // Cytoscape's own polygon test says "outside".
      const at = await page.evaluate(() => {
        const cy = window.__cy!;
        const n = cy.getElementById('brenna-trade');
        // Clear of the other two.
        const x = Math.round(cy.nodes().difference(n).boundingBox().x2) + 200;
        n.position({ x, y: 100 });
        cy.viewport({ zoom: 2, pan: { x: 500 - 2 * x, y: 200 } });
        return n.renderedPosition();
      });
      expect(at).toEqual({ x: 500, y: 400 });
      const box = (await page.getByTestId('graph-canvas').boundingBox())!;
      await page.mouse.click(box.x + at.x, box.y + at.y);
      const panel = page.getByTestId('entity-panel');
      await expect.poll(() => panel.getAttribute('data-entity-id', { timeout: 2000 }).catch(() => null), { timeout: 10_000 }).toBe('brenna-trade');
      expect(await page.evaluate(() => window.__cy!.getElementById('brenna-trade').selected())).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
