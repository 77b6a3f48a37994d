/**
 * The investigator's journey through the API (issue 11): add three articles, fix what the extractor got wrong (merge,
 * rename the kind, reject, delete, add a relation from a selection), then restart on the same data directory, load the
 * same articles again and rebuild the store from the archive: every correction holds and no count changes. Also the
 * corrections' 4xx answers and the correction log in the exports.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../server/app.js';
import { loadConfig, type Config } from '../../server/config.js';
import { Archive } from '../../server/archive/archive.js';
import { openArchivedStore, rebuildStore } from '../../server/archive/startup.js';
import { Ingestor, inlineExtractor } from '../../server/ingest.js';
import { withReadCache } from '../../server/store/read-cache.js';
import { SELECTION, WORKBENCH_ARTICLES } from '../helpers/workbench-fixture.js';

const root = mkdtempSync(join(tmpdir(), 'workbench-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const quiet = { extractor: inlineExtractor, log: () => {}, warn: () => {} };
const config: Config = { ...loadConfig({ DATA_PATH: join(root, 'graph.lbug'), SEED_DIR: '', CLIENT_DIR: join(root, 'none') }) };

/** The app as main.ts builds it: archive, healed store behind the read cache, ingestor. */
async function start(): Promise<App> {
  const { store: raw, archive } = await openArchivedStore(config, quiet);
  const store = withReadCache(raw, { ttlMs: Infinity });
  const app = await buildApp({ store, config, ingestor: new Ingestor(store, archive) });
  app.addHook('onClose', async () => {
    await raw.close();
    await archive?.close();
  });
  return app;
}

/** Everything a person would notice: counts, every relation with its evidence, every entity's name, kind and aliases. */
async function shape(app: App) {
  const rels = await app.store.relationsFromRange('', '\uffff');
  const ents = await app.store.entityPage('', 10_000);
  return {
    counts: await app.store.counts(),
    relations: rels.map((r) => `${r.id} ${JSON.stringify(r.props)} ${JSON.stringify(r.evidence)}`).sort(),
    entities: ents.map((e) => `${e.id} ${e.name} ${e.kind} ${[...e.aliases].sort().join('|')} ${e.country ?? ''}`).sort(),
  };
}

