/**
 * `npm run bench:console`: serves the real app (built client, in-memory store with the seed articles) on loopback and
 * opens the Cypher console in headless Chromium, cold (fresh profile) and warm (cached), five times each. Prints the
 * median time to the page shell, to a usable editor and to the Cypher language support; target: editor ≤ 1.5 s cold.
 * Needs Debian's Chromium at /usr/bin/chromium and a built client (`npm run build`).
 */
import { chromium } from 'playwright-core';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { ingestArticles } from '../server/ingest.js';
import { readArticleFiles } from '../server/seed.js';
import { EmbeddedStore } from '../server/store/embedded-store.js';
import { measureConsoleOpen, type ConsoleOpenTimes } from '../tests/helpers/console-open.js';
import { recordTargets } from './results.js';

const RUNS = 5;
const TARGET_MS = 1500;

const config = loadConfig({ DATA_PATH: ':memory:', SEED_DIR: '', PORT: '0', HOST: '127.0.0.1' });
const store = new EmbeddedStore(':memory:');
await store.init();
await ingestArticles(store, readArticleFiles(['seeds']));
const app = await buildApp({ store, config });
await app.listen({ port: 0, host: '127.0.0.1' });
const addr = app.server.address();
const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });

const cold: ConsoleOpenTimes[] = [];
const warm: ConsoleOpenTimes[] = [];
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  cold.push(await measureConsoleOpen(page, base));
  warm.push(await measureConsoleOpen(page, base));
  await context.close();
}
await browser.close();
await app.close();
await store.close();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const row = (name: string, ts: ConsoleOpenTimes[]) =>
  `${name.padEnd(6)} shell ${String(median(ts.map((t) => t.shellMs))).padStart(5)} ms   editor ${String(median(ts.map((t) => t.editorMs))).padStart(5)} ms   ` +
  `Cypher support ${String(median(ts.map((t) => t.languageMs))).padStart(5)} ms`;
console.log(`console open, median of ${RUNS} (1440×900, seed graph, loopback):`);
console.log(row('cold', cold));
console.log(row('warm', warm));
const editorCold = median(cold.map((t) => t.editorMs));
console.log(`script over the wire (cold): ${Math.round(median(cold.map((t) => t.scriptBytes)) / 1024)} KB, ` +
  `${Math.round(median(cold.map((t) => t.scriptBytesBeforeEditor)) / 1024)} KB before the editor appeared`);
console.log(`editor usable ≤ ${TARGET_MS} ms (cold): ${editorCold} ms  ${editorCold <= TARGET_MS ? 'PASS' : 'FAIL'}`);
recordTargets('console', [{
  what: 'console editor usable (cold cache)',
  measured: `${(editorCold / 1000).toFixed(2)} s (shell ${(median(cold.map((t) => t.shellMs)) / 1000).toFixed(2)} s, Cypher support ${(median(cold.map((t) => t.languageMs)) / 1000).toFixed(2)} s)`,
  target: `≤ ${(TARGET_MS / 1000).toFixed(1)} s`, pass: editorCold <= TARGET_MS,
}]);
