/**
 * Exploration built from named statements, shared by both adapters: each passes a runner that executes
 * `cypher/<dialect>/<intent>.cypher` with parameters and returns plain rows.
 */
import { nameKey } from '../domain/names.js';
import type { Evidence } from '../domain/types.js';
import { assembleEdge, assembleNode, type Row } from './assemble.js';
import type { ChainAnswer, GraphData, GraphEdge, GraphNode, NeighborQuery, PathOptions, PathQuery, PathResult } from './graph-store.js';
import { collectCandidates, comparePaths, cutByName, type PathCandidate } from './path-rank.js';

export type Runner = (intent: string, params: Record<string, unknown>) => Promise<Row[]>;

/** Nodes by id with degree and sanction flags, in the order of `ids` (unknown ids are left out). */
export async function nodesByIds(run: Runner, ids: string[]): Promise<Map<string, GraphNode>> {
  if (!ids.length) return new Map();
  // The entities with their degrees and sanction flags in one read ('entity-nodes'): on Neo4j each statement is a
  // round trip that costs the driver more than the read (a chain answer asks for nodes three times); the embedded
  // store adds both from memory.
  const byId = new Map((await run('entity-nodes', { ids })).map((r) => [String(r.id), r]));
  const out = new Map<string, GraphNode>();
  for (const id of ids) {
    const r = byId.get(id);
    if (r) out.set(id, assembleNode(r, Number(r.degree ?? 0), r.sanctioned === true));
  }
  return out;
}

/**
 * Each of `refs` by id first, all ids in one read (a chain's two ends are resolved together); then, for a ref no id
 * matched, by normalised name or alias, preferring an exact name match, then the most connected.
 */
export async function resolveEntities(run: Runner, refs: string[]): Promise<(GraphNode | null)[]> {
  const byId = await nodesByIds(run, [...new Set(refs)]);
  return Promise.all(refs.map((ref) => byId.get(ref) ?? resolveByName(run, ref)));
}

async function resolveByName(run: Runner, ref: string): Promise<GraphNode | null> {
  const key = nameKey(ref);
  if (!key) return null;
  const rows = await run('entities-by-keys', { keys: [key] });
  if (!rows.length) return null;
  const nodes = await nodesByIds(run, rows.map((r) => String(r.id)));
  const ranked = [...nodes.values()].sort(
    (a, b) => Number(nameKey(b.name) === key) - Number(nameKey(a.name) === key) || b.degree - a.degree || a.id.localeCompare(b.id),
  );
  return ranked[0] ?? null;
}

/** Breadth-first expansion in both directions, one statement pair per hop, stopping at `limit` nodes. */
export async function neighbors(run: Runner, id: string, q: NeighborQuery): Promise<GraphData> {
  const seen = new Set([id]);
  const edges = new Map<string, Row>();
  let frontier = [id];
  let truncated = false;
  for (let d = 0; d < q.depth && frontier.length && !truncated; d++) {
    const [out, inc] = await Promise.all([
      run('neighbors-out', { ids: frontier, types: q.types }), run('neighbors-in', { ids: frontier, types: q.types }),
    ]);
    const next: string[] = [];
    // Strongest relations first, so a cap keeps the best-backed neighbours.
    const rows = [...out, ...inc].sort((a, b) => Number(b.sources) - Number(a.sources) || String(a.id).localeCompare(String(b.id)));
    for (const r of rows) {
      const ends = [String(r.source), String(r.target)];
      const fresh = ends.filter((e) => !seen.has(e));
      if (seen.size + fresh.length > q.limit) {
        truncated = true;
        continue;
      }
      for (const e of fresh) {
        seen.add(e);
        next.push(e);
      }
      edges.set(String(r.id), r);
    }
    frontier = next;
  }
  const nodes = await nodesByIds(run, [...seen]);
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()].filter((e) => seen.has(String(e.source)) && seen.has(String(e.target))).map((e) => assembleEdge(e)),
    truncated,
  };
}

/**
 * Turns paths given as relation-id lists into full results with nodes and evidence. Ranked by hops, then support (the
 * sources of the weakest hop), then corroboration (sources summed over the hops), then by the names along the chain,
 * so both stores give equal chains in one order.
 */
