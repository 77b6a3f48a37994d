/** The chains a path search must find, by brute force over the relation rows: the reference both search tests use. */
import type { FlowEdgeRow } from '../../server/store/path-search.js';

/**
 * Every simple path from a node of `from` (not in `to`) to a node of `to` of at most maxHops edges whose inner nodes
 * are in neither set, as its relation ids joined by spaces, sorted; by depth-first search over the rows themselves.
 */
export function allSimplePaths(rows: FlowEdgeRow[], from: string[], to: string[], maxHops: number): string[] {
  const out: string[] = [];
  const walk = (at: string, path: string[], seen: Set<string>) => {
    if (path.length >= maxHops) return;
    for (const r of rows) {
      if (r.source !== at || seen.has(r.target)) continue;
      if (to.includes(r.target)) out.push([...path, r.id].join(' '));
      else if (!from.includes(r.target)) {
        seen.add(r.target);
        walk(r.target, [...path, r.id], seen);
        seen.delete(r.target);
      }
    }
  };
  for (const s of new Set(from)) if (!to.includes(s)) walk(s, [], new Set([s]));
  return out.sort();
}
