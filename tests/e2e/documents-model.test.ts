/**
 * The "Add documents" page with a model configured (EXTRACTOR=model): a file is read by the model, and its row shows
 * the requests and tokens that cost. The model is a chat-completions server on loopback answering recorded answers.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { hasChromium, openPage, screenshot, serveForBrowser } from '../helpers/browser.js';
import { startChatServer } from '../helpers/chat-server.js';
import { ARTICLE, good } from '../extract/model/recorded-answers.js';

const chat = await startChatServer(good);
afterAll(() => chat.close());

describe.skipIf(!hasChromium())('browser: adding a document read by a model', () => {
  const env = serveForBrowser({
    seed: false,
    config: {
      extractor: 'model',
      model: {
        baseUrl: chat.baseUrl, name: 'recorded-model', apiKey: 'test', timeoutMs: 5000, retries: 2, concurrency: 2, tokenBudget: 0,
        chunkChars: 6000, overlapChars: 600, structured: 'auto', cacheDir: '',
      },
    },
  });

  it('shows the model, its requests and its token counts in the file\'s row', async () => {
    const { context, page, errors } = await openPage(env.browser, { width: 1440, height: 900 });
    try {
      await page.goto(`${env.base}/?page=documents`);
      await page.getByTestId('doc-files').setInputFiles([{ name: 'skyhawk.txt', mimeType: 'text/plain', buffer: Buffer.from(ARTICLE) }]);
      const figures = page.getByTestId('doc-model');
      await figures.waitFor({ state: 'visible', timeout: 30_000 });
      const text = await figures.innerText();
      expect(text).toMatch(/read by recorded-model \(model\): \d+ requests?/);
      expect(text).toMatch(/[\d,]+ tokens \([\d,]+ prompt, [\d,]+ completion\)/);
      expect(text).toMatch(/dropped for want of a quote/);
      expect(chat.requests.length).toBeGreaterThan(0);
      await screenshot(page, 'documents-model');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
