/** The generated overview graph (bench/overview-graph.ts) as one extraction, for browser tests that load it into the store. */
import type { Extraction } from '../../server/domain/types.js';
import type { RelationType } from '../../server/domain/relation-registry.js';
import { overviewGraph } from '../../bench/overview-graph.js';

export function overviewExtraction(nodes: number, edges: number): Extraction {
  const g = overviewGraph(nodes, edges);
  const text = 'Generated article for the large overview test.';
  return {
    articles: [{ id: 'overview-large', title: 'Generated', text }],
    entities: g.nodes.map((n) => ({ id: n.id, name: n.name, kind: n.kind, aliases: [] })),
    relations: g.edges.map((e) => ({
      id: e.id, type: e.type as RelationType, source: e.source, target: e.target, props: {},
      evidence: [{ article: 'overview-large', start: 0, end: 9, quote: text.slice(0, 9) }],
    })),
  };
}
