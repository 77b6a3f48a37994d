/** /api/paths and its neighbours on the real seed graph: the three chains, each hop quoted exactly. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/app.js';
import { makeTestApp } from '../helpers/app.js';

interface Hop { source: string; target: string; sources: number; evidence: { article: string; start: number; end: number; quote: string }[] }
interface Path { hops: number; support: number; nodes: { id: string; name: string }[]; edges: Hop[] }

describe('GET /api/paths on the seeds', () => {
  let app: App;
  const texts = new Map<string, string>();
  beforeAll(async () => {
    ({ app } = await makeTestApp({ seed: true }));
    for (const a of (await app.inject('/api/articles')).json().items) {
      texts.set(a.id, (await app.inject(`/api/articles/${encodeURIComponent(a.id)}`)).json().text);
    }
  });
  afterAll(async () => app.close());

  const paths = async (from: string, to: string, extra = '') => {
    const res = await app.inject(`/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}${extra}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().paths as Path[];
  };
  const names = (p: Path) => p.nodes.map((n) => n.name);
  const expectQuoted = (ps: Path[]) => {
    for (const p of ps) {
      for (const e of p.edges) {
        expect(e.evidence.length).toBeGreaterThan(0);
        for (const ev of e.evidence) expect(texts.get(ev.article)!.slice(ev.start, ev.end)).toBe(ev.quote);
      }
    }
  };

  it('AEE to Russia: chains ending at an entity located in Russia count, the last step shown as such', async () => {
    const ps = (await paths('AEE', 'Russia')) as (Path & { endsIn?: { id: string; name: string } })[];
    expect(ps.length).toBeGreaterThan(0);
    const viaVektor = ps.find((p) => names(p).join(' > ') === 'AEE Models > TSK Vektor');
    expect(viaVektor, JSON.stringify(ps.map(names))).toBeDefined();
    expect(viaVektor!.endsIn).toMatchObject({ name: 'Russia' });
    expectQuoted(ps);
    // A chain that reaches the country itself carries no such mark.
    const direct = await paths('DJI', 'Russia');
    expect(direct.some((p) => p.nodes.at(-1)!.name === 'Russia' && !(p as { endsIn?: unknown }).endsIn)).toBe(true);
  });

  it('DJI to Russia: a chain through iFlight', async () => {
    const ps = await paths('DJI', 'Russia');
    expect(ps.some((p) => names(p).some((n) => /iflight/i.test(n)))).toBe(true);
    expectQuoted(ps);
    // Ranked by hops, then by the support of the weakest hop, then by sources summed over the hops.
    const total = (p: Path) => p.edges.reduce((n, e) => n + e.sources, 0);
    for (let i = 1; i < ps.length; i++) {
      const [a, b] = [ps[i - 1], ps[i]];
      expect(b.hops > a.hops || (b.hops === a.hops && (b.support < a.support || (b.support === a.support && total(b) <= total(a))))).toBe(true);
    }
    // On the seeds the two-hop chains tie on support; the one through iFlight has more sources in all.
    expect(names(ps[0]).some((n) => /iflight/i.test(n))).toBe(true);
  });

  it('AEE to IEMZ Kupol: a chain through TSK Vektor', async () => {
    const ps = await paths('AEE', 'IEMZ Kupol');
    expect(ps.some((p) => names(p).includes('TSK Vektor'))).toBe(true);
    expectQuoted(ps);
  });

  it('China North Industries Group Corporation Limited to Tekhkrim: at least one path', async () => {
    const ps = await paths('China North Industries Group Corporation Limited', 'Tekhkrim');
    expect(ps.length).toBeGreaterThan(0);
    expectQuoted(ps);
  });

  it('takes names case-insensitively, respects maxHops and limit', async () => {
    expect((await paths('dji', 'RUSSIA')).length).toBeGreaterThan(0);
    expect((await paths('DJI', 'Russia', '&maxHops=1')).every((p) => p.hops <= 1)).toBe(true);
    expect(await paths('DJI', 'Russia', '&limit=1')).toHaveLength(1);
  });

  it('says which end is unknown, and refuses bad parameters', async () => {
    const res = await app.inject('/api/paths?from=DJI&to=Atlantis%20Holdings');
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toContain('to="Atlantis Holdings"');
    expect((await app.inject('/api/paths?from=DJI&to=DJI')).statusCode).toBe(400);
    for (const q of ['maxHops=9', 'maxHops=0', 'limit=101', 'types=SANCTIONED', 'minSources=-1']) {
      expect((await app.inject(`/api/paths?from=DJI&to=Russia&${q}`)).statusCode, q).toBe(400);
    }
  });

  it('traces upstream and downstream, and a capped neighbourhood', async () => {
    const russia = (await app.inject('/api/entities?q=Russia')).json().items[0];
    const up = (await app.inject(`/api/entities/${russia.id}/upstream?maxHops=3`)).json();
    expect(up.items.some((x: { entity: { name: string } }) => x.entity.name === 'DJI')).toBe(true);
    expect(up.items.every((x: { hops: number }) => x.hops >= 1 && x.hops <= 3)).toBe(true);
    const dji = (await app.inject('/api/entities?q=DJI')).json().items[0];
    const down = (await app.inject(`/api/entities/${dji.id}/downstream`)).json();
    expect(down.items.map((x: { entity: { id: string } }) => x.entity.id)).toContain(russia.id);
    const nb = (await app.inject(`/api/entities/${russia.id}/neighbors?limit=3`)).json();
    expect(nb.nodes.length).toBeLessThanOrEqual(3);
    expect(nb.truncated).toBe(true);
    expect((await app.inject('/api/entities/no-such-entity/neighbors')).statusCode).toBe(404);
  });
});
