/** The example a first visit to the console starts from. */

/** The first example that needs no parameters (so the parameters box starts empty), else the first; null if none. */
export function starterExample<T extends { params: Record<string, unknown> }>(items: T[]): T | null {
  return items.find((e) => Object.keys(e.params).length === 0) ?? items[0] ?? null;
}