async function assemblePaths(run: Runner, paths: string[][]): Promise<PathResult[]> {
  const relIds = [...new Set(paths.flat())];
  if (!relIds.length) return [];
  const rels = new Map((await run('relations-by-ids', { ids: relIds })).map((r) => [String(r.id), assembleEdge(r, true)]));
  const nodeIds = [...new Set([...rels.values()].flatMap((e) => [e.source, e.target]))];
  const nodes = await nodesByIds(run, nodeIds);
  const out: PathResult[] = [];
  for (const p of paths) {
    const edges = p.map((id) => rels.get(id)).filter((e): e is GraphEdge & { evidence: Evidence[] } => !!e);
    if (edges.length !== p.length) continue; // a relation vanished between search and fetch
    const ns = [edges[0].source, ...edges.map((e) => e.target)].map((id) => nodes.get(id)!);
    out.push({ hops: edges.length, support: Math.min(...edges.map((e) => e.sources)), nodes: ns, edges });
  }
  const key = (p: PathResult) => ({
    hops: p.hops, support: p.support, corroboration: p.edges.reduce((n, e) => n + e.sources, 0), names: p.nodes.map((n) => n.name).join('\u0000'),
  });
  return out.sort((a, b) => comparePaths(key(a), key(b)));
}

/**
 * The ids a chain may start or end at, for each of `ids`: the entity itself and, when it is a country, every entity
 * located there, so that "who supplies Russia" includes chains ending at a Russian company. Both ends are read in one
 * statement, unless the caller has them already (`known`, resolved by pathsBetween).
 */
async function chainEnds(run: Runner, ids: string[], known?: Map<string, GraphNode>): Promise<string[][]> {
  const byId: Map<string, { kind?: unknown; country?: unknown }> = known ?? new Map((await run('entities-by-ids', { ids })).map((r) => [String(r.id), r]));
  return Promise.all(ids.map(async (id) => {
    const e = byId.get(id);
    if (!e || e.kind !== 'country' || !e.country) return [id];
    const inside = await run('entities-in-country', { country: e.country });
    return [id, ...inside.filter((r) => r.kind !== 'country').map((r) => String(r.id))];
  }));
}

/** How an adapter enumerates simple flow paths between two sets of entities (inner nodes in neither set). */
export type PathEnumerator = (from: string[], to: string[], q: PathQuery) => Promise<{
  minHops: number;
  ofLength(hops: number): PathCandidate[] | Promise<PathCandidate[]>;
} | null>;

/**
 * The `limit` best chains from `q.from` to `q.to` (path-rank.ts says which), each marked with the country it starts or
 * ends in when it starts or ends at an entity located in the country asked for.
 */
export async function findPaths(run: Runner, q: PathQuery, enumerate: PathEnumerator, known?: Map<string, GraphNode>): Promise<PathResult[]> {
  if (q.from === q.to) return [];
  const [from, to] = await chainEnds(run, [q.from, q.to], known);
  const search = await enumerate(from, to, q);
  if (!search) return [];
  let candidates = await collectCandidates(search.ofLength, search.minHops, q.maxHops, q.limit);
  if (candidates.length > q.limit) {
    // Ties at the cut: names decide, read for the nodes alone before the hops' evidence is read for the winners.
    const rows = await run('entities-by-ids', { ids: [...new Set(candidates.flatMap((c) => c.nodes))] });
    const names = new Map(rows.map((r) => [String(r.id), String(r.name)]));
    candidates = cutByName(candidates, q.limit, (id) => names.get(id) ?? '');
  }
  const found = (await assemblePaths(run, candidates.map((c) => c.edges))).slice(0, q.limit);
  const located = found.some((p) => p.nodes[0].id !== q.from || p.nodes[p.nodes.length - 1].id !== q.to)
    ? known ?? await nodesByIds(run, [q.from, q.to]) : new Map<string, GraphNode>();
  for (const p of found) {
    if (p.nodes[0].id !== q.from && located.has(q.from)) p.startsIn = located.get(q.from);
    if (p.nodes[p.nodes.length - 1].id !== q.to && located.has(q.to)) p.endsIn = located.get(q.to);
  }
  return found;
}

/** GraphStore.pathsBetween over a runner: the ends resolved in one read, then findPaths without reading them again. */
export async function pathsBetween(run: Runner, fromRef: string, toRef: string, q: PathOptions, enumerate: PathEnumerator): Promise<ChainAnswer> {
  const [from, to] = await resolveEntities(run, [fromRef, toRef]);
  if (!from || !to || from.id === to.id) return { from, to, paths: [] };
  const known = new Map([[from.id, from], [to.id, to]]);
  return { from, to, paths: await findPaths(run, { ...q, from: from.id, to: to.id }, enumerate, known) };
}
