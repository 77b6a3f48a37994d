/** Headless Chromium for browser tests: Debian's /usr/bin/chromium driven by playwright-core. */
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { App } from '../../server/app.js';
import type { Config } from '../../server/config.js';
import type { Extraction } from '../../server/domain/types.js';
import type { GraphStore } from '../../server/store/graph-store.js';
import { listenOnLoopback, makeTestApp } from './app.js';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.resolve('test-results');

/** Whether a Chromium binary is present; suites skip with a visible reason when it is not. */
export function hasChromium(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** Launches headless Chromium with flags that keep it quiet and offline apart from the app under test. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

export interface TestPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and console errors seen so far. */
  errors: string[];
}

/**
 * A page in a fresh context (fresh profile) that records page errors and exposes test hooks (`window.__cy`).
 * `allowConsoleErrors` matches console errors a test provokes on purpose (e.g. a failed request).
 */
export async function openPage(
  browser: Browser,
  opts: { width?: number; height?: number; allowConsoleErrors?: RegExp } = {},
): Promise<TestPage> {
  const context = await browser.newContext({ viewport: { width: opts.width ?? 1280, height: opts.height ?? 800 } });
  await context.addInitScript(() => {
    (window as unknown as { __SUPPLY_GRAPH_TEST_HOOKS__: boolean }).__SUPPLY_GRAPH_TEST_HOOKS__ = true;
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    if (opts.allowConsoleErrors?.test(text)) return;
    errors.push(`console: ${text}`);
  });
  return { context, page, errors };
}

/** Saves a full-page screenshot as test-results/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

const run = promisify(execFile);
const CLIENT_INPUTS = ['client', 'server/domain'];
const CLIENT_INDEX = path.resolve('dist/client/index.html');
const BUILD_LOCK = path.resolve('dist/.client-build.lock');

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, (await stat(path.join(entry.parentPath, entry.name))).mtimeMs);
  }
  return newest;
}

/**
 * Makes sure dist/client holds a build of the current client sources (`npm test` builds first; a lone
 * `vitest run tests/e2e` may not have). A lock directory keeps parallel test files from building at once.
 */
export async function ensureClientBuilt(): Promise<void> {
  const deadline = Date.now() + 120_000;
  await mkdir(path.dirname(BUILD_LOCK), { recursive: true });
  for (;;) {
    try {
      await mkdir(BUILD_LOCK);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const age = Date.now() - (await stat(BUILD_LOCK).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
      if (age > 120_000) await rm(BUILD_LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error('timed out waiting for another client build', { cause: err });
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    const built = existsSync(CLIENT_INDEX) ? (await stat(CLIENT_INDEX)).mtimeMs : 0;
    const sources = Math.max(...(await Promise.all(CLIENT_INPUTS.map((d) => newestMtime(path.resolve(d))))));
    if (built >= sources) return;
    // A child process with NODE_ENV=production: vitest sets NODE_ENV=test, which would give a development
    // build of React (StrictMode double effects), not what `npm run build` ships.
    await run(process.execPath, [path.resolve('node_modules/vite/bin/vite.js'), 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'], {
      env: { ...process.env, NODE_ENV: 'production' },
    });
  } finally {
    await rm(BUILD_LOCK, { recursive: true, force: true });
  }
}

/** What a browser suite works against: Chromium, and the real app serving the built client on loopback. */
export interface BrowserApp {
  browser: Browser;
  app: App;
  store: GraphStore;
  /** `http://127.0.0.1:<port>` */
  base: string;
}

/**
 * Registers the suite's beforeAll/afterAll: builds the client if stale, serves a test app (seeded or empty, with an
 * optional extra batch) on loopback and launches Chromium; closes both afterwards. The fields are set in beforeAll.
 */
export function serveForBrowser(opts: { seed: boolean; load?: Extraction; config?: Partial<Config> }): BrowserApp {
  const env = {} as BrowserApp;
  beforeAll(async () => {
    await ensureClientBuilt();
    const made = await makeTestApp({ seed: opts.seed, config: opts.config });
    env.app = made.app;
    env.store = made.store;
    if (opts.load) await made.store.loadBatch(opts.load);
    env.base = await listenOnLoopback(made.app);
    env.browser = await launchBrowser();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.app?.close();
  });
  return env;
}
