/** The entities whose names (or aliases) are nearest to a name that matched none: "did you mean …". */
import { distance } from 'fastest-levenshtein';
import type { GraphNode } from '../api.js';

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** How far `typed` is from `name`, as a share of its length: the whole name, or its start as long as what was typed. */
function closeness(typed: string, name: string): number {
  const n = norm(name);
  const whole = distance(typed, n);
  const start = distance(typed, n.slice(0, typed.length));
  return Math.min(whole, start + 0.5) / Math.max(typed.length, 1);
}

/** Up to `k` entities whose name or an alias is within about a third of a typo per character of `text`, nearest first. */
export function nearestNames(text: string, nodes: readonly GraphNode[], k = 3): GraphNode[] {
  const typed = norm(text);
  if (!typed) return [];
  const scored: { node: GraphNode; score: number }[] = [];
  for (const node of nodes) {
    const score = Math.min(...[node.name, ...(node.aliases ?? [])].map((n) => closeness(typed, n)));
    if (score <= 0.34) scored.push({ node, score });
  }
  return scored.sort((a, b) => a.score - b.score || b.node.degree - a.node.degree).slice(0, k).map((s) => s.node);
}
