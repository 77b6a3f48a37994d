/** The graph diff against a real (headless) Cytoscape instance: only what changed is touched, positions survive. */
import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { MAX_NODE_SIZE, MIN_NODE_SIZE, syncElements, toElements } from '../../../client/src/graph/elements.js';
import type { GraphData, GraphNode } from '../../../server/store/graph-store.js';

function node(id: string, degree: number, extra: Partial<GraphNode> = {}): GraphNode {
  return { id, name: id.toUpperCase(), kind: 'company', aliases: [], degree, sanctioned: false, ...extra };
}

const base: GraphData = {
  nodes: [node('a', 2), node('b', 1), node('c', 1, { kind: 'country', sanctioned: true })],
  edges: [
    { id: 'SHIPPED_TO:a->b', type: 'SHIPPED_TO', source: 'a', target: 'b', props: {}, sources: 2 },
    { id: 'COOPERATED_WITH:a->c', type: 'COOPERATED_WITH', source: 'a', target: 'c', props: {}, sources: 1 },
  ],
};

describe('toElements', () => {
  it('sizes nodes by degree, labels edges from the registry and drops edges with a missing end', () => {
    const data: GraphData = {
      ...base,
      edges: [...base.edges, { id: 'SHIPPED_TO:a->zz', type: 'SHIPPED_TO', source: 'a', target: 'zz', props: {}, sources: 1 }],
    };
    const { elements, danglingEdges } = toElements(data);
    expect(danglingEdges).toBe(1);
    const byId = new Map(elements.map((e) => [e.data.id, e]));
    expect(byId.get('a')!.data.size).toBe(MAX_NODE_SIZE);
    expect(byId.get('b')!.data.size).toBeGreaterThan(MIN_NODE_SIZE);
    expect(byId.get('b')!.data.size).toBeLessThan(MAX_NODE_SIZE);
    expect(byId.get('c')!.classes).toBe('sanctioned');
    expect(byId.get('SHIPPED_TO:a->b')!.data.label).toBe('shipped to');
    expect(byId.get('COOPERATED_WITH:a->c')!.classes).toBe('undirected');
    expect(byId.has('SHIPPED_TO:a->zz')).toBe(false);
  });
});

describe('syncElements', () => {
  it('adds everything once, then changes nothing for the same data', () => {
    const cy = cytoscape({ headless: true });
    expect(syncElements(cy, toElements(base).elements)).toEqual({ added: 5, removed: 0, updated: 0 });
    expect(cy.nodes().length).toBe(3);
    expect(cy.edges().length).toBe(2);
    expect(syncElements(cy, toElements(structuredClone(base)).elements)).toEqual({ added: 0, removed: 0, updated: 0 });
    cy.destroy();
  });

  it('removes, adds and updates by id while kept nodes keep their positions and identity', () => {
    const cy = cytoscape({ headless: true });
    syncElements(cy, toElements(base).elements);
    cy.getElementById('a').position({ x: 123, y: 45 });
    const a = cy.getElementById('a');

    const next: GraphData = {
      nodes: [node('a', 2, { name: 'Alpha Renamed' }), node('b', 1, { sanctioned: true }), node('d', 1)],
      edges: [
        { id: 'SHIPPED_TO:a->b', type: 'SHIPPED_TO', source: 'a', target: 'b', props: {}, sources: 3 },
        { id: 'SHIPPED_TO:b->d', type: 'SHIPPED_TO', source: 'b', target: 'd', props: {}, sources: 1 },
      ],
    };
    const r = syncElements(cy, toElements(next).elements);
    // c and its edge go; d and its edge come; a (label), b (class) and a->b (sources) change in place.
    expect(r).toEqual({ added: 2, removed: 2, updated: 3 });
    expect(cy.nodes().map((n) => n.id()).sort()).toEqual(['a', 'b', 'd']);
    expect(cy.getElementById('a')).toBe(a);
    expect(cy.getElementById('a').position()).toEqual({ x: 123, y: 45 });
    expect(cy.getElementById('a').data('label')).toBe('Alpha Renamed');
    expect(cy.getElementById('b').hasClass('sanctioned')).toBe(true);
    expect(cy.getElementById('SHIPPED_TO:a->b').data('sources')).toBe(3);
    cy.destroy();
  });

  it('empties the instance for empty data', () => {
    const cy = cytoscape({ headless: true });
    syncElements(cy, toElements(base).elements);
    expect(syncElements(cy, []).removed).toBe(5);
    expect(cy.elements().length).toBe(0);
    cy.destroy();
  });
});
