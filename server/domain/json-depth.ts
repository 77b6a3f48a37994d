/** How deep a parsed JSON value nests, checked before code that recurses over it (serialisers, database bindings). */

/** Whether `value` nests arrays and objects more than `max` deep; stops looking as soon as it does. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const walk = (v: unknown, depth: number): boolean => {
    if (v === null || typeof v !== 'object') return false;
    if (depth >= max) return true;
    for (const x of Array.isArray(v) ? v : Object.values(v)) if (walk(x, depth + 1)) return true;
    return false;
  };
  return walk(value, 0);
}
