/**
 * The positions of the last big overview laid out in the worker, kept with the graph they were computed for (its node
 * ids, its edges' ends and the shape its components were packed into). Coming back to the Explorer from another page
 * of the app finds the same graph and shows the same picture at once instead of laying it out again. One graph is
 * kept: the overview a reader returns to.
 */
import type { ElementDefinition } from 'cytoscape';

export type Positions = ReadonlyMap<string, { x: number; y: number }>;

let kept: { key: string; positions: Positions } | null = null;

/** What the positions of a force layout depend on: nodes, edge ends and the packing's aspect ratio. */
export function layoutMemoryKey(elements: readonly ElementDefinition[], aspect: number): string {
  const parts = [aspect.toFixed(2)];
  for (const el of elements) parts.push(el.group === 'nodes' ? `${el.data.id}` : `${el.data.source}>${el.data.target}`);
  return parts.join('\n');
}

export function recallLayout(key: string): Positions | undefined {
  return kept?.key === key ? kept.positions : undefined;
}

export function rememberLayout(key: string, positions: Positions): void {
  kept = { key, positions };
}
