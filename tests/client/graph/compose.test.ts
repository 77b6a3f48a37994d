/** What the canvas draws: chains, traces, expansions, filters and hidden entities composed from API data. */
import { describe, expect, it } from 'vitest';
import { chainIds, chainsGraph, chainsShown, filterGraph, mergeGraphs, splitUnlinked, traceGraph, withoutHidden } from '../../../client/src/graph/compose.js';
import { edgeCaption } from '../../../client/src/graph/elements.js';
import type { GraphData, GraphEdge, GraphNode, PathResult } from '../../../server/store/graph-store.js';
import { DEFAULT_FILTERS } from '../../../client/src/view-state.js';

const node = (id: string, kind = 'company'): GraphNode => ({ id, name: id.toUpperCase(), kind: kind as GraphNode['kind'], aliases: [], degree: 1, sanctioned: false });
const edge = (type: string, source: string, target: string, sources = 1): GraphEdge => ({ id: `${type}:${source}->${target}`, type, source, target, props: {}, sources });
const path = (...ids: string[]): PathResult => ({
  hops: ids.length - 1,
  support: 1,
  nodes: ids.map((id) => node(id, id === 'hub' ? 'country' : 'company')),
  edges: ids.slice(1).map((id, i) => ({ ...edge('SHIPPED_TO', ids[i], id), evidence: [] })),
});

describe('graph composition', () => {
  it('merges by id without duplicates and keeps truncation', () => {
    const a: GraphData = { nodes: [node('a'), node('b')], edges: [edge('SHIPPED_TO', 'a', 'b')] };
    const b: GraphData = { nodes: [node('b'), node('c')], edges: [edge('SHIPPED_TO', 'a', 'b'), edge('SHIPPED_TO', 'b', 'c')], truncated: true };
    const m = mergeGraphs(a, null, b);
    expect(m.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(m.edges).toHaveLength(2);
    expect(m.truncated).toBe(true);
  });

  it('filters by kind (keeping what must stay), relation type and sources, dropping edges that lose an end', () => {
    const g: GraphData = {
      nodes: [node('a'), node('b', 'country'), node('c', 'country'), node('d')],
      edges: [edge('SHIPPED_TO', 'a', 'b'), edge('SHIPPED_TO', 'a', 'c', 3), edge('SANCTIONED', 'd', 'a', 5), edge('SHIPPED_TO', 'a', 'd', 2)],
    };
    const f = filterGraph(g, { types: ['SHIPPED_TO'], kinds: ['company'], minSources: 2 }, new Set(['c']));
    expect(f.nodes.map((n) => n.id)).toEqual(['a', 'c', 'd']);
    expect(f.edges.map((e) => e.id)).toEqual(['SHIPPED_TO:a->c', 'SHIPPED_TO:a->d']);
    expect(filterGraph(g, DEFAULT_FILTERS)).toBe(g);
  });

  it('hides entities with their relations', () => {
    const g: GraphData = { nodes: [node('a'), node('b'), node('c')], edges: [edge('SHIPPED_TO', 'a', 'b'), edge('SHIPPED_TO', 'b', 'c')] };
    const h = withoutHidden(g, ['b']);
    expect(h.nodes.map((n) => n.id)).toEqual(['a', 'c']);
    expect(h.edges).toEqual([]);
  });

  it('draws the union of chains and leaves out chains through a kind switched off (ends excepted)', () => {
    const chains = [path('s', 'hub', 't'), path('s', 'm', 't')];
    const g = chainsGraph(chains);
    expect(g.nodes.map((n) => n.id).sort()).toEqual(['hub', 'm', 's', 't']);
    expect(g.edges).toHaveLength(4);
    expect(chainsShown(chains, { ...DEFAULT_FILTERS, kinds: ['company'] })).toEqual([chains[1]]);
    expect(chainIds(chains[0])).toEqual({ nodes: ['s', 'hub', 't'], edges: ['SHIPPED_TO:s->hub', 'SHIPPED_TO:hub->t'] });
  });

  it('draws a trace as its root, what it reached and the relations among them only', () => {
    const around: GraphData = {
      nodes: [],
      edges: [edge('SHIPPED_TO', 'a', 'r'), edge('SHIPPED_TO', 'b', 'a'), edge('SHIPPED_TO', 'r', 'z')],
    };
    const g = traceGraph(node('r'), [{ entity: node('a'), hops: 1 }, { entity: node('b'), hops: 2 }], around);
    expect(g.nodes.map((n) => n.id)).toEqual(['r', 'a', 'b']);
    expect(g.edges.map((e) => e.id)).toEqual(['SHIPPED_TO:a->r', 'SHIPPED_TO:b->a']);
  });

  it('captions edges with goods and value where known, else the relation name', () => {
    expect(edgeCaption('shipped to', { goods: ['drones', 'spare parts', 'cameras'], valueUsd: 12_000_000 })).toBe('drones, spare parts +1 · $12M');
    expect(edgeCaption('shipped to', { valueUsd: 250_000 })).toBe('$250K');
    expect(edgeCaption('subsidiary of', {})).toBe('subsidiary of');
  });

  it('takes the entities no relation touches out of the drawing and lists them by name, except those kept', () => {
    const g: GraphData = { nodes: [node('z'), node('a'), node('b'), node('m'), node('k')], edges: [edge('SHIPPED_TO', 'a', 'b')] };
    const { drawn, unlinked } = splitUnlinked(g, new Set(['k']));
    expect(drawn.nodes.map((n) => n.id)).toEqual(['a', 'b', 'k']);
    expect(drawn.edges).toEqual(g.edges);
    expect(unlinked.map((n) => n.id)).toEqual(['m', 'z']);
    const linked: GraphData = { nodes: [node('a'), node('b')], edges: g.edges };
    expect(splitUnlinked(linked).drawn).toBe(linked);
  });
});
