/** The read cache over a real embedded store: repeated reads are shared, any write drops them, failures are not kept. */
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../server/domain/types.js';
import { EmbeddedStore } from '../../server/store/embedded-store.js';
import type { GraphStore } from '../../server/store/graph-store.js';
import { withReadCache } from '../../server/store/read-cache.js';

const text = 'Acme Drones shipped motors to Borealis Trading.';
const batch = (n: number): Extraction => ({
  articles: [{ id: `a${n}`, title: `Article ${n}`, text }],
  entities: [
    { id: 'acme', name: 'Acme Drones', kind: 'company', aliases: [] },
    { id: `buyer-${n}`, name: `Buyer ${n}`, kind: 'company', aliases: [] },
  ],
  relations: [{ id: `SHIPPED_TO:acme->buyer-${n}`, type: 'SHIPPED_TO', source: 'acme', target: `buyer-${n}`, props: {},
    evidence: [{ article: `a${n}`, start: 0, end: text.length, quote: text }] }],
});

/** A real store whose read calls are counted. */
async function countedStore(): Promise<{ store: GraphStore; calls: Map<string, number> }> {
  const inner = new EmbeddedStore(':memory:');
  await inner.init();
  const calls = new Map<string, number>();
  for (const m of ['counts', 'graph', 'paths', 'getEntity'] as const) {
    const original = inner[m].bind(inner) as (...a: unknown[]) => Promise<unknown>;
    (inner as unknown as Record<string, unknown>)[m] = (...a: unknown[]) => {
      calls.set(m, (calls.get(m) ?? 0) + 1);
      return original(...a);
    };
  }
  return { store: inner, calls };
}

describe('read cache', () => {
  it('answers a repeated read once, and shares one call between concurrent identical reads', async () => {
    const { store, calls } = await countedStore();
    const cached = withReadCache(store, { ttlMs: Infinity });
    await cached.loadBatch(batch(1));
    const [a, b] = await Promise.all([cached.graph({ limit: 100 }), cached.graph({ limit: 100 })]);
    const c = await cached.graph({ limit: 100 });
    expect(calls.get('graph')).toBe(1);
    expect(a).toBe(b);
    expect(c).toBe(a);
    expect(a.nodes.map((n) => n.id).sort()).toEqual(['acme', 'buyer-1']);
    // Other arguments are another question.
    await cached.graph({ limit: 1 });
    expect(calls.get('graph')).toBe(2);
    await cached.close();
  });

  it('drops every answer when a write commits, so the next read sees it', async () => {
    const { store, calls } = await countedStore();
    const cached = withReadCache(store, { ttlMs: Infinity });
    await cached.loadBatch(batch(1));
    expect((await cached.counts()).relations).toBe(1);
    await cached.loadBatch(batch(2));
    expect((await cached.counts()).relations).toBe(2);
    expect(calls.get('counts')).toBe(2);
    await cached.close();
  });

  it('does not keep an answer that a write overtook, nor a failed one', async () => {
    const { store } = await countedStore();
    const cached = withReadCache(store, { ttlMs: Infinity });
    await cached.loadBatch(batch(1));
    const before = cached.counts();
    const load = cached.loadBatch(batch(2));
    await Promise.all([before, load]);
    expect((await cached.counts()).relations).toBe(2);
    // A read that throws is asked again next time.
    let attempts = 0;
    const failing = withReadCache({ kind: store.kind, paths: () => Promise.reject(new Error(`boom ${++attempts}`)) } as unknown as GraphStore, { ttlMs: Infinity });
    const q = { from: 'acme', to: 'buyer-1', maxHops: 3, limit: 5, types: [], minSources: 0 };
    await expect(failing.paths(q)).rejects.toThrow('boom 1');
    await expect(failing.paths(q)).rejects.toThrow('boom 2');
    await cached.close();
  });

  it('lets entries expire after ttlMs, for stores other processes write to', async () => {
    const { store, calls } = await countedStore();
    const cached = withReadCache(store, { ttlMs: 0 });
    await cached.counts();
    await new Promise((r) => setTimeout(r, 5));
    await cached.counts();
    expect(calls.get('counts')).toBe(2);
    await cached.close();
  });

  it('gives an expired answer within staleMs while one call refreshes it, and a fresh one after', async () => {
    const { store, calls } = await countedStore();
    const cached = withReadCache(store, { ttlMs: 0, staleMs: 60_000 });
    await cached.loadBatch(batch(1));
    const first = await cached.counts();
    await new Promise((r) => setTimeout(r, 5));
    // Expired: the old answer at once, from both callers, and a single refresh behind them.
    const [a, b] = await Promise.all([cached.counts(), cached.counts()]);
    expect(a).toBe(first);
    expect(b).toBe(first);
    expect(calls.get('counts')).toBe(2);
    await new Promise((r) => setTimeout(r, 20));
    const refreshed = await cached.counts();
    expect(refreshed).not.toBe(first);
    expect(refreshed).toEqual(first);
    // A write still drops it: the next read waits for the store.
    await cached.loadBatch(batch(2));
    expect((await cached.counts()).relations).toBe(2);
    await cached.close();
  });

  it('never gives an answer older than ttlMs + staleMs', async () => {
    const { store, calls } = await countedStore();
    const cached = withReadCache(store, { ttlMs: 0, staleMs: 1 });
    const first = await cached.counts();
    await new Promise((r) => setTimeout(r, 10));
    expect(await cached.counts()).not.toBe(first);
    expect(calls.get('counts')).toBe(2);
    await cached.close();
  });
});
