/** Opens the console in a browser page and times it, for the console browser test and `npm run bench:console`. */
import type { Page } from 'playwright-core';

export interface ConsoleOpenTimes {
  /** Navigation start to the first paint (the page shell in index.html). */
  shellMs: number;
  /** Navigation start to the editor taking a typed character. */
  editorMs: number;
  /** Navigation start to the first Cypher colour from the language worker. */
  languageMs: number;
  /** Script bytes over the wire: in all, and fetched before the editor appeared. */
  scriptBytes: number;
  scriptBytesBeforeEditor: number;
  /** Assets over 1 KB served without compression, and hashed assets without an immutable cache policy. */
  uncompressed: string[];
  notImmutable: string[];
}

export async function measureConsoleOpen(page: Page, base: string): Promise<ConsoleOpenTimes> {
  const uncompressed: string[] = [];
  const notImmutable: string[] = [];
  const onResponse = async (r: import('playwright-core').Response) => {
    const url = new URL(r.url());
    if (!url.pathname.startsWith('/assets/') || r.status() !== 200) return;
    const h = await r.allHeaders();
    if (!/immutable/.test(h['cache-control'] ?? '')) notImmutable.push(url.pathname);
    if (!h['content-encoding'] && Number(h['content-length'] ?? 0) > 1024) uncompressed.push(url.pathname);
  };
  page.on('response', onResponse);
  try {
    await page.goto(`${base}/?page=console`, { waitUntil: 'commit' });
    const editor = page.getByTestId('cypher-input');
    // When the editor first appears (polled every animation frame): scripts fetched after it did not hold it up.
    const seenMs = await (await page.waitForFunction(() => (document.querySelector('[data-testid=cypher-input]') ? performance.now() : 0),
      undefined, { polling: 'raf', timeout: 30_000 })).jsonValue() as number;
    await editor.click();
    await page.keyboard.type('X');
    await page.waitForFunction(() => document.querySelector('[data-testid=cypher-input]')?.textContent?.includes('X'));
    const editorMs = await page.evaluate(() => performance.now());
    await page.locator('.cm-cypher-keyword, .cm-cypher-variable').first().waitFor({ timeout: 30_000 });
    const languageMs = await page.evaluate(() => performance.now());
    const res = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? performance.getEntriesByName('first-paint')[0]?.startTime ?? NaN,
      scripts: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => /\.js(\?|$)/.test(e.name))
        .map((e) => ({ bytes: e.transferSize || e.encodedBodySize, start: e.startTime })),
    }));
    return {
      shellMs: Math.round(res.paint),
      editorMs: Math.round(editorMs),
      languageMs: Math.round(languageMs),
      scriptBytes: res.scripts.reduce((a, s) => a + s.bytes, 0),
      // Fetches started in the frame the editor appeared in came from mounting it (the language worker).
      scriptBytesBeforeEditor: res.scripts.filter((s) => s.start < seenMs - 50).reduce((a, s) => a + s.bytes, 0),
      uncompressed,
      notImmutable,
    };
  } finally {
    page.off('response', onResponse);
  }
}
