/**
 * Repeatable force layouts. fcose and cose-base draw on `Math.random` (spectral sampling, starting vectors, tie
 * breaks), so the same graph came out differently on every load: screenshots, exports and shared links showed
 * another picture each time, and a readability check near its bound passed or failed by chance. While a layout runs
 * synchronously, `Math.random` is a generator seeded from the graph itself (pure-rand's xoroshiro128+), and is given
 * back afterwards, also when the layout throws.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/**
 * A 32-bit FNV-1a hash of the node ids in order: the same graph, its nodes in the same order (as the API gives them),
 * gives the same seed; another graph another seed.
 */
export function layoutSeed(ids: Iterable<string>): number {
  let h = 0x811c9dc5;
  for (const id of ids) {
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x1f, 0x01000193);
  }
  return h | 0;
}

/**
 * Runs `fn` with `Math.random` replaced by a generator started from `seed`; only for work that finishes within `fn`
 * (whatever `fn` calls synchronously draws from it too: a layout's own "layoutstop" handlers, for one).
 */
export function withSeededRandom<T>(seed: number, fn: () => T): T {
  const rng = xoroshiro128plus(seed);
  const original = Math.random;
  Math.random = () => uniformFloat64(rng);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}
