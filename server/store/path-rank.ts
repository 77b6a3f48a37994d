/**
 * What both adapters mean by "the k best chains", so that they answer alike: every simple directed path is a
 * candidate; the answer is ranked by hops, then by the support of the weakest hop, then by the sources summed over the
 * hops, then by the names along the chain (explore.ts, assemblePaths). Each adapter only enumerates the simple paths
 * of one length (over an in-memory index on the embedded store, over relations read a layer at a time on Neo4j); the
 * length loop and the cut are here.
 */

/** A simple path as its node ids, its relation ids and each hop's number of sources, in order. */
export interface PathCandidate {
  nodes: string[];
  edges: string[];
  sources: number[];
}

/**
 * Most simple paths of one length either adapter enumerates. Past it the ranking within that length is over the
 * first paths found, which differ between stores; no chain query on real data comes near it.
 */
export const PATHS_PER_LENGTH = 5000;

const support = (c: PathCandidate) => Math.min(...c.sources);
const corroboration = (c: PathCandidate) => c.sources.reduce((n, s) => n + s, 0);

/** The ranking itself: hops, then support, then corroboration, then the names along the chain. */
export function comparePaths(a: { hops: number; support: number; corroboration: number; names: string },
  b: { hops: number; support: number; corroboration: number; names: string }): number {
  return a.hops - b.hops || b.support - a.support || b.corroboration - a.corroboration || a.names.localeCompare(b.names);
}

/** The best `limit` candidates by comparePaths, given each node's name. */
export function cutByName(candidates: PathCandidate[], limit: number, nameOf: (id: string) => string): PathCandidate[] {
  const keyed = candidates.map((c) => ({
    c, hops: c.edges.length, support: support(c), corroboration: corroboration(c), names: c.nodes.map(nameOf).join('\u0000'),
  }));
  return keyed.sort(comparePaths).slice(0, limit).map((k) => k.c);
}

/**
 * Candidates length by length from `minHops`, until `limit` are found or `maxHops` is passed. Shorter paths all rank
 * first, so only the last length is cut: to its best by support and corroboration, keeping every candidate tied with
 * the last one kept, because names (known only after the nodes are read) decide between those.
 */
export async function collectCandidates(
  ofLength: (hops: number) => PathCandidate[] | Promise<PathCandidate[]>,
  minHops: number,
  maxHops: number,
  limit: number,
): Promise<PathCandidate[]> {
  const out: PathCandidate[] = [];
  for (let hops = Math.max(1, minHops); hops <= maxHops && out.length < limit; hops++) {
    const found = [...(await ofLength(hops))].sort((a, b) => support(b) - support(a) || corroboration(b) - corroboration(a));
    const room = limit - out.length;
    let keep = Math.min(room, found.length);
    const last = found[keep - 1];
    while (last && keep < found.length && support(found[keep]) === support(last) && corroboration(found[keep]) === corroboration(last)) keep++;
    out.push(...found.slice(0, keep));
  }
  return out;
}
