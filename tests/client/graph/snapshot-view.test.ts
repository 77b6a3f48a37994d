/** A drawn view to a snapshot and back: positions, classes and selection survive; undrawn elements are left out. */
import { describe, expect, it } from 'vitest';
import { fromSnapshot, snapshotView } from '../../../client/src/graph/snapshot-view.js';
import type { GraphData } from '../../../client/src/api.js';

const data: GraphData = {
  nodes: [
    { id: 'dji', name: 'DJI', kind: 'company', aliases: ['Da-Jiang'], degree: 3, sanctioned: true, country: 'CN' },
    { id: 'russia', name: 'Russia', kind: 'country', aliases: [], degree: 9, sanctioned: false },
    { id: 'gone', name: 'Not drawn', kind: 'company', aliases: [], degree: 1, sanctioned: false },
  ],
  edges: [
    { id: 'e1', type: 'SHIPPED_TO', source: 'dji', target: 'russia', props: { goods: ['drones'] }, sources: 2 },
    { id: 'e2', type: 'SHIPPED_TO', source: 'gone', target: 'russia', props: {}, sources: 1 },
  ],
};

const capture = {
  positions: new Map([['dji', { x: 10, y: 20 }], ['russia', { x: 300, y: 20 }]]),
  classes: new Map([['dji', 'sanctioned on-path selected'], ['e1', 'on-path']]),
  viewport: { zoom: 1.5, pan: { x: 4, y: 5 } },
};

describe('snapshotView', () => {
  it('keeps drawn nodes at their positions with their classes, and only edges between them', () => {
    const v = snapshotView(data, capture, { title: 'Chains', query: 'from=dji&to=russia', layout: 'layered' });
    expect(v.elements.nodes.map((n) => [n.id, n.position, n.classes])).toEqual([
      ['dji', { x: 10, y: 20 }, 'sanctioned on-path selected'],
      ['russia', { x: 300, y: 20 }, undefined],
    ]);
    expect(v.elements.nodes[0]).toMatchObject({ name: 'DJI', kind: 'company', aliases: ['Da-Jiang'], country: 'CN', sanctioned: true, degree: 3 });
    // Null or absent optional fields are left out: the server's schema takes strings there, not null.
    expect('country' in v.elements.nodes[1]).toBe(false);
    expect(v.elements.edges.map((e) => e.id)).toEqual(['e1']);
    expect(v).toMatchObject({ title: 'Chains', query: 'from=dji&to=russia', layout: 'layered', viewport: capture.viewport });
  });

  it('reads back into drawable data with the same positions, classes and selection', () => {
    const back = fromSnapshot(snapshotView(data, capture));
    expect(back.data.nodes.map((n) => n.id)).toEqual(['dji', 'russia']);
    expect(back.data.edges[0]).toMatchObject({ id: 'e1', sources: 2, props: { goods: ['drones'] } });
    expect(back.positions.get('russia')).toEqual({ x: 300, y: 20 });
    expect(back.classes.get('e1')).toBe('on-path');
    expect(back.selected).toBe('dji');
  });

  it('reads back the chain that was highlighted and a selected relation', () => {
    const onChain = { ...capture, classes: new Map([['dji', 'on-path'], ['russia', 'on-path'], ['e1', 'on-path selected']]) };
    const back = fromSnapshot(snapshotView(data, onChain));
    expect(back.highlight).toEqual({ kind: 'path', nodes: ['dji', 'russia'], edges: ['e1'] });
    expect(back.selected).toBeNull();
    expect(back.selectedEdge).toBe('e1');
    expect(fromSnapshot(snapshotView(data, { ...capture, classes: new Map() })).highlight).toBeNull();
  });
});
