/** Citations name the article by its headline, with its outlet and date where the text gives them. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.js';
import { makeTestApp } from '../helpers/app.js';

type Json = Record<string, any>;
const SEED_001 = '001_60cf72ebbd7fd8c0.txt';

describe('citations in snapshots and the HTML file', () => {
  let app: App;
  beforeAll(async () => {
    ({ app } = await makeTestApp({ seed: true }));
  });
  afterAll(async () => app?.close());

  it("cite seed 001 by its headline and its outlet, never by its funding notice", async () => {
    const article = (await app.inject({ method: 'GET', url: `/api/articles/${SEED_001}` })).json();
    expect(article.title).toBe('China secretly sold military aid to Russia over $100 ml worth - Politico');
    expect(article.source).toBe('Euromaidanpress.com');

    // A relation quoted from that article, saved in a snapshot: its citation carries the same names.
    const russia = (await app.inject({ method: 'GET', url: '/api/entities/russia' })).json();
    const r = russia.relations.find((x: Json) => x.evidence.some((e: Json) => e.article === SEED_001));
    expect(r, 'a relation of Russia quoted from seed 001').toBeDefined();
    const source = r.direction === 'out' ? 'russia' : r.other.id;
    const target = r.direction === 'out' ? r.other.id : 'russia';
    const node = (id: string) => ({ id, name: id, kind: 'company', position: { x: 0, y: 0 } });
    const view = { title: 'Cited', elements: { nodes: [node(source), node(target)], edges: [{ id: r.id, type: r.type, source, target }] } };
    const saved = await app.inject({ method: 'POST', url: '/api/snapshots', payload: { view } });
    expect(saved.statusCode, saved.body).toBe(201);
    const snap = (await app.inject({ method: 'GET', url: `/api/snapshots/${saved.json().id}` })).json();
    const cited = snap.view.elements.edges[0].evidence.find((c: Json) => c.article === SEED_001);
    expect(cited).toMatchObject({ title: article.title, source: 'Euromaidanpress.com' });
    const html = (await app.inject({ method: 'GET', url: saved.json().html })).body;
    expect(html).not.toContain('The work of Euromaidan Press is supported by');
  });
});
