/** POST/GET /api/snapshots and the HTML rendering, through the real app on real embedded stores. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../server/app.js';
import { EmbeddedStore } from '../../server/store/embedded-store.js';
import { makeTestApp, testConfig } from '../helpers/app.js';
import { sampleBatch } from '../store/contract.js';
import { relationId } from '../../server/domain/types.js';

type Json = Record<string, any>;

/** A view of the sample batch as the client would save it: every node placed, every edge drawn. */
export async function viewOf(app: App, title = 'Maker to buyer'): Promise<Json> {
  const g = (await app.inject({ method: 'GET', url: '/api/graph' })).json();
  return {
    title,
    elements: {
      nodes: g.nodes.map((n: Json, i: number) => ({ ...n, position: { x: 200 * Math.cos(i), y: 200 * Math.sin(i) }, style: { 'background-color': '#123456' } })),
      edges: g.edges.map((e: Json) => ({ id: e.id, type: e.type, source: e.source, target: e.target, props: e.props, sources: e.sources })),
    },
    filters: { types: ['SHIPPED_TO'], minSources: 0 },
    query: 'selected=x-maker&layout=force',
    layout: 'force',
    viewport: { zoom: 1.2, pan: { x: 10, y: -5 } },
  };
}

const save = (app: App, view: unknown) => app.inject({ method: 'POST', url: '/api/snapshots', payload: { view } as object });