describe('corrections through the API, kept across restart, re-load and rebuild', () => {
  let app: App;
  const post = (url: string, payload: object) => app.inject({ method: 'POST', url, payload });
  const correct = (payload: object) => post('/api/corrections', payload);
  const articleIds: string[] = [];
  let before: Awaited<ReturnType<typeof shape>>;

  it('loads the three articles; the extractor makes the mistakes the issue describes', async () => {
    app = await start();
    for (const a of WORKBENCH_ARTICLES) {
      const res = await post('/api/articles', a);
      expect(res.statusCode).toBe(201);
      articleIds.push(res.json().article.id);
    }
    const customs = (await app.inject({ url: '/api/entities/customs' })).json();
    expect(customs.relations.map((r: { id: string }) => r.id)).toContain('SHIPPED_TO:customs->altai-trade-house');
    expect((await app.inject({ url: '/api/entities/altai-trade-house' })).json().entity.kind).toBe('government');
  });

  it('answers 4xx for corrections that cannot apply, and records none of them', async () => {
    const cases: [object, number][] = [
      [{ kind: 'merge-entities', target: 'kupol', from: 'kupol' }, 422],
      [{ kind: 'merge-entities', target: 'kupol', from: 'no-such-entity' }, 404],
      [{ kind: 'update-entity', target: 'kupol' }, 400],
      [{ kind: 'update-entity', target: 'kupol', entityKind: 'spaceship' }, 400],
      [{ kind: 'reject-relation', target: 'SHIPPED_TO:nobody->kupol' }, 404],
      [{ kind: 'reject-evidence', target: 'SHIPPED_TO:altai-trade-house->kupol', article: articleIds[1], start: 0, end: 3 }, 404],
      [{ kind: 'add-relation', type: 'SHIPPED_TO', source: 'kupol', target: 'kazakhstan', article: articleIds[0], start: 5, end: 2 }, 422],
      [{ kind: 'add-relation', type: 'MANUFACTURES', source: 'kupol', target: 'kazakhstan', article: articleIds[0], start: 0, end: 5 }, 422],
      [{ kind: 'add-relation', type: 'NOT_A_TYPE', source: 'kupol', target: 'kazakhstan', article: articleIds[0], start: 0, end: 5 }, 400],
      [{ kind: 'delete-entity', target: 'kupol', extra: true }, 400],
      [{ kind: 'explode' }, 400],
    ];
    for (const [payload, status] of cases) {
      const res = await correct(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(status);
      expect(Object.keys(res.json()).sort()).toEqual(['error', 'message']);
    }
    expect((await app.inject({ url: '/api/corrections' })).json().items).toEqual([]);
  });

  it('fixes the graph: reject, kind, merges, delete, and a relation added from a selection', async () => {
    const text = WORKBENCH_ARTICLES[0].text;
    const start = text.indexOf(SELECTION);
    const steps = [
      { kind: 'reject-relation', target: 'SHIPPED_TO:customs->altai-trade-house', reason: 'Customs is where the records are, not the supplier', by: 'Ana' },
      { kind: 'update-entity', target: 'altai-trade-house', entityKind: 'company', country: 'KZ' },
      { kind: 'merge-entities', target: 'shenzhen-skyline-electronics', from: 'skyline-electronics' },
      { kind: 'merge-entities', target: 'altai-trade-house', from: 'altai-trade' },
      { kind: 'delete-entity', target: 'customs' },
      { kind: 'add-relation', type: 'SHIPPED_TO', source: 'shenzhen-skyline-electronics', target: 'altai-trade-house', article: articleIds[0], start, end: start + SELECTION.length, props: { goods: ['drone motors'] } },
    ];
    for (const s of steps) {
      const res = await correct(s);
      expect(res.statusCode, JSON.stringify(res.json())).toBe(201);
      expect(res.json().correction).toMatchObject({ kind: s.kind });
    }
    const added = (await app.inject({ url: '/api/entities/shenzhen-skyline-electronics' })).json();
    expect(added.entity.aliases).toContain('Skyline Electronics Co.');
    const leg = added.relations.find((r: { id: string }) => r.id === 'SHIPPED_TO:shenzhen-skyline-electronics->altai-trade-house');
    // The selection is its evidence (the extractor may have read the same leg from the whole sentence as well).
    expect(leg.evidence).toContainEqual({ article: articleIds[0], start, end: start + SELECTION.length, quote: SELECTION });
    expect(leg.props).toMatchObject({ goods: ['drone motors'], curated: true });
    expect((await app.inject({ url: '/api/entities/customs' })).statusCode).toBe(404);
    const middle = (await app.inject({ url: '/api/entities/altai-trade-house' })).json();
    expect(middle.entity).toMatchObject({ kind: 'company', country: 'KZ' });
    expect(middle.entity.aliases).toContain('Altai Trade LLP');
    const paths = (await app.inject({ url: '/api/paths?from=shenzhen-skyline-electronics&to=kupol' })).json();
    expect(paths.paths[0].nodes.map((n: { id: string }) => n.id)).toEqual(['shenzhen-skyline-electronics', 'altai-trade-house', 'kupol']);
    const log = (await app.inject({ url: '/api/corrections?target=altai-trade-house' })).json().items;
    expect(log.map((c: { kind: string }) => c.kind)).toEqual(['reject-relation', 'update-entity', 'merge-entities', 'add-relation']);
    expect((await app.inject({ url: '/api/corrections' })).json().items[0]).toMatchObject({ by: 'Ana', reason: expect.stringContaining('Customs') });
    before = await shape(app);
  });

  it('carries the correction log and each relation\'s origin in the JSON and GraphML exports', async () => {
    const json = JSON.parse((await app.inject({ url: '/api/export?format=json' })).body);
    expect(json.corrections).toHaveLength(6);
    const origin = Object.fromEntries(json.relations.map((r: { id: string; origin: string }) => [r.id, r.origin]));
    expect(origin['SHIPPED_TO:shenzhen-skyline-electronics->altai-trade-house']).toBe('person');
    expect(origin['SHIPPED_TO:altai-trade-house->kupol']).toBe('extracted');
    const graphml = (await app.inject({ url: '/api/export?format=graphml' })).body;
    expect(graphml).toContain('<key id="corrections" for="graph"');
    const log = /<data key="corrections">([^<]*)<\/data>/.exec(graphml)![1].replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)));
    expect(JSON.parse(log)).toEqual(json.corrections);
    // An edge's citations may span lines (one per quote): match within the edge, across lines.
    expect(graphml).toMatch(/target="altai-trade-house"[^>]*>(?:(?!<\/edge>)[\s\S])*<data key="origin">person<\/data><\/edge>/);
  });

  it('restarting on the same data directory and loading the same articles again changes nothing', async () => {
    await app.close();
    app = await start();
    expect(await shape(app)).toEqual(before);
    for (const a of WORKBENCH_ARTICLES) expect((await post('/api/articles', a)).statusCode).toBe(200);
    expect(await shape(app)).toEqual(before);
    await app.close();
  });

  it('rebuilding the store from the archive re-applies every correction', async () => {
    await rebuildStore(config, { ...quiet, onProgress: () => {} });
    app = await start();
    expect(await shape(app)).toEqual(before);
    await app.close();
  });

  it('a correction recorded but never written to the store (a process stopped in between) is applied at the next start', async () => {
    const archive = await Archive.open(config.archiveDir);
    await archive.corrections.append({ id: 'c_crash', at: new Date().toISOString(), kind: 'update-entity', target: 'kupol', data: { name: 'Kupol JSC' } });
    await archive.close();
    app = await start();
    const kupol = (await app.inject({ url: '/api/entities/kupol' })).json().entity;
    expect(kupol.name).toBe('Kupol JSC');
    expect(kupol.aliases).toContain('Kupol');
    const after = await shape(app);
    await app.close();
    app = await start();
    expect(await shape(app)).toEqual(after);
    await app.close();
  });
});
