/**
 * The supply-path explorer in a real browser, over a real in-memory store holding the seed articles and a small
 * hand-written fixture. The first two tests are the issue's own check (DJI to Russia on the seeds, then the copied
 * link); the rest drive the explorer's features over the fixture, whose chains are known exactly.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PathsAnswer } from '../../client/src/api.js';
import { DIMMED_OPACITY } from '../../client/src/graph/stylesheet.js';
import { EXPAND_CAP } from '../../client/src/data/use-view-data.js';
import { hasChromium, openPage, screenshot, serveForBrowser } from '../helpers/browser.js';
import { CHAIN_FROM, CHAIN_TO, FIXTURE, FIXTURE_ARTICLE_ID, FIXTURE_CHAINS, fixtureSentence } from './supply-chain-fixture.js';

/** Waits until a layout has finished since `runsBefore` and nothing is moving. */
async function waitForLayout(page: Page, runsBefore = 0, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const c = document.querySelector('[data-testid=graph-canvas]');
      return !!c && c.getAttribute('data-layout') === 'idle' && Number(c.getAttribute('data-layout-runs')) > n;
    },
    runsBefore,
    { timeout },
  );
}

const layoutRuns = async (page: Page) => Number(await page.getByTestId('graph-canvas').getAttribute('data-layout-runs'));

interface Drawn {
  onPath: string[];
  offPath: string[];
  onPathEdges: string[];
  nodes: { id: string; x: number; y: number; opacity: number; selected: boolean }[];
  edges: { id: string; type: string; sources: number }[];
}

function readDrawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const cy = window.__cy!;
    return {
      onPath: cy.nodes('.on-path').map((n) => n.id()).sort(),
      offPath: cy.nodes('.off-path').map((n) => n.id()).sort(),
      onPathEdges: cy.edges('.on-path').map((e) => e.id()).sort(),
      nodes: cy.nodes().map((n) => ({
        id: n.id(), x: n.position().x, y: n.position().y, opacity: Number(n.style('opacity')), selected: n.selected(),
      })),
      edges: cy.edges().map((e) => ({ id: e.id(), type: e.data('type'), sources: e.data('sources') })),
    };
  });
}

/** Types into a path finder field like a user and takes the first suggestion with Enter. */
async function fillEnd(page: Page, testId: 'path-from' | 'path-to', text: string, expectId?: string): Promise<void> {
  const field = page.getByTestId(testId);
  const input = field.getByRole('combobox');
  await input.fill('');
  await input.pressSequentially(text, { delay: 25 });
  const first = field.locator('[role=option]').first();
  await first.waitFor({ state: 'visible', timeout: 10_000 });
  if (expectId) await expect.poll(() => first.getAttribute('data-entity-id')).toBe(expectId);
  await input.press('Enter');
}

