/**
 * The layered search both stores run (a layer of relations per read, from the cheaper end) must enumerate exactly the
 * chains a brute-force search finds over the whole graph: same shortest length, and per length the same simple chains.
 */
import { describe, expect, it } from 'vitest';
import { layeredPathSearch, type LayerReads, type Opening } from '../../server/store/layered-path-search.js';
import type { FlowEdgeRow } from '../../server/store/path-search.js';
import { rng } from '../../bench/trade-graph.js';
import { allSimplePaths } from '../helpers/simple-paths.js';

function randomGraph(seed: number, nodes: number, edges: number): FlowEdgeRow[] {
  const rand = rng(seed);
  const pick = () => `n${Math.floor(Math.pow(rand(), 1.5) * nodes)}`;
  const out = new Map<string, FlowEdgeRow>();
  for (let i = 0; i < edges; i++) {
    const [source, target] = [pick(), pick()];
    if (source !== target) out.set(`${source}->${target}`, { id: `${source}->${target}`, source, target, sources: 1 + Math.floor(rand() * 3) });
  }
  return [...out.values()];
}

/**
 * Layer reads over an edge list, counting the relations read. With `opening`, the opening read gives the first layers
 * within the cap, as Neo4j's does; without, only the costs, as memory's does.
 */
function readsOver(rows: FlowEdgeRow[], opening = true): LayerReads & { read: number } {
  const deg = (id: string, dir: 'out' | 'in') => rows.filter((r) => (dir === 'out' ? r.source : r.target) === id).length;
  const reads = {
    read: 0,
    layer: async (ids: string[], dir: 'out' | 'in', within?: ReadonlyMap<string, number>) => {
      const set = new Set(ids);
      const found = rows.filter((r) => set.has(dir === 'out' ? r.source : r.target) && (!within || within.has(dir === 'out' ? r.target : r.source)))
        .map((r) => ({ ...r, degree: deg(dir === 'out' ? r.target : r.source, dir) }));
      reads.read += found.length;
      return found;
    },
    open: async (starts: string[], targets: string[], cap: number): Promise<Opening> => {
      const cost = { out: 0, in: 0 };
      for (const id of starts) cost.out += deg(id, 'out');
      for (const id of targets) cost.in += deg(id, 'in');
      if (!opening) return { cost };
      return {
        cost,
        ...(cost.out <= cap ? { out: await reads.layer(starts, 'out') } : {}),
        ...(cost.in <= cap ? { in: await reads.layer(targets, 'in') } : {}),
      };
    },
  };
  return reads;
}

describe('layered path search', () => {
  it('finds the same shortest length and the same chains per length as a brute-force search', async () => {
    let compared = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const rows = randomGraph(seed, 60, 150);
      const rand = rng(seed * 97);
      const node = () => `n${Math.floor(rand() * 60)}`;
      for (let q = 0; q < 40; q++) {
        // Sets of ends as a country gives them, sometimes sharing a node (a chain may end there but not start there).
        // Ids are distinct within a set, as chainEnds gives them.
        const from = [...new Set([node(), ...(q % 3 === 0 ? [node(), node()] : [])])];
        const to = [...new Set([node(), ...(q % 4 === 0 ? [node(), from[0]] : [])])];
        const maxHops = 2 + (q % 5);
        const expected = allSimplePaths(rows, from, to, maxHops);
        const byLength = (hops: number) => expected.filter((p) => p.split(' ').length === hops);
        const layered = await layeredPathSearch(from, to, maxHops, readsOver(rows, q % 2 === 0));
        const shortest = expected.length ? Math.min(...expected.map((p) => p.split(' ').length)) : null;
        expect(layered?.minHops ?? null, `${from} -> ${to}`).toBe(shortest);
        if (!layered) continue;
        for (let hops = layered.minHops; hops <= maxHops; hops++) {
          const got = (await layered.ofLength(hops, 100_000)).map((c) => c.edges.join(' ')).sort();
          expect(got, `${from} -> ${to}, ${hops} hops`).toEqual(byLength(hops));
          compared += got.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('grows from the end with fewer relations: a chain into a hub reads the hub relations not at all', async () => {
    // s -> m -> hub, and 200 suppliers into the hub.
    const rows: FlowEdgeRow[] = [
      { id: 's->m', source: 's', target: 'm', sources: 1 },
      { id: 'm->hub', source: 'm', target: 'hub', sources: 1 },
      ...Array.from({ length: 200 }, (_, i) => ({ id: `x${i}->hub`, source: `x${i}`, target: 'hub', sources: 1 })),
    ];
    const reads = readsOver(rows);
    const search = await layeredPathSearch(['s'], ['hub'], 6, reads);
    expect(search?.minHops).toBe(2);
    expect((await search!.ofLength(2, 10)).map((c) => c.nodes)).toEqual([['s', 'm', 'hub']]);
    expect(await search!.ofLength(5, 10)).toEqual([]);
    expect(reads.read).toBe(2);
  });

  it('reads only relations into what the other end reached in the layer that brings the depths to maxHops', async () => {
    // s -> m -> t; s also ships to 100 dead ends (so the search grows from t), and 50 suppliers ship to m.
    const rows: FlowEdgeRow[] = [
      { id: 's->m', source: 's', target: 'm', sources: 1 },
      { id: 'm->t', source: 'm', target: 't', sources: 1 },
      ...Array.from({ length: 100 }, (_, i) => ({ id: `s->x${i}`, source: 's', target: `x${i}`, sources: 1 })),
      ...Array.from({ length: 50 }, (_, i) => ({ id: `y${i}->m`, source: `y${i}`, target: 'm', sources: 1 })),
    ];
    const reads = readsOver(rows);
    const search = await layeredPathSearch(['s'], ['t'], 2, reads);
    expect((await search!.ofLength(2, 10)).map((c) => c.nodes)).toEqual([['s', 'm', 't']]);
    // t's layer (m -> t), then of m's 51 suppliers only s, the one start.
    expect(reads.read).toBe(2);
    // With a hop to spare the second layer is read whole: what it reaches may still grow.
    const spare = readsOver(rows);
    await (await layeredPathSearch(['s'], ['t'], 3, spare))!.ofLength(2, 10);
    expect(spare.read).toBe(52);
  });
});
