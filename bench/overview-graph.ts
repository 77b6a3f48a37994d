/** A generated overview graph (hubs by preferential attachment, deterministic) for the overview bench and its test. */
import type { GraphData, GraphNode } from '../server/store/graph-store.js';
import { RELATIONS } from '../server/domain/relation-registry.js';
import { ENTITY_KINDS } from '../server/domain/types.js';
import { rng } from './trade-graph.js';

export function overviewGraph(nodeCount: number, edgeCount: number): GraphData {
  const rand = rng(42);
  const nodes: GraphNode[] = Array.from({ length: nodeCount }, (_, i) => ({
    id: `n${i}`, name: `Entity ${i}`, kind: ENTITY_KINDS[i % ENTITY_KINDS.length], aliases: [], degree: 0, sanctioned: i % 97 === 0,
  }));
  const ends: number[] = [0, 1];
  const seen = new Set<string>();
  const edges: GraphData['edges'] = [];
  while (edges.length < edgeCount) {
    const s = Math.floor(rand() * nodeCount);
    const t = rand() < 0.6 ? ends[Math.floor(rand() * ends.length)] : Math.floor(rand() * nodeCount);
    const type = RELATIONS[Math.floor(rand() * RELATIONS.length)].type;
    const id = `${type}:n${s}->n${t}`;
    if (s === t || seen.has(id)) continue;
    seen.add(id);
    edges.push({ id, type, source: `n${s}`, target: `n${t}`, props: {}, sources: 1 + Math.floor(rand() * 4) });
    ends.push(s, t);
    nodes[s].degree++;
    nodes[t].degree++;
  }
  return { nodes, edges, truncated: false };
}