describe('/api/snapshots', () => {
  let app: App;
  beforeAll(async () => {
    ({ app } = await makeTestApp());
    await app.store.loadBatch(sampleBatch('snap'));
  });
  afterAll(async () => app?.close());

  it('saves a view and gives a link; the saved view comes back with its citations filled in', async () => {
    const view = await viewOf(app);
    const res = await save(app, view);
    expect(res.statusCode, res.body).toBe(201);
    const { id, url, html, createdAt } = res.json();
    expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(url).toBe(`/?snapshot=${id}`);
    expect(html).toBe(`/api/snapshots/${id}/html`);
    const got = await app.inject({ method: 'GET', url: `/api/snapshots/${id}` });
    expect(got.statusCode).toBe(200);
    const s = got.json();
    expect(s).toMatchObject({ id, createdAt, view: { title: view.title, filters: view.filters, query: view.query, layout: 'force', viewport: view.viewport, createdAt } });
    expect(s.view.elements.nodes).toEqual(view.elements.nodes);
    const detail = (await app.inject({ method: 'GET', url: '/api/entities/snap-middle' })).json();
    for (const e of s.view.elements.edges) {
      expect(e.evidence.length).toBeGreaterThan(0);
      for (const c of e.evidence) expect(c).toMatchObject({ article: 'snap-art1', title: 'snap article', source: 'Test Wire', quote: expect.any(String) });
      const r = detail.relations.find((x: Json) => x.id === e.id);
      if (r) expect(e.evidence.map((c: Json) => c.quote)).toEqual(r.evidence.map((x: Json) => x.quote));
    }
    // Two saves of the same view are two snapshots.
    expect((await save(app, view)).json().id).not.toBe(id);
  });

  it('shows the view as it was, after the graph has changed', async () => {
    const { id } = (await save(app, await viewOf(app))).json();
    const rel = relationId('SHIPPED_TO', 'snap-maker', 'snap-middle');
    const text = 'Customs data show snapMaker shipped drones to snapMiddle again.';
    await app.store.loadBatch({
      articles: [{ id: 'snap-art2', title: 'second', text }],
      entities: [{ id: 'snap-maker', name: 'snapMaker Co.', kind: 'company', aliases: [] }, { id: 'snap-middle', name: 'snapMiddle', kind: 'company', aliases: [] }],
      relations: [{ id: rel, type: 'SHIPPED_TO', source: 'snap-maker', target: 'snap-middle', props: { goods: ['rotors'] }, evidence: [{ article: 'snap-art2', start: 0, end: text.length, quote: text }] }],
    });
    const now = (await app.inject({ method: 'GET', url: '/api/entities/snap-middle' })).json().relations.find((r: Json) => r.id === rel);
    expect(now.sources).toBe(2);
    const then = (await app.inject({ method: 'GET', url: `/api/snapshots/${id}` })).json().view.elements.edges.find((e: Json) => e.id === rel);
    expect(then.sources).toBe(1);
    expect(then.evidence).toHaveLength(1);
    expect(then.props.goods).toEqual(['drones']);
  });

  it('rejects bad views with a 400 naming the problem, oversized ones with a 413, unknown ids with a 404', async () => {
    const good = await viewOf(app);
    const bad: [unknown, RegExp][] = [
      [{}, /elements/],
      [{ elements: { nodes: [] } }, /edges/],
      [{ ...good, elements: { ...good.elements, nodes: [{ id: 'a', name: 'A', kind: 'company' }] } }, /position/],
      [{ ...good, elements: { nodes: good.elements.nodes, edges: [{ ...good.elements.edges[0], target: 'elsewhere' }] } }, /names node "elsewhere"/],
      [{ ...good, elements: { nodes: [good.elements.nodes[0], good.elements.nodes[0]], edges: [] } }, /appears twice/],
      [{ ...good, extra: 1 }, /additional/],
      [{ ...good, viewport: { zoom: 0, pan: { x: 0, y: 0 } } }, /zoom/],
      [{ ...good, elements: { ...good.elements, nodes: [{ ...good.elements.nodes[0], style: { 'Bad Key': 1 } }] } }, /property name/],
      [{ ...good, elements: { nodes: Array.from({ length: 10_001 }, (_, i) => ({ id: `n${i}`, name: 'n', kind: 'company', position: { x: 0, y: 0 } })), edges: [] } }, /10000/],
    ];
    for (const [view, message] of bad) {
      const res = await save(app, view);
      expect(res.statusCode, JSON.stringify(view).slice(0, 200)).toBe(400);
      expect(res.json().message).toMatch(message);
    }
    const huge = { ...good, title: 'x', filters: { blob: 'x'.repeat(9 * 1024 * 1024) } };
    expect((await save(app, huge)).statusCode).toBe(413);
    expect((await app.inject({ method: 'GET', url: '/api/snapshots/AAAAAAAAAAAAAAAA' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/snapshots/AAAAAAAAAAAAAAAA/html' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/snapshots/not%20an%20id' })).statusCode).toBe(400);
  });

  it('renders a snapshot as one HTML file that loads nothing and carries every value as escaped data', async () => {
    const view = await viewOf(app, '</script><script>alert(1)</script> & “quotes”');
    view.elements.nodes[0].name = '<img src=x onerror=alert(1)>';
    const { id } = (await save(app, view)).json();
    const res = await app.inject({ method: 'GET', url: `/api/snapshots/${id}/html` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'none'/);
    expect(res.headers['content-disposition']).toBe(`inline; filename="snapshot-${id}.html"`);
    const html = res.body;
    // Three scripts (data, Cytoscape, the viewer) and no markup injected by the view's values.
    expect(html.match(/<script\b/g)).toHaveLength(3);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&#60;/script&#62;&#60;script&#62;alert(1)&#60;/script&#62; &#38; “quotes”');
    // No address to load anything from: no src=, no href= outside the data, no stylesheet links.
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]*\s(src|href)=/i);
    const data = JSON.parse(/<script type="application\/json" id="snapshot-data">([\s\S]*?)<\/script>/.exec(html)![1]);
    expect(data.snapshot.view.elements.nodes[0].name).toBe('<img src=x onerror=alert(1)>');
    expect(data.snapshot.view.title).toBe(view.title);
    const dl = await app.inject({ method: 'GET', url: `/api/snapshots/${id}/html?download=true` });
    expect(dl.headers['content-disposition']).toBe(`attachment; filename="snapshot-${id}.html"`);
  });

  it('renders an unsaved view as HTML without storing it', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/snapshots/html', payload: { view: await viewOf(app, 'unsaved view') } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('<title>unsaved view</title>');
    expect(res.body).toContain('snap article');
  });
});

describe('snapshots survive a restart', () => {
  it('reopens a snapshot saved before the store was closed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'snapshots-'));
    try {
      const open = async () => {
        const store = new EmbeddedStore(join(dir, 'graph.lbug'));
        await store.init();
        const app = await buildApp({ store, config: testConfig() });
        app.addHook('onClose', async () => store.close());
        return app;
      };
      const first = await open();
      await first.store.loadBatch(sampleBatch('keep'));
      const view = await viewOf(first);
      const { id } = (await save(first, view)).json();
      const before = (await first.inject({ method: 'GET', url: `/api/snapshots/${id}` })).json();
      await first.close();
      const second = await open();
      try {
        const after = await second.inject({ method: 'GET', url: `/api/snapshots/${id}` });
        expect(after.statusCode).toBe(200);
        expect(after.json()).toEqual(before);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
