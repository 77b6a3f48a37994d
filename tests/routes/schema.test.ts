/**
 * GET /api/schema and kind labels, on the seed graph: on the embedded store, and in the neo4j test project on Neo4j.
 * Researchers arriving from Neo4j write `MATCH (c:Company)`: Neo4j answers it, the embedded store answers with the
 * query that works there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.js';
import { makeTestApp, testStoreKind } from '../helpers/app.js';

describe('GET /api/schema and kind labels on the seed graph', () => {
  let app: App;
  beforeAll(async () => {
    ({ app } = await makeTestApp({ seed: true }));
  });
  afterAll(async () => app?.close());

  const cypher = (query: string) => app.inject({ method: 'POST', url: '/api/cypher', payload: { query, params: {} } });

  it('lists labels, relationship types and property keys with examples, internal tables and columns hidden', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/schema' });
    expect(res.statusCode).toBe(200);
    const s = res.json() as {
      store: string; propertyKeys: string[];
      labels: { name: string; count: number; properties: { key: string; examples: unknown[] }[] }[];
      relationshipTypes: { name: string; count?: number; from: string; to: string }[];
    };
    expect(s.store).toBe(testStoreKind());
    const names = s.labels.map((l) => l.name);
    expect(names.slice(0, 2)).toEqual(['Entity', 'Article']);
    expect(names).not.toContain('Snapshot');
    const entity = s.labels[0];
    const health = (await app.inject({ method: 'GET', url: '/api/health' })).json();
    expect(entity.count).toBe(health.entities);
    expect(entity.properties.find((p) => p.key === 'kind')!.examples).toEqual(expect.arrayContaining(['company', 'country']));
    expect(entity.properties.find((p) => p.key === 'country')!.examples).toContain('RU');
    const shipped = s.relationshipTypes.find((t) => t.name === 'SHIPPED_TO')!;
    expect(shipped.count).toBeGreaterThan(5);
    expect(s.relationshipTypes.find((t) => t.name === 'MENTIONS')).toMatchObject({ from: 'Article', to: 'Entity' });
    expect(s.propertyKeys).toEqual(expect.arrayContaining(['name', 'kind', 'sources', 'evidence', 'title', 'spans']));
    expect(s.propertyKeys).not.toContain('search');
    expect(s.propertyKeys).not.toContain('keys');
    if (testStoreKind() === 'neo4j') {
      const companies = (await cypher("MATCH (c:Entity) WHERE c.kind = 'company' RETURN count(c) AS n")).json().rows[0][0];
      expect(s.labels.find((l) => l.name === 'Company')).toMatchObject({ count: companies });
    } else {
      expect(names).not.toContain('Company');
    }
  });

  it(testStoreKind() === 'neo4j' ? 'answers MATCH (c:Company): every entity carries its kind as a label'
    : 'answers MATCH (c:Company) with the query that works on the embedded store', async () => {
    const byKind = (await cypher("MATCH (c:Entity) WHERE c.kind = 'company' RETURN count(c) AS n")).json().rows[0][0];
    expect(byKind).toBeGreaterThan(5);
    const res = await cypher('MATCH (c:Company) RETURN count(c) AS n');
    if (testStoreKind() === 'neo4j') {
      expect(res.statusCode).toBe(200);
      expect(res.json().rows[0][0]).toBe(byKind);
    } else {
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toContain("MATCH (c:Entity) WHERE c.kind = 'company'");
    }
  });
});