/** Checks that exactly the chain's entities and hops are highlighted, the rest dimmed, and that it reads left to right. */
async function expectChainHighlighted(page: Page, nodeIds: string[], edgeIds: string[]): Promise<Drawn> {
  const d = await readDrawn(page);
  expect(d.onPath).toEqual([...nodeIds].sort());
  expect(d.onPathEdges).toEqual([...edgeIds].sort());
  const rest = d.nodes.map((n) => n.id).filter((id) => !nodeIds.includes(id)).sort();
  expect(d.offPath).toEqual(rest);
  for (const n of d.nodes) {
    if (rest.includes(n.id)) expect(n.opacity, n.id).toBeCloseTo(DIMMED_OPACITY, 2);
    else expect(n.opacity, n.id).toBe(1);
  }
  const x = nodeIds.map((id) => d.nodes.find((n) => n.id === id)!.x);
  for (let i = 1; i < x.length; i++) expect(x[i], `${nodeIds[i - 1]} → ${nodeIds[i]} points right`).toBeGreaterThan(x[i - 1] + 20);
  return d;
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.skipIf(!hasChromium())('browser: supply-path explorer', () => {
  const env = serveForBrowser({ seed: true, load: FIXTURE });
  /** The link the first test ends on, reopened by the second. */
  let copiedUrl = '';
  let firstChain: PathsAnswer['paths'][number] | null = null;

  it('DJI to Russia: the first chain is highlighted, laid out left to right, and the entity panel quotes it', async () => {
    const { context, page, errors } = await openPage(env.browser);
    try {
      await page.goto(env.base + '/');
      await waitForLayout(page);
      const pathsResponse = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/paths');
      await fillEnd(page, 'path-from', 'DJI');
      await fillEnd(page, 'path-to', 'Russia');
      const answer = (await (await pathsResponse).json()) as PathsAnswer;
      expect(answer.from.name).toBe('DJI');
      expect(answer.to.name).toBe('Russia');

      // The extractor's chain from the seeds: DJI sold through its subsidiary iFlight to Russia.
      const names = answer.paths.map((p) => p.nodes.map((n) => n.name));
      expect(names.some((n) => n.length === 3 && /^iflight/i.test(n[1])), JSON.stringify(names)).toBe(true);

      const options = page.getByTestId('chain-option');
      await expect.poll(() => options.count()).toBe(answer.paths.length);
      expect(await options.first().getAttribute('data-node-ids')).toBe(answer.paths[0].nodes.map((n) => n.id).join(','));
      const runs = await layoutRuns(page);
      await options.first().click();
      await waitForLayout(page, runs);

      firstChain = answer.paths[0];
      await expectChainHighlighted(page, firstChain.nodes.map((n) => n.id), firstChain.edges.map((e) => e.id));
      expect(await options.first().getAttribute('aria-pressed')).toBe('true');

      // The entity panel shows the supplier, with the chain's first hop quoted inside its sentence.
      const panel = page.getByTestId('entity-panel');
      await expect.poll(() => panel.getAttribute('data-entity-id')).toBe(firstChain.nodes[0].id);
      const chainQuotes = panel.getByTestId('chain-relations').locator('mark.quote');
      await expect.poll(() => chainQuotes.count()).toBeGreaterThan(0);
      const quote = flat(await chainQuotes.first().innerText());
      expect(firstChain.edges[0].evidence.map((e) => flat(e.quote))).toContain(quote);
      await expect.poll(() => panel.getByTestId('chain-relations').locator('.evidence .ctx').count()).toBeGreaterThan(0);

      await screenshot(page, 'e2e-path-dji-russia');
      copiedUrl = page.url();
      const q = new URL(copiedUrl).searchParams;
      expect(q.get('chain')).toBe('1');
      expect(q.get('sel')).toBe(firstChain.nodes[0].id);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a copied link reopens the same view', async () => {
    expect(copiedUrl, 'the first test must have run').not.toBe('');
    const { context, page, errors } = await openPage(env.browser);
    try {
      await page.goto(copiedUrl);
      await page.getByTestId('chain-option').first().waitFor({ timeout: 15_000 });
      await waitForLayout(page);
      await page.waitForFunction(() => window.__cy!.nodes('.on-path').length > 0);
      await expectChainHighlighted(page, firstChain!.nodes.map((n) => n.id), firstChain!.edges.map((e) => e.id));
      expect(await page.getByTestId('chain-option').first().getAttribute('aria-pressed')).toBe('true');
      expect(await page.getByTestId('path-from').getByRole('combobox').inputValue()).toBe('DJI');
      expect(await page.getByTestId('path-to').getByRole('combobox').inputValue()).toBe('Russia');
      expect(await page.getByTestId('graph-canvas').getAttribute('data-layout-name')).toBe('layered');
      const panel = page.getByTestId('entity-panel');
      await expect.poll(() => panel.getAttribute('data-entity-id')).toBe(firstChain!.nodes[0].id);
      await expect.poll(() => panel.getByTestId('chain-relations').locator('mark.quote').count()).toBeGreaterThan(0);
      expect((await readDrawn(page)).nodes.filter((n) => n.selected).map((n) => n.id)).toEqual([firstChain!.nodes[0].id]);
      // Reopening wrote nothing new into the link.
      expect(page.url()).toBe(copiedUrl);
      await screenshot(page, 'e2e-path-reopened');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('every chain of the fixture reads left to right, even where chains cross; quotes open the article view', async () => {
    const { context, page, errors } = await openPage(env.browser);
    try {
      await page.goto(env.base + '/');
      await waitForLayout(page);
      const pathsResponse = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/paths');
      // Partial names: the autocomplete finds the entity, by name and by alias.
      await fillEnd(page, 'path-from', CHAIN_FROM.typed, CHAIN_FROM.id);
      await fillEnd(page, 'path-to', CHAIN_TO.typed, CHAIN_TO.id);
      const res = await pathsResponse;
      // Say what the server answered when it is not a list of chains (seen once on Neo4j under heavy load).
      expect(res.status(), await res.text()).toBe(200);
      const answer = (await res.json()) as PathsAnswer;
      expect(answer.paths.map((p) => p.nodes.map((n) => n.id).join('>')).sort()).toEqual(FIXTURE_CHAINS.map((c) => c.join('>')).sort());
      // Ranked: fewest hops first.
      expect(answer.paths.map((p) => p.hops)).toEqual([2, 2, 3, 3]);
      const options = page.getByTestId('chain-option');
      await expect.poll(() => options.count()).toBe(4);
      for (const i of [2, 3, 0]) {
        const runs = await layoutRuns(page);
        await options.nth(i).click();
        await waitForLayout(page, runs);
        const p = answer.paths[i];
        await expectChainHighlighted(page, p.nodes.map((n) => n.id), p.edges.map((e) => e.id));
        await expect.poll(() => new URL(page.url()).searchParams.get('chain')).toBe(String(i + 1));
      }
      await screenshot(page, 'e2e-path-fixture');

      // The chosen chain lists its hops with their quotes; a quote's link opens the article at it.
      const first = answer.paths[0];
      const hop = page.getByTestId('chain-hops').locator(`[data-edge-id="${first.edges[0].id}"]`);
      const sentence = first.edges[0].evidence[0].quote;
      await expect.poll(() => hop.locator('mark.quote').innerText()).toBe(sentence);
      await hop.locator('.source-link').click();
      const article = page.getByTestId('article-view');
      await expect.poll(() => article.getAttribute('data-article-id')).toBe(FIXTURE_ARTICLE_ID);
      await expect.poll(() => article.locator('.in-quote').allInnerTexts().then((t) => t.join(''))).toBe(sentence);
      // Every mention is highlighted.
      expect(await article.locator('.article-text .mention').count()).toBe(FIXTURE.mentions!.length);
      const q = new URL(page.url()).searchParams;
      expect(q.get('article')).toBe(FIXTURE_ARTICLE_ID);
      expect(q.get('at')).toBe(`${first.edges[0].evidence[0].start}-${first.edges[0].evidence[0].end}`);

      // A mention selects its entity in the graph.
      const mention = article.locator('.article-text .mention[data-entity-id="ostrava-kinetics"]').first();
      await mention.click();
      await expect.poll(async () => (await readDrawn(page)).nodes.filter((n) => n.selected).map((n) => n.id)).toEqual(['ostrava-kinetics']);
      await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe('ostrava-kinetics');
      await expect.poll(() => mention.getAttribute('class')).toContain('active');
      await screenshot(page, 'e2e-article-view');

      // Back to the entity: its relations are quoted inside their sentences.
      await article.getByRole('button', { name: /details of the selected entity/i }).click();
      const panel = page.getByTestId('entity-panel');
      await expect.poll(() => panel.getAttribute('data-entity-id')).toBe('ostrava-kinetics');
      const forwarded = panel.locator('[data-relation-id="SHIPPED_TO:varnholt-logistics->ostrava-kinetics"]');
      await expect.poll(() => forwarded.locator('mark.quote').innerText()).toBe(fixtureSentence(1));
      // The sentence before it stands around the quote.
      await expect.poll(() => forwarded.locator('.ctx').first().innerText()).toContain(fixtureSentence(0));
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('entity panel: kind, aliases, sanctions and the articles that mention it', async () => {
    const { context, page, errors } = await openPage(env.browser);
    try {
      await page.goto(env.base + '/?sel=varnholt-logistics');
      await waitForLayout(page);
      const panel = page.getByTestId('entity-panel');
      await expect.poll(() => panel.getByRole('heading', { level: 2 }).innerText()).toBe('Varnholt Logistics');
      expect(await panel.getByTestId('entity-kind').innerText()).toMatch(/^Company/);
      expect(await panel.innerText()).toContain('VHL Freight');
      const sanctions = panel.getByTestId('sanctions');
      await expect.poll(() => sanctions.innerText()).toContain('Directorate of Export Control');
      await expect.poll(() => sanctions.locator('mark.quote').innerText()).toBe(fixtureSentence(4));
      await panel.locator('.article-link', { hasText: 'E2E fixture: frames through Varnholt' }).click();
      const article = page.getByTestId('article-view');
      await expect.poll(() => article.getByRole('heading', { level: 2 }).innerText()).toBe('E2E fixture: frames through Varnholt');
      expect(await article.locator('.in-quote').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('expand on double-click with a cap, hide, undo; the URL keeps hidden and expanded entities', { timeout: 90_000 }, async () => {
    const { context, page, errors } = await openPage(env.browser);
    const drawnIds = async () => (await readDrawn(page)).nodes.map((n) => n.id);
    const box = async () => (await page.getByTestId('graph-canvas').boundingBox())!;
    const nodeAt = async (id: string) => {
      const b = await box();
      const p = await page.evaluate((id) => window.__cy!.getElementById(id).renderedPosition(), id);
      return { x: b.x + p.x, y: b.y + p.y };
    };
    /** Double-clicks a node; the first expansion of an entity asks the server, with the cap. */
    // On a loaded machine the two clicks of a double-click can arrive too far apart for Cytoscape to see one
    // double tap; then nothing happens and the gesture is simply made again (at most three times).
    const expandByDoubleClick = async (id: string, fetches = true) => {
      for (let attempt = 1; ; attempt++) {
        const request = fetches
          ? page.waitForRequest((r) => new URL(r.url()).pathname === `/api/entities/${id}/neighbors`, { timeout: 6_000 }).catch(() => null)
          : null;
        const runs = await layoutRuns(page);
        // Click where the node is at rest, zoomed in on it as a reader would: a view still moving, or a neighbour
        // drawn close by at the fitted zoom, would put another node under the pointer.
        await page.waitForSelector('[data-testid=graph-canvas][data-layout=idle]');
        await page.evaluate((id) => {
          const cy = window.__cy!;
          cy.zoom(Math.max(cy.zoom(), 1.5));
          cy.center(cy.getElementById(id));
        }, id);
        let at = await nodeAt(id);
        for (let still = 0; still < 20; still++) {
          await page.waitForTimeout(100);
          const now = await nodeAt(id);
          if (Math.hypot(now.x - at.x, now.y - at.y) < 1) break;
          at = now;
        }
        await page.mouse.dblclick(at.x, at.y);
        const req = request ? await request : undefined;
        const laidOut = await waitForLayout(page, runs, 8_000).then(() => true, () => false);
        if ((fetches && !req) || !laidOut) {
          if (attempt < 3) continue;
          throw new Error(`double-clicking ${id} did not expand it`);
        }
        if (req) expect(new URL(req.url()).searchParams.get('limit'), 'the expansion is capped').toBe(String(EXPAND_CAP + 1));
        return;
      }
    };
    try {
      await page.goto(`${env.base}/?from=${CHAIN_FROM.id}&to=${CHAIN_TO.id}`);
      // The overview may be drawn first, until the chains arrive.
      await expect.poll(async () => (await drawnIds()).sort(), { timeout: 20_000 }).toEqual(['ostrava-kinetics', 'quillfeather-dynamics', 'republic-of-varukia', 'varnholt-logistics']);
      await page.waitForSelector('[data-testid=graph-canvas][data-layout=idle]');
      const undo = page.getByRole('button', { name: /undo/i });
      expect(await undo.isDisabled()).toBe(true);

      // Double-click Varnholt: its neighbours come in, the body that sanctioned it among them.
      await expandByDoubleClick('varnholt-logistics');
      await expect.poll(drawnIds).toContain('directorate-of-export-control');
      expect(new URL(page.url()).searchParams.getAll('exp')).toEqual(['varnholt-logistics']);
      await screenshot(page, 'e2e-expanded');

      // Hide it from its right-click menu.
      const dec = await nodeAt('directorate-of-export-control');
      await page.mouse.click(dec.x, dec.y, { button: 'right' });
      await page.getByTestId('node-menu').getByRole('menuitem', { name: 'Hide' }).click();
      await expect.poll(drawnIds).not.toContain('directorate-of-export-control');
      expect(new URL(page.url()).searchParams.getAll('hide')).toEqual(['directorate-of-export-control']);
      await expect.poll(() => page.getByTestId('show-hidden').innerText()).toMatch(/1 hidden/);

      // Undo brings it back, and undo again takes the expansion away.
      await undo.click();
      await expect.poll(drawnIds).toContain('directorate-of-export-control');
      expect(new URL(page.url()).searchParams.getAll('hide')).toEqual([]);
      await undo.click();
      await expect.poll(drawnIds).not.toContain('directorate-of-export-control');
      expect(new URL(page.url()).searchParams.getAll('exp')).toEqual([]);
      expect(await undo.isDisabled()).toBe(true);

      // Expand two (the first again, from what was fetched before), hide one, and reload: the link holds both.
      await expandByDoubleClick('varnholt-logistics', false);
      await expect.poll(drawnIds).toContain('directorate-of-export-control');
      await expandByDoubleClick('quillfeather-dynamics');
      await expect.poll(drawnIds).toContain('brightmoor-holdings');
      const decAt = await nodeAt('directorate-of-export-control');
      await page.mouse.click(decAt.x, decAt.y);
      await expect.poll(() => page.getByTestId('entity-panel').getAttribute('data-entity-id')).toBe('directorate-of-export-control');
      await page.getByTestId('entity-panel').getByRole('button', { name: 'Hide', exact: true }).click();
      await expect.poll(drawnIds).not.toContain('directorate-of-export-control');
      await page.reload();
      await waitForLayout(page);
      await expect.poll(drawnIds).toContain('brightmoor-holdings');
      expect(await drawnIds()).not.toContain('directorate-of-export-control');
      await page.getByTestId('show-hidden').click();
      await expect.poll(drawnIds).toContain('directorate-of-export-control');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('traces upstream from an entity', async () => {
    const { context, page, errors } = await openPage(env.browser);
    try {
      await page.goto(`${env.base}/?sel=${CHAIN_TO.id}`);
      await waitForLayout(page);
      const panel = page.getByTestId('entity-panel');
      await expect.poll(() => panel.getByRole('heading', { level: 2 }).innerText()).toBe(CHAIN_TO.name);
      const runs = await layoutRuns(page);
      await panel.getByRole('button', { name: /trace upstream/i }).click();
      const trace = page.getByTestId('trace-panel');
      await expect.poll(() => trace.getAttribute('data-direction')).toBe('up');
      await expect.poll(() => trace.locator('.trace-item').count(), { timeout: 10_000 }).toBe(3);
      const ids = await trace.locator('.trace-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-entity-id')));
      expect(ids.slice(0, 2).sort()).toEqual(['ostrava-kinetics', 'varnholt-logistics']);
      expect(ids[2]).toBe('quillfeather-dynamics');
      await waitForLayout(page, runs);
      const d = await readDrawn(page);
      expect(d.nodes.map((n) => n.id).sort()).toEqual([CHAIN_TO.id, ...ids].sort());
      // Upstream reads left to right into the root.
      const x = (id: string) => d.nodes.find((n) => n.id === id)!.x;
      expect(x('quillfeather-dynamics')).toBeLessThan(x(CHAIN_TO.id));
      expect(new URL(page.url()).searchParams.get('trace')).toBe(`up:${CHAIN_TO.id}`);
      await screenshot(page, 'e2e-trace-upstream');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('filters by relation type, entity kind and sources; the link keeps them', async () => {
    const { context, page, errors } = await openPage(env.browser);
    try {
      await page.goto(env.base + '/');
      await waitForLayout(page);
      const all = await readDrawn(page);
      expect(all.edges.some((e) => e.type === 'SANCTIONED')).toBe(true);
      const filters = page.getByTestId('filters');

      let runs = await layoutRuns(page);
      await filters.getByRole('checkbox', { name: 'sanctioned' }).uncheck();
      await waitForLayout(page, runs);
      await expect.poll(async () => (await readDrawn(page)).edges.some((e) => e.type === 'SANCTIONED')).toBe(false);

      runs = await layoutRuns(page);
      await filters.getByRole('checkbox', { name: 'Product' }).uncheck();
      await waitForLayout(page, runs);
      const kinds = await page.evaluate(() => [...new Set(window.__cy!.nodes().map((n) => n.data('kind') as string))]);
      expect(kinds).not.toContain('product');
      expect(kinds).toContain('company');

      runs = await layoutRuns(page);
      await filters.getByRole('combobox', { name: /minimum number of sources/i }).selectOption('2');
      await waitForLayout(page, runs);
      const strong = await readDrawn(page);
      expect(strong.edges.length).toBeGreaterThan(0);
      expect(strong.edges.every((e) => e.sources >= 2)).toBe(true);

      const q = new URL(page.url()).searchParams;
      expect(q.get('types')?.split(',')).not.toContain('SANCTIONED');
      expect(q.get('kinds')?.split(',')).not.toContain('product');
      expect(q.get('min')).toBe('2');

      const { context: c2, page: p2 } = await openPage(env.browser);
      try {
        await p2.goto(page.url());
        await waitForLayout(p2);
        const f2 = p2.getByTestId('filters');
        expect(await f2.getByRole('checkbox', { name: 'sanctioned' }).isChecked()).toBe(false);
        expect(await f2.getByRole('checkbox', { name: 'Product' }).isChecked()).toBe(false);
        expect(await f2.getByRole('combobox', { name: /minimum number of sources/i }).inputValue()).toBe('2');
        expect((await readDrawn(p2)).edges.map((e) => e.id).sort()).toEqual(strong.edges.map((e) => e.id).sort());
      } finally {
        await c2.close();
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
