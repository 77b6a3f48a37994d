/** Adding documents: text read from .txt, .html (main content only), .pdf and .docx, then loaded; refusals with reasons. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocument } from '../../server/documents/read-document.js';
import { readDocumentFiles } from '../../server/seed.js';
import { makeTestApp } from '../helpers/app.js';
import { makeDocx, makePdf } from '../helpers/make-documents.js';

const SENTENCE = 'Shenzhen Skyline Electronics shipped drone motors to Altai Trade House in 2023.';
const PAGE = `<!doctype html><html><head><title>Motors | Test Wire</title><script>var tracking = "Evil Corp shipped nothing";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World news menu</a></nav>
<article><h1>Motors through Kazakhstan</h1>
<p>${SENTENCE}</p>
<p>Altai Trade House sold the drone motors to Kupol, the Russian drone maker, according to shipping data reviewed by reporters over several months.</p>
<p>Neither company answered questions sent by email. Trade data show the shipments continued into the following year, with at least four more consignments.</p>
</article><footer>Subscribe to our newsletter. Cookie settings. Advertisement.</footer></body></html>`;

describe('reading documents', () => {
  it('takes the main content of a web page, not its menus, scripts or footer', async () => {
    const doc = await readDocument('page.html', Buffer.from(PAGE));
    expect(doc.text).toContain(SENTENCE);
    expect(doc.text).toContain('Kupol, the Russian drone maker');
    expect(doc.text).not.toMatch(/Evil Corp|newsletter|World news menu/);
    expect(doc.title).toMatch(/Motors/);
  });

  it('reads the text of a PDF and of a Word file', async () => {
    const pdf = await readDocument('scan.pdf', makePdf([SENTENCE, 'Second line of the report.'], 'Customs report'));
    expect(pdf.text).toContain(SENTENCE);
    expect(pdf.title).toBe('Customs report');
    const docx = await readDocument('memo.docx', makeDocx([SENTENCE, 'Another paragraph.']));
    expect(docx.text).toBe(`${SENTENCE}\n\nAnother paragraph.`);
  });

  it('refuses what it cannot read, with the reason', async () => {
    await expect(readDocument('x.exe', Buffer.from('MZ'))).rejects.toMatchObject({ status: 415 });
    await expect(readDocument('x.pdf', Buffer.from('not a pdf at all'))).rejects.toMatchObject({ status: 422, message: /PDF/ });
    await expect(readDocument('x.docx', Buffer.from('not a zip'))).rejects.toMatchObject({ status: 422 });
    await expect(readDocument('blank.txt', Buffer.from('   \n'))).rejects.toMatchObject({ status: 422, message: /no text/ });
  });
});

describe('npm run load reads documents the same way', () => {
  it('takes .txt as it is and reads .html, .pdf and .docx in a folder for their text, keeping the file name as id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'docs-'));
    try {
      writeFileSync(join(dir, 'a.txt'), `${SENTENCE}\n`);
      writeFileSync(join(dir, 'b.html'), PAGE);
      writeFileSync(join(dir, 'c.pdf'), makePdf([SENTENCE], 'PDF title'));
      writeFileSync(join(dir, 'd.docx'), makeDocx([SENTENCE]));
      writeFileSync(join(dir, 'ignored.png'), 'x');
      const inputs = await readDocumentFiles([dir]);
      expect(inputs.map((i) => i.id)).toEqual(['a.txt', 'b.html', 'c.pdf', 'd.docx']);
      expect(inputs[0].text).toBe(`${SENTENCE}\n`);
      for (const i of inputs.slice(1)) expect(i.text).toContain(SENTENCE);
      expect(inputs[1].text).not.toContain('newsletter');
      expect(inputs[2].title).toBe('PDF title');
      expect(inputs[2].original?.length).toBeGreaterThan(100);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('POST /api/documents', () => {
  let app: App;
  beforeAll(async () => {
    ({ app } = await makeTestApp());
  });
  afterAll(async () => app.close());

  const send = (name: string, body: Buffer, query = '') => app.inject({
    method: 'POST', url: `/api/documents?name=${encodeURIComponent(name)}${query}`, payload: body,
    headers: { 'content-type': 'application/octet-stream' },
  });

  it('loads a PDF made here, lists what it added, and says "already loaded" the second time with no count changed', async () => {
    const pdf = makePdf([SENTENCE]);
    const first = await send('report.pdf', pdf, '&source=Test%20Wire&publishedAt=2024-03-01');
    expect(first.statusCode, first.body).toBe(201);
    const out = first.json();
    expect(out).toMatchObject({ file: 'report.pdf', status: 'new', article: { title: 'Test document', source: 'Test Wire', publishedAt: '2024-03-01' } });
    expect(out.entities.map((e: { id: string }) => e.id)).toEqual(expect.arrayContaining(['shenzhen-skyline-electronics', 'altai-trade-house']));
    expect(out.relations.map((r: { id: string }) => r.id)).toContain('SHIPPED_TO:shenzhen-skyline-electronics->altai-trade-house');
    const counts = await app.store.counts();
    const again = await send('report.pdf', pdf);
    expect(again.statusCode).toBe(200);
    expect(again.json().status).toBe('already loaded');
    expect(await app.store.counts()).toEqual(counts);
  });

  it('refuses an unreadable file with 4xx and the reason, and adds nothing', async () => {
    const counts = await app.store.counts();
    const res = await send('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({ error: 'unsupported_document', message: expect.stringContaining('.pdf') });
    expect((await send('broken.pdf', Buffer.from('%PDF-1.4 garbage'))).statusCode).toBe(422);
    expect((await app.inject({ method: 'POST', url: '/api/documents', payload: Buffer.from('x'), headers: { 'content-type': 'application/octet-stream' } })).statusCode).toBe(400);
    expect(await app.store.counts()).toEqual(counts);
  });
});
