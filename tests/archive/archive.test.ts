/** The archive on disk: batches appear whole or not at all, and the store is rebuilt, healed and replaced from it. */
import { spawnSync } from 'node:child_process';
import {
  appendFileSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync, writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Archive } from '../../server/archive/archive.js';
import { writeFileAtomic } from '../../server/archive/durable.js';
import { openArchivedStore, rebuildStore } from '../../server/archive/startup.js';
import { loadConfig, type Config } from '../../server/config.js';
import { StoreError } from '../../server/domain/errors.js';
import { ingestArticles, inlineExtractor, Ingestor } from '../../server/ingest.js';
import { readArticleFiles } from '../../server/seed.js';
import { EmbeddedStore } from '../../server/store/embedded-store.js';
import type { GraphStore } from '../../server/store/graph-store.js';
import { SEED_DIR } from '../helpers/app.js';

const root = mkdtempSync(join(tmpdir(), 'archive-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const fresh = (): Config => loadConfig({ DATA_PATH: join(root, `d${++n}`, 'graph.lbug'), SEED_DIR: '' });
const quiet = () => ({ extractor: inlineExtractor, log: () => {}, warn: () => {} });

/** What a graph holds, to compare two stores: counts and every relation with its evidence. */
async function shape(store: GraphStore) {
  const rels = await store.relationsFromRange('', '\uffff');
  return { counts: await store.counts(), relations: rels.map((r) => `${r.id} ${r.sources} ${JSON.stringify(r.evidence)}`).sort() };
}

async function seeded(config: Config) {
  const opened = await openArchivedStore(config, quiet());
  await new Ingestor(opened.store, opened.archive).ingest(readArticleFiles([SEED_DIR]), { origin: 'seeds', reload: false });
  return opened;
}

describe('archive files', () => {
  it('publishes a batch whole: a half-written batch left by a crash is removed at open and never counted', async () => {
    const dir = join(root, 'files');
    const a = await Archive.open(dir);
    const b = await a.commit([{ id: 'x.txt', text: 'Acme shipped drones to Russia.' }], 'cli');
    await a.close();
    // A writer killed before its rename leaves only a temporary directory.
    const tmp = join(dir, 'batches', 'tmp-00000002-0123456789abcdef');
    mkdirSync(tmp);
    writeFileSync(join(tmp, '000000.json'), '{"id": "y.txt", "te');
    const again = await Archive.open(dir);
    expect(again.batches().map((x) => x.manifest.batch)).toEqual([b.manifest.batch]);
    expect(existsSync(tmp)).toBe(false);
    expect(again.holds({ id: 'x.txt', text: 'Acme shipped drones to Russia.' })).toBe(true);
    expect(again.holds({ id: 'x.txt', text: 'changed' })).toBe(false);
    expect((await again.readDocs(again.batches()[0]))[0].text).toBe('Acme shipped drones to Russia.');
    // The next batch number follows the last one published.
    expect((await again.commit([{ id: 'y.txt', text: 'Beta sold parts.' }], 'api')).manifest.seq).toBe(2);
    await again.close();
  });

  it('keeps original bytes only when they are not the text itself, and writes files atomically', async () => {
    const dir = join(root, 'bytes');
    const a = await Archive.open(dir);
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Kupol \u2014 ok')]);
    const b = await a.commit([
      { id: 'bom.txt', text: 'Kupol \u2014 ok', original: bom },
      { id: 'plain.txt', text: 'plain', original: Buffer.from('plain') },
    ], 'cli');
    const [withBom, plain] = await a.readDocs(b);
    expect(Buffer.from(withBom.original!.base64, 'base64').equals(bom)).toBe(true);
    expect(plain.original).toBeUndefined();
    await writeFileAtomic(join(dir, 'f.json'), 'one');
    await writeFileAtomic(join(dir, 'f.json'), 'two');
    expect(readdirSync(dir).filter((f) => f.includes('f.json'))).toEqual(['f.json']);
    await a.close();
  });

  it('has one writer: a live process holding the lock keeps a second one out; a dead one does not', async () => {
    const dir = join(root, 'lock');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'LOCK'), String(process.ppid));
    await expect(Archive.open(dir)).rejects.toSatisfy((e) => e instanceof StoreError && e.code === 'archive_locked');
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(join(dir, 'LOCK'), String(dead));
    await (await Archive.open(dir)).close();
  });

  it('the correction log is append-only and survives a torn last line', async () => {
    const a = await Archive.open(join(root, 'corrections'));
    const c = (id: string) => ({ id, at: new Date(0).toISOString(), kind: 'delete-entity' as const, target: 'a', data: {} });
    await a.corrections.append(c('c1'));
    await a.corrections.append(c('c2'));
    appendFileSync(a.corrections.path, '{"id": "c3", "at"');
    expect((await a.corrections.all()).map((x) => x.id)).toEqual(['c1', 'c2']);
    await a.close();
  });
});

