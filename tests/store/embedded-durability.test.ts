/** The embedded store on disk: what a process loaded and closed is there for the next process, even if it exits at once. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../server/store/embedded-store.js';

const dir = mkdtempSync(join(tmpdir(), 'durability-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('embedded store on disk', () => {
  it('keeps the seeds loaded by a process that exits right after closing', async () => {
    const db = join(dir, 'graph.lbug');
    const script = join(dir, 'writer.mts');
    writeFileSync(script, `
      import { EmbeddedStore } from ${JSON.stringify(resolve('server/store/embedded-store.ts'))};
      import { ingestArticles } from ${JSON.stringify(resolve('server/ingest.ts'))};
      import { readArticleFiles } from ${JSON.stringify(resolve('server/seed.ts'))};
      const s = new EmbeddedStore(${JSON.stringify(db)});
      await s.init();
      await ingestArticles(s, readArticleFiles([${JSON.stringify(resolve('seeds'))}]));
      console.log(JSON.stringify(await s.counts()));
      await s.close();
      process.exit(0);
    `);
    const written = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', timeout: 60_000 }));
    expect(written.articles).toBe(5);
    const store = new EmbeddedStore(db);
    await store.init();
    expect(await store.counts()).toEqual(written);
    await store.close();
  });
});
