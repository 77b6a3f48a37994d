/**
 * The investigator's workbench in a real browser (issue 11's check): add three files (text, HTML and a PDF made here)
 * on the "Add documents" page, giving the write token once when asked, and watch each file's progress and result;
 * reject a wrong relation from its relation panel (the token asked for again in a new tab) and watch the graph drop it
 * without a reload; merge two entities from the entity panel; add a relation by selecting its words in the article
 * view, and reject one of its quotes from the relation panel; find the corrected chain with the path finder; restart
 * the server on the same data directory and add the same files again: every correction holds and no count changes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../server/app.js';
import { openArchivedStore } from '../../server/archive/startup.js';
import { loadConfig, type Config } from '../../server/config.js';
import { Ingestor, inlineExtractor } from '../../server/ingest.js';
import { withReadCache } from '../../server/store/read-cache.js';
import { ensureClientBuilt, hasChromium, launchBrowser, openPage, screenshot, type TestPage } from '../helpers/browser.js';
import { listenOnLoopback } from '../helpers/app.js';
import { makePdf } from '../helpers/make-documents.js';
import { SELECTION, WORKBENCH_ARTICLES } from '../helpers/workbench-fixture.js';

const TOKEN = 'browser-test-write-token';
const root = mkdtempSync(join(tmpdir(), 'workbench-e2e-'));
// As a server on a network interface would be configured: writes need the token.
const config: Config = { ...loadConfig({ DATA_PATH: join(root, 'graph.lbug'), SEED_DIR: '', WRITE_TOKEN: TOKEN }), host: '0.0.0.0' };

const [a1, a2, a3] = WORKBENCH_ARTICLES;
const FILES = [
  { name: 'motors.txt', mimeType: 'text/plain', buffer: Buffer.from(a1.text) },
  { name: 'middleman.html', mimeType: 'text/html', buffer: Buffer.from(`<!doctype html><html><head><title>${a2.title}</title></head><body><nav>Home · World</nav><article><h1>${a2.title}</h1><p>${a2.text.trim()}</p></article><footer>Newsletter</footer></body></html>`) },
  { name: 'sanctions.pdf', mimeType: 'application/pdf', buffer: makePdf([a3.text.trim()], a3.title) },
];

async function start(): Promise<{ app: App; base: string }> {
  const { store: raw, archive } = await openArchivedStore(config, { extractor: inlineExtractor, log: () => {}, warn: () => {} });
  const store = withReadCache(raw, { ttlMs: Infinity });
  const app = await buildApp({ store, config, ingestor: new Ingestor(store, archive) });
  app.addHook('onClose', async () => {
    await raw.close();
    await archive?.close();
  });
  return { app, base: await listenOnLoopback(app) };
}

async function state(app: App) {
  const rels = await app.store.relationsFromRange('', '\uffff');
  const ents = await app.store.entityPage('', 10_000);
  return {
    counts: await app.store.counts(),
    relations: rels.map((r) => `${r.id} ${JSON.stringify(r.evidence)}`).sort(),
    entities: ents.map((e) => `${e.id} ${e.name} ${e.kind} ${[...e.aliases].sort().join('|')}`).sort(),
  };
}

/** Adds the three files on the Add documents page; each file's result, and every progress line the page showed. */
async function addFiles(page: Page, base: string) {
  await page.goto(`${base}/?page=documents`);
  // Every distinct progress line, as the page shows them one after another.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __progress: string[] }).__progress = seen;
    new MutationObserver(() => {
      const line = document.querySelector('[data-testid=doc-progress]')?.textContent;
      if (line && seen[seen.length - 1] !== line) seen.push(line);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByTestId('doc-files').setInputFiles(FILES);
  await page.getByTestId('doc-progress').filter({ hasText: /^3 of 3 done$/ }).waitFor({ timeout: 60_000 });
  return {
    results: await page.$$eval('[data-testid=doc-results] li', (lis) => lis.map((li) => [li.getAttribute('data-file'), li.getAttribute('data-state')])),
    progress: await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress),
  };
}

/** Answers the write token prompt; counts how often the page asked. */
function answerPrompts(t: TestPage): { asked: number } {
  const count = { asked: 0 };
  t.page.on('dialog', (d) => {
    if (d.type() === 'prompt') count.asked++;
    void d.accept(d.type() === 'prompt' ? TOKEN : undefined);
  });
  return count;
}

/** Ids of the entities and relations the explorer draws now. */
const drawn = (page: Page) => page.evaluate(() => ({
  nodes: window.__cy!.nodes().map((n) => n.id()),
  edges: window.__cy!.edges().map((e) => e.id()),
}));

/** Selects `start..end` of the article text as a person would, and lets the view see it. */
async function selectInArticle(page: Page, start: number, end: number) {
  await page.evaluate(([s, e]) => {
    const el = document.querySelector('[data-testid=article-text]')!;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let at = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const len = n.textContent!.length;
      if (s >= at && s <= at + len) range.setStart(n, s - at);
      if (e >= at && e <= at + len) { range.setEnd(n, e - at); break; }
      at += len;
    }
    const sel = window.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, [start, end]);
}

describe.skipIf(!hasChromium())('the workbench in a browser: add documents, correct, restart, re-load', () => {
  let browser: Browser;
  let server: { app: App; base: string };
  beforeAll(async () => {
    await ensureClientBuilt();
    browser = await launchBrowser();
    server = await start();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.app.close().catch(() => undefined);
    rmSync(root, { recursive: true, force: true });
  });

  it('runs the whole journey', async () => {
    const first = await openPage(browser, { allowConsoleErrors: /401/ });
    const { page, errors } = first;
    const prompts = answerPrompts(first);
    const added = await addFiles(page, server.base);
    expect(added.results).toEqual([['motors.txt', 'new'], ['middleman.html', 'new'], ['sanctions.pdf', 'new']]);
    // Each file's result was shown as it came, not all at the end.
    expect(added.progress).toEqual(expect.arrayContaining(['1 of 3 done…', '2 of 3 done…', '3 of 3 done']));
    expect(added.progress.indexOf('1 of 3 done…')).toBeLessThan(added.progress.indexOf('2 of 3 done…'));
    expect(prompts.asked).toBe(1);
    // The results link into the graph: the middleman found in the HTML file.
    await expect(page.locator('[data-file="middleman.html"] a[data-entity="kupol"]').count()).resolves.toBe(1);
    const articleId = new URL(await page.locator('[data-file="motors.txt"] a').first().getAttribute('href') ?? '', server.base).searchParams.get('article')!;
    await screenshot(page, 'workbench-documents');

    // In a new tab, reject the extractor's "Customs shipped …" from its relation panel: the token is asked for there
    // too, and the graph drops the relation without a reload.
    const wrong = 'SHIPPED_TO:customs->altai-trade-house';
    const tab = await openPage(browser, { allowConsoleErrors: /401/ });
    const tabPrompts = answerPrompts(tab);
    await tab.page.goto(`${server.base}/?edge=${encodeURIComponent(wrong)}`);
    await tab.page.locator('[data-testid=graph-canvas][data-layout=idle]').waitFor({ timeout: 20_000 });
    expect((await drawn(tab.page)).edges).toContain(wrong);
    const panel = tab.page.getByTestId('edge-panel');
    await panel.getByTestId('edge-ends').filter({ hasText: 'Customs' }).waitFor();
    await panel.getByTestId('open-edge-corrections').click();
    await panel.getByTestId('edge-correction-reason').fill('Customs holds the records; it shipped nothing');
    await tab.page.evaluate(() => { (window as unknown as { __sameLoad: boolean }).__sameLoad = true; });
    const graphReread = tab.page.waitForRequest((r) => new URL(r.url()).pathname === '/api/graph');
    await panel.getByTestId('edge-reject').click();
    await graphReread;
    await expect.poll(async () => (await drawn(tab.page)).edges, { timeout: 10_000 }).not.toContain(wrong);
    await tab.page.getByRole('status').filter({ hasText: 'Rejected “Customs' }).waitFor();
    expect(await tab.page.getByTestId('edge-panel').count()).toBe(0);
    expect(await tab.page.evaluate(() => (window as unknown as { __sameLoad?: boolean }).__sameLoad)).toBe(true);
    expect(tabPrompts.asked).toBe(1);
    await screenshot(tab.page, 'workbench-edge-rejected');
    // The rejection is recorded with its reason, and the entity panel shows it where it applies.
    await tab.page.goto(`${server.base}/?sel=customs`);
    await tab.page.getByTestId('correction-log').filter({ hasText: 'rejected a relation' }).filter({ hasText: 'it shipped nothing' }).waitFor();
    expect(tab.errors).toEqual([]);
    await tab.context.close();

    // Merge "Skyline Electronics Co." into Shenzhen Skyline Electronics: the open panel shows the alias it gained.
    await page.goto(`${server.base}/?sel=shenzhen-skyline-electronics`);
    await page.getByTestId('open-corrections').click();
    await page.getByTestId('merge-search').fill('Skyline Electronics');
    await page.getByTestId('merge-skyline-electronics').click();
    await page.getByTestId('correction-log').filter({ hasText: 'merged "skyline-electronics"' }).waitFor();
    await page.getByTestId('entity-panel').getByText('Skyline Electronics Co.', { exact: true }).waitFor();

    // Add the real supply leg by selecting its words in the article view: first too few of them, then all.
    await page.goto(`${server.base}/?article=${encodeURIComponent(articleId)}`);
    await page.getByTestId('article-text').waitFor();
    const leg = 'SHIPPED_TO:shenzhen-skyline-electronics->altai-trade-house';
    const at = a1.text.indexOf(SELECTION);
    const short = { start: a1.text.indexOf('shipped drone motors'), end: a1.text.indexOf('shipped drone motors') + 'shipped drone motors'.length };
    for (const [s, e] of [[short.start, short.end], [at, at + SELECTION.length]]) {
      await selectInArticle(page, s, e);
      await page.getByTestId('sel-source').selectOption('shenzhen-skyline-electronics');
      await page.getByTestId('sel-type').selectOption('SHIPPED_TO');
      await page.getByTestId('sel-target').selectOption('altai-trade-house');
      await page.getByTestId('sel-add').click();
      await page.getByText(`Added ${leg}`, { exact: true }).waitFor();
    }
    // Shown where it applies: under the article's text.
    await page.getByTestId('article-corrections').filter({ hasText: SELECTION }).waitFor();

    // The short quote states too little: reject it from the relation's panel; the panel reads the relation again.
    // (The extractor may have read the same leg from the whole sentence too: the quotes are counted, not assumed.)
    const quotes = (await server.app.store.relationsWithEvidence([leg]))[0].evidence.length;
    await page.goto(`${server.base}/?edge=${encodeURIComponent(leg)}`);
    const legPanel = page.getByTestId('edge-panel');
    await legPanel.locator('.panel-sub').filter({ hasText: `${quotes} quotes` }).waitFor({ timeout: 20_000 });
    await legPanel.getByTestId('open-edge-corrections').click();
    await legPanel.locator(`figure[data-start="${short.start}"]`).getByTestId('edge-reject-quote').click();
    await legPanel.locator('.panel-sub').filter({ hasText: `${quotes - 1} quote` }).waitFor();
    expect(await legPanel.locator(`figure[data-start="${short.start}"]`).count()).toBe(0);
    await legPanel.getByTestId('edge-correction-log').filter({ hasText: 'rejected a quote' }).waitFor();
    await screenshot(page, 'workbench-edge-quote-rejected');
    const [stored] = await server.app.store.relationsWithEvidence([leg]);
    expect(stored.evidence).toHaveLength(quotes - 1);
    expect(stored.evidence).toContainEqual({ article: articleId, start: at, end: at + SELECTION.length, quote: SELECTION });
    expect(stored.evidence.some((e) => e.start === short.start)).toBe(false);

    // The chain the corrections made, found by the path finder.
    await page.goto(`${server.base}/?from=shenzhen-skyline-electronics&to=kupol`);
    await page.getByTestId('chain-option').first().waitFor({ timeout: 20_000 });
    await expect(page.getByTestId('chains').textContent()).resolves.toMatch(/Altai Trade House/);
    await screenshot(page, 'workbench-chain');
    const corrected = await state(server.app);
    expect(corrected.relations.some((r) => r.startsWith('SHIPPED_TO:customs->'))).toBe(false);
    expect(corrected.entities.some((e) => e.startsWith('skyline-electronics '))).toBe(false);
    expect((await server.app.corrector.list()).map((c) => c.kind)).toEqual(['reject-relation', 'merge-entities', 'add-relation', 'add-relation', 'reject-evidence']);
    await first.context.close();

    // Restart on the same data directory, add the same three files again.
    await server.app.close();
    server = await start();
    expect(await state(server.app)).toEqual(corrected);
    const again = await openPage(browser, { allowConsoleErrors: /401/ });
    answerPrompts(again);
    expect((await addFiles(again.page, server.base)).results).toEqual([['motors.txt', 'already loaded'], ['middleman.html', 'already loaded'], ['sanctions.pdf', 'already loaded']]);
    expect(await state(server.app)).toEqual(corrected);
    await again.page.goto(`${server.base}/?from=shenzhen-skyline-electronics&to=kupol`);
    await again.page.getByTestId('chain-option').first().waitFor({ timeout: 20_000 });
    expect([...errors, ...again.errors]).toEqual([]);
    await again.context.close();
  }, 240_000);
});