describe('the store as a projection of the archive', () => {
  it('npm run rebuild gives the same graph, and keeps the previous store aside', async () => {
    const config = fresh();
    const { store, archive } = await seeded(config);
    const before = await shape(store);
    expect(before.counts.articles).toBe(5);
    await store.close();
    await archive!.close();
    const progress: string[] = [];
    const out = await rebuildStore(config, { ...quiet(), onProgress: (p) => progress.push(`${p.stage} ${p.done}/${p.total}`) });
    expect(out.articles).toBe(5);
    expect(progress).toContain('load 5/5');
    expect(existsSync(out.aside!)).toBe(true);
    const rebuilt = new EmbeddedStore(config.dataPath);
    await rebuilt.init();
    expect(await shape(rebuilt)).toEqual(before);
    await rebuilt.close();
  });

  it('a store that will not open is moved aside, said so, and rebuilt from the archive', async () => {
    const config = fresh();
    const { store, archive } = await seeded(config);
    const before = await shape(store);
    await store.close();
    await archive!.close();
    // A damaged header: the engine says the file is not a database.
    const fd = openSync(config.dataPath, 'r+');
    writeSync(fd, Buffer.alloc(4096, 7), 0, 4096, 0);
    closeSync(fd);
    const warnings: string[] = [];
    const again = await openArchivedStore(config, { ...quiet(), warn: (m) => warnings.push(m) });
    expect(warnings.join('\n')).toMatch(/would not open .* moved to .*aside/);
    const aside = join(config.dataPath, '..', 'aside');
    expect(readdirSync(join(aside, readdirSync(aside)[0]))).toContain('graph.lbug');
    expect(await shape(again.store)).toEqual(before);
    await again.store.close();
    await again.archive!.close();
  });

  it('a write-ahead log that will not replay is dropped, said so; the archive gives back what it held', async () => {
    const config = fresh();
    const seeds = readArticleFiles([SEED_DIR]);
    // The database file as it was checkpointed before the last article: what a killed run leaves when its log (which
    // held that article) will not replay.
    const first = await openArchivedStore(config, quiet());
    await new Ingestor(first.store, first.archive).ingest(seeds.slice(0, -1), { origin: 'seeds', reload: false });
    await first.store.close();
    const checkpointed = readFileSync(config.dataPath);
    await first.store.init();
    await new Ingestor(first.store, first.archive).ingest(seeds.slice(-1), { origin: 'seeds', reload: false });
    const before = await shape(first.store);
    await first.store.close();
    await first.archive!.close();
    writeFileSync(config.dataPath, checkpointed);
    writeFileSync(`${config.dataPath}.wal`, Buffer.alloc(8192, 7));
    const warnings: string[] = [];
    const again = await openArchivedStore(config, { ...quiet(), warn: (m) => warnings.push(m) });
    expect(warnings.join('\n')).toMatch(/log an interrupted run left .* could not be replayed .*last checkpoint/);
    expect(warnings.join('\n')).not.toMatch(/moved to/);
    expect(await shape(again.store)).toEqual(before);
    expect(before.counts.articles).toBe(seeds.length);
    await again.store.close();
    await again.archive!.close();
  });

  it('at start, projects what the archive holds and the store lacks (a kill between the two writes), and saved views', async () => {
    const config = fresh();
    const { store, archive } = await seeded(config);
    const text = 'Acme Drones Ltd, a Chinese manufacturer, shipped drone motors to Kupol JSC in Russia in 2023, customs records show.';
    // The archive write of a request, and no store write: what a process killed in between leaves behind.
    await archive!.commit([{ id: 'late.txt', text }], 'api');
    await archive!.saveSnapshot({ id: 'snap-healed-1', createdAt: new Date(0).toISOString(), view: '{"title":"x"}' });
    await store.close();
    await archive!.close();
    const logs: string[] = [];
    const again = await openArchivedStore(config, { ...quiet(), log: (m) => logs.push(m) });
    expect(logs.join('\n')).toContain('projected 1 archived articles');
    expect((await again.store.getArticle('late.txt'))?.text).toBe(text);
    expect((await again.store.relationsFromRange('', '\uffff')).some((r) => r.evidence.some((e) => e.article === 'late.txt'))).toBe(true);
    expect((await again.store.getSnapshot('snap-healed-1'))?.view).toBe('{"title":"x"}');
    await again.store.close();
    await again.archive!.close();
  });

  it('an archived article that cannot be projected is reported, kept, and does not keep the others out', async () => {
    const config = fresh();
    const archive = await Archive.open(config.archiveDir);
    await archive.commit([{ id: 'bad.txt', text: 'Acme shipped drone parts to Kupol in Russia, the records show.' }], 'api');
    await archive.commit([{ id: 'good.txt', text: 'Beta Trading shipped servo motors to Vektor in Russia, the records show.' }], 'api');
    await archive.close();
    const warnings: string[] = [];
    const failing = { analyse: (d: { id: string; text: string }) => (d.id === 'bad.txt' ? Promise.reject(new Error('extraction bug')) : inlineExtractor.analyse(d)) };
    const opened = await openArchivedStore(config, { extractor: failing, log: () => {}, warn: (m) => warnings.push(m) });
    expect(warnings.join('\n')).toMatch(/could not project archived batch .*extraction bug/);
    expect(await opened.store.articleIds()).toEqual(['good.txt']);
    expect(opened.archive!.articleCount).toBe(2);
    await opened.store.close();
    await opened.archive!.close();
  });

  it('what the store holds and the archive does not (a store from before the archive) is copied into it, once', async () => {
    const config = fresh();
    const store = new EmbeddedStore(config.dataPath);
    await store.init();
    await ingestArticles(store, readArticleFiles([SEED_DIR]));
    await store.close();
    const logs: string[] = [];
    const opened = await openArchivedStore(config, { ...quiet(), log: (m) => logs.push(m) });
    expect(logs.join('\n')).toContain("copied the store's 5 articles the archive did not hold");
    expect(opened.archive!.articleCount).toBe(5);
    await opened.store.close();
    await opened.archive!.close();
    const again = await openArchivedStore(config, { ...quiet(), log: (m) => logs.push(m) });
    expect(again.archive!.batches()).toHaveLength(1);
    await again.store.close();
    await again.archive!.close();
  });
});
