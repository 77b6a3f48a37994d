/** Repeatable force layouts: the same graph gets the same picture; Math.random is given back. */
import { describe, expect, it } from 'vitest';
import cytoscape, { type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { overviewLayout } from '../../../client/src/graph/layouts.js';
import { layoutSeed, withSeededRandom } from '../../../client/src/graph/seeded-random.js';

cytoscape.use(fcose);

/** A small invented supply web: a ring of suppliers around two hubs, and a detached pair. */
function web(): ElementDefinition[] {
  const ids = ['Halvern Group', 'Brask Logistics', 'Tessaly Optics', 'Orvanne', 'Kestrova', 'Laos', 'Vietnam', 'Mongolia', 'Martin Varno', 'Irina Olskaya'];
  const nodes: ElementDefinition[] = ids.map((id) => ({ group: 'nodes', data: { id } }));
  const pairs = [[0, 1], [1, 2], [2, 3], [3, 4], [4, 0], [0, 5], [1, 6], [2, 7], [3, 5], [8, 9]];
  const edges: ElementDefinition[] = pairs.map(([a, b], k) => ({ group: 'edges', data: { id: `e${k}`, source: ids[a], target: ids[b] } }));
  return [...nodes, ...edges];
}

function layOut(seeded: boolean): Record<string, { x: number; y: number }> {
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: web() });
  const run = () => cy.layout(overviewLayout(cy.nodes().length, { randomize: true, animate: false })).run();
  if (seeded) withSeededRandom(layoutSeed(cy.nodes().map((n) => n.id())), run);
  else run();
  const at = Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  cy.destroy();
  return at;
}

describe('seeded force layout', () => {
  it('lays the same graph out the same way twice (unseeded, fcose differs from run to run)', () => {
    expect(layOut(true)).toEqual(layOut(true));
    // The check above means something only if fcose draws random numbers at all.
    expect(layOut(false)).not.toEqual(layOut(false));
  });

  it('gives Math.random back, also when the work throws', () => {
    const original = Math.random;
    expect(withSeededRandom(7, () => Math.random === original)).toBe(false);
    expect(Math.random).toBe(original);
    expect(() => withSeededRandom(7, () => { throw new Error('layout failed'); })).toThrow('layout failed');
    expect(Math.random).toBe(original);
  });

  it('draws numbers in [0, 1), the same for one seed, others for another seed', () => {
    const draw = (seed: number) => withSeededRandom(seed, () => Array.from({ length: 50 }, () => Math.random()));
    const a = draw(11);
    expect(a.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(a).size).toBe(50);
    expect(draw(11)).toEqual(a);
    expect(draw(12)).not.toEqual(a);
  });

  it('seeds by the node ids in order', () => {
    expect(layoutSeed(['Orvanne', 'Kestrova'])).toBe(layoutSeed(['Orvanne', 'Kestrova']));
    expect(layoutSeed(['Orvanne', 'Kestrova'])).not.toBe(layoutSeed(['Kestrova', 'Orvanne']));
    // Ids are kept apart: ["ab", "c"] is another graph than ["a", "bc"].
    expect(layoutSeed(['ab', 'c'])).not.toBe(layoutSeed(['a', 'bc']));
  });
});
