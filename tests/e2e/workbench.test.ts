/**
 * The investigator's workbench in a real browser (issue 11's check): add three files (text, HTML and a PDF made here)
 * on the "Add documents" page, giving the write token once when asked, and watch each file's result; merge two
 * entities and reject a wrong relation from the entity panel; add a relation by selecting its words in the article
 * view; find the corrected chain with the path finder; restart the server on the same data directory and add the same
 * files again: every correction holds and no count changes.
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
import { ensureClientBuilt, hasChromium, launchBrowser, openPage, screenshot } from '../helpers/browser.js';
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

async function addFiles(page: Page, base: string) {
  await page.goto(`${base}/?page=documents`);
  await page.getByTestId('doc-files').setInputFiles(FILES);
  await page.getByTestId('doc-progress').filter({ hasText: '3 of 3 done' }).waitFor({ timeout: 60_000 });
  return page.$$eval('[data-testid=doc-results] li', (lis) => lis.map((li) => [li.getAttribute('data-file'), li.getAttribute('data-state')]));
}

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
    const { page, errors } = await openPage(browser, { allowConsoleErrors: /401/ });
    let asked = 0;
    page.on('dialog', (d) => {
      if (d.type() === 'prompt') asked++;
      void d.accept(d.type() === 'prompt' ? TOKEN : undefined);
    });
    expect(await addFiles(page, server.base)).toEqual([['motors.txt', 'new'], ['middleman.html', 'new'], ['sanctions.pdf', 'new']]);
    expect(asked).toBe(1);
    // The results link into the graph: the middleman found in the HTML file.
    await expect(page.locator('[data-file="middleman.html"] a[data-entity="kupol"]').count()).resolves.toBe(1);
    const articleId = new URL(await page.locator('[data-file="motors.txt"] a').first().getAttribute('href') ?? '', server.base).searchParams.get('article')!;
    await screenshot(page, 'workbench-documents');

    // Reject the extractor's "Customs shipped …" from Customs' panel.
    await page.goto(`${server.base}/?sel=customs`);
    await page.getByTestId('open-corrections').click();
    await page.getByTestId('reject-SHIPPED_TO:customs->altai-trade-house').click();
    await page.getByTestId('correction-log').filter({ hasText: 'rejected a relation' }).waitFor();

    // Merge "Skyline Electronics Co." into Shenzhen Skyline Electronics.
    await page.goto(`${server.base}/?sel=shenzhen-skyline-electronics`);
    await page.getByTestId('open-corrections').click();
    await page.getByTestId('merge-search').fill('Skyline Electronics');
    await page.getByTestId('merge-skyline-electronics').click();
    await page.getByTestId('correction-log').filter({ hasText: 'merged "skyline-electronics"' }).waitFor();

    // Add the real supply leg by selecting its words in the article view.
    await page.goto(`${server.base}/?article=${encodeURIComponent(articleId)}`);
    await page.getByTestId('article-text').waitFor();
    const at = a1.text.indexOf(SELECTION);
    await selectInArticle(page, at, at + SELECTION.length);
    await page.getByTestId('sel-source').selectOption('shenzhen-skyline-electronics');
    await page.getByTestId('sel-type').selectOption('SHIPPED_TO');
    await page.getByTestId('sel-target').selectOption('altai-trade-house');
    await page.getByTestId('sel-add').click();
    await page.getByText('Added SHIPPED_TO:shenzhen-skyline-electronics->altai-trade-house', { exact: true }).waitFor();
    // Shown where it applies: under the article's text.
    await page.getByTestId('article-corrections').filter({ hasText: SELECTION }).waitFor();
    const [leg] = await server.app.store.relationsWithEvidence(['SHIPPED_TO:shenzhen-skyline-electronics->altai-trade-house']);
    expect(leg.evidence).toContainEqual({ article: articleId, start: at, end: at + SELECTION.length, quote: SELECTION });

    // The chain the corrections made, found by the path finder.
    await page.goto(`${server.base}/?from=shenzhen-skyline-electronics&to=kupol`);
    await page.getByTestId('chain-option').first().waitFor({ timeout: 20_000 });
    await expect(page.getByTestId('chains').textContent()).resolves.toMatch(/Altai Trade House/);
    await screenshot(page, 'workbench-chain');
    const corrected = await state(server.app);
    expect(corrected.relations.some((r) => r.startsWith('SHIPPED_TO:customs->'))).toBe(false);
    expect(corrected.entities.some((e) => e.startsWith('skyline-electronics '))).toBe(false);
    expect((await server.app.corrector.list()).map((c) => c.kind)).toEqual(['reject-relation', 'merge-entities', 'add-relation']);
    await page.context().close();

    // Restart on the same data directory, add the same three files again.
    await server.app.close();
    server = await start();
    expect(await state(server.app)).toEqual(corrected);
    const again = await openPage(browser, { allowConsoleErrors: /401/ });
    again.page.on('dialog', (d) => void d.accept(d.type() === 'prompt' ? TOKEN : undefined));
    expect(await addFiles(again.page, server.base)).toEqual([['motors.txt', 'already loaded'], ['middleman.html', 'already loaded'], ['sanctions.pdf', 'already loaded']]);
    expect(await state(server.app)).toEqual(corrected);
    await again.page.goto(`${server.base}/?from=shenzhen-skyline-electronics&to=kupol`);
    await again.page.getByTestId('chain-option').first().waitFor({ timeout: 20_000 });
    expect([...errors, ...again.errors]).toEqual([]);
    await again.context.close();
  }, 240_000);
});
