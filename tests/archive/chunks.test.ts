/** How a load is cut into store transactions (archive/project.ts): greedy from the start, a small remainder joined. */
import { describe, expect, it } from 'vitest';
import { chunks } from '../../server/archive/project.js';

const docs = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `a${i}`, text: 'x'.repeat(100) }));
const sizes = (n: number, max: number) => chunks(docs(n), max).map((c) => c.length);

describe('archive: load chunks', () => {
  it('cuts greedily at the limit and joins a last chunk under a tenth of it to the one before', () => {
    expect(sizes(1008, 1000)).toEqual([1008]);
    expect(sizes(2008, 1000)).toEqual([1000, 1008]);
    expect(sizes(1200, 1000)).toEqual([1000, 200]);
    expect(sizes(200, 64)).toEqual([64, 64, 64, 8]);
    expect(sizes(196, 64)).toEqual([64, 64, 68]);
    expect(sizes(5, 1000)).toEqual([5]);
  });

  it('meets the same boundaries when a load resumes after its first chunks', () => {
    const all = chunks(docs(3005), 1000);
    const resumed = chunks(docs(3005).slice(all[0].length), 1000);
    expect(resumed.map((c) => c.map((d) => d.id))).toEqual(all.slice(1).map((c) => c.map((d) => d.id)));
  });
});
