/**
 * `npm run bench:overview`: how long the Explorer takes to lay out and draw a generated overview in headless
 * Chromium, at 2,000 entities / 4,000 relations (target ≤ 3 s) and 5,000 / 10,000 (target ≤ 6 s). The graph is served
 * in place of /api/graph, so the figure is the client's own: from the answer's arrival to the first frame after the
 * layout settled. Main-thread busy time over the whole load (CDP TaskDuration) is printed beside it, and the force
 * layout's own time in its worker (client/src/graph/worker-layout.ts), which that busy time does not count.
 */
import { overviewGraph } from './overview-graph.js';
import { ensureClientBuilt, launchBrowser } from '../tests/helpers/browser.js';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { EmbeddedStore } from '../server/store/embedded-store.js';
import { listenOnLoopback } from '../tests/helpers/app.js';
import { recordTargets } from './results.js';
import { WORKER_LAYOUT_MEASURE } from '../client/src/graph/worker-layout.js';

const SIZES = [
  { nodes: 2000, edges: 4000, targetMs: 3000 },
  { nodes: 5000, edges: 10_000, targetMs: 6000 },
];

await ensureClientBuilt();
// An empty store: the graph itself is served in place of /api/graph below.
const store = new EmbeddedStore(':memory:');
await store.init();
const app = await buildApp({ store, config: loadConfig({ DATA_PATH: ':memory:', SEED_DIR: '', GRAPH_LIMIT: '10000' }) });
const base = await listenOnLoopback(app);
const browser = await launchBrowser();
const results: { what: string; ms: number; cpuMs: number; workerMs: number | undefined; targetMs: number }[] = [];
try {
  for (const size of SIZES) {
    const body = JSON.stringify(overviewGraph(size.nodes, size.edges));
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(() => {
      (window as unknown as { __SUPPLY_GRAPH_TEST_HOOKS__: boolean }).__SUPPLY_GRAPH_TEST_HOOKS__ = true;
      const perf: { response?: number; drawn?: number } = {};
      (window as unknown as { __perf: typeof perf }).__perf = perf;
      const fetch0 = window.fetch.bind(window);
      window.fetch = async (...args: Parameters<typeof fetch>) => {
        const res = await fetch0(...args);
        if (String(args[0]).startsWith('/api/graph')) perf.response = performance.now();
        return res;
      };
      new MutationObserver(() => {
        const c = document.querySelector('[data-testid=graph-canvas]');
        if (perf.drawn !== undefined || !c || c.getAttribute('data-layout') !== 'idle' || c.getAttribute('data-layout-runs') === '0') return;
        requestAnimationFrame(() => requestAnimationFrame(() => (perf.drawn ??= performance.now())));
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-layout', 'data-layout-runs'] });
    });
    const page = await context.newPage();
    await page.route('**/api/graph*', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(base + '/');
    await page.waitForFunction(() => (window as unknown as { __perf: { drawn?: number } }).__perf.drawn !== undefined, undefined, { timeout: 120_000 });
    const { metrics } = await cdp.send('Performance.getMetrics');
    const cpuMs = 1000 * (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN);
    const perf = await page.evaluate(() => (window as unknown as { __perf: { response: number; drawn: number } }).__perf);
    const drawn = await page.evaluate(() => window.__cy!.edges().length);
    const workerMs = await page.evaluate((name) => {
      const m = performance.getEntriesByName(name)[0] as PerformanceMeasure | undefined;
      return (m?.detail as { workerMs?: number } | undefined)?.workerMs;
    }, WORKER_LAYOUT_MEASURE);
    if (drawn !== size.edges) throw new Error(`drew ${drawn} of ${size.edges} relations`);
    results.push({ what: `overview ${size.nodes}/${size.edges}`, ms: perf.drawn - perf.response, cpuMs, workerMs, targetMs: size.targetMs });
    await context.close();
  }
} finally {
  await browser.close();
  await app.close();
  await store.close();
}
recordTargets('overview', results.map((r) => ({
  what: r.what,
  measured: `drawn ${Math.round(r.ms).toLocaleString('en')} ms after the answer (main thread busy ${Math.round(r.cpuMs).toLocaleString('en')} ms` +
    (r.workerMs === undefined ? ', layout on the page)' : `, layout worker ${Math.round(r.workerMs).toLocaleString('en')} ms)`),
  target: `≤ ${r.targetMs.toLocaleString('en')} ms`,
  pass: r.ms <= r.targetMs,
})));
