/** The caption line under exported images: what is shown, how many sources back it, when. */
import { describe, expect, it } from 'vitest';
import { viewCaption } from '../../../client/src/graph/caption.js';
import type { GraphData } from '../../../client/src/api.js';

const at = new Date('2026-03-04T05:06:07Z');
const n = (id: string) => ({ id, name: id, kind: 'company' as const, aliases: [], degree: 1, sanctioned: false });
const ev = (article: string) => ({ article, start: 0, end: 1, quote: 'x' });

describe('viewCaption', () => {
  it('counts the articles the drawn relations cite when their evidence is at hand', () => {
    const g: GraphData = {
      nodes: [n('a'), n('b'), n('c')],
      edges: [
        { id: 'e1', type: 'SHIPPED_TO', source: 'a', target: 'b', props: {}, sources: 2, evidence: [ev('x'), ev('y')] },
        { id: 'e2', type: 'SHIPPED_TO', source: 'b', target: 'c', props: {}, sources: 1, evidence: [ev('x')] },
      ],
    };
    expect(viewCaption('Chains: A → C', g, 9, at)).toBe('Chains: A → C · 3 entities, 2 relations · 2 source articles · 2026-03-04 05:06 UTC');
  });

  it('falls back on the articles in the graph for an overview, whose relations carry no evidence', () => {
    const g: GraphData = { nodes: [n('a'), n('b')], edges: [{ id: 'e', type: 'SHIPPED_TO', source: 'a', target: 'b', props: {}, sources: 1 }] };
    expect(viewCaption('Overview of the graph', g, 1, at)).toBe('Overview of the graph · 2 entities, 1 relation · 1 source article · 2026-03-04 05:06 UTC');
  });
});
