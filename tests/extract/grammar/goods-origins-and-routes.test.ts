/**
 * Where goods come from and go, shown with sentences written for the test (invented names): the countries a reduced
 * relative says goods were made in ("lathes produced in A") and a hyphened "A-made", the route after such a
 * relative, which is the trade's ("re-exporting lathes produced in A into the hands of B"), "re-exporting" as a
 * form of export, and the subject of "are involved in V-ing".
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: where goods were made and where they went', () => {
  it('reads "firms are implicated in a scheme of re-exporting lathes produced in A and C into the hands of B"', () => {
    const out = extractText('Investigators found that the Armenian firms Velkor Ltd and Tarsin Ltd are implicated in a scheme of re-exporting lathes produced in Austria and Italy straight into the hands of Belarus.');
    expect(expectRel(out, 'SHIPPED_TO', 'Velkor Ltd', 'Belarus').rule).toBe('frame:supply/active');
    expectRel(out, 'SHIPPED_TO', 'Tarsin Ltd', 'Belarus');
    expect(expectRel(out, 'SHIPPED_TO', 'Austria', 'Velkor Ltd').rule).toBe('frame:supply/active+origin');
    expectRel(out, 'SHIPPED_TO', 'Italy', 'Tarsin Ltd');
  });

  it('gives "A and B are involved in re-exporting G to C" its subject past the verb group', () => {
    const out = extractText('Velkor Ltd and Tarsin Ltd are involved in re-exporting lathes to Belarus.');
    expect(expectRel(out, 'SHIPPED_TO', 'Velkor Ltd', 'Belarus').rule).toBe('frame:supply/active');
    expect(expectRel(out, 'SHIPPED_TO', 'Tarsin Ltd', 'Belarus').rule).toBe('frame:supply/active');
  });

  it('reads the country of "received shipments of A-made drones" as where they came from', () => {
    const out = extractText('Last year Orvex Plant also received shipments of Austrian-made reconnaissance drones through a Serbian intermediary.');
    // (Through the intermediary's country, the hop the text names.)
    expect(expectRel(out, 'SHIPPED_TO', 'Austria', 'Serbia').rule).toBe('frame:acquire/active+via');
    expectRel(out, 'SHIPPED_TO', 'Serbia', 'Orvex Plant');
  });
  it('reads a trade event\'s roles past participles inside them: "trade in G from the state-owned firm A to sanctioned Belarusian firms"', () => {
    const out = extractText('Customs data show a rise in trade in optics from the state-owned firm Velkor Ltd to sanctioned Belarusian defence firms.');
    expect(expectRel(out, 'SHIPPED_TO', 'Velkor Ltd', 'Belarus').rule).toBe('frame:supply/nominal');
    // ("so-called": a participle inside a hyphened compound is no verb either.)
    const called = extractText('Shipments of so-called priority goods from Latvia, Estonia and Moldova to Belarus doubled in 2023.');
    expect(expectRel(called, 'SHIPPED_TO', 'Estonia', 'Belarus').rule).toBe('frame:supply/nominal');
    expectRel(called, 'SHIPPED_TO', 'Moldova', 'Belarus');
  });
});

describe('grammar: routes named by their ends', () => {
  it('reads "imports of G from A and C to B" as A and C supplying B', () => {
    const out = extractText('Despite the embargo, imports of relay switches from Armenia and Georgia to Belarus grew.');
    for (const n of ['Armenia', 'Georgia']) expect(expectRel(out, 'SHIPPED_TO', n, 'Belarus').rule).toBe('frame:acquire/nominal');
  });

  it('reads "the A-to-B weapons pipeline" as a route from A to B, but not a route denied', () => {
    const out = extractText('The tanker was part of the Armenia-to-Belarus weapons pipeline.');
    expect(expectRel(out, 'SHIPPED_TO', 'Armenia', 'Belarus').rule).toBe('frame:supply/route-compound');
    expect(extractText('There is no Armenia-to-Belarus pipeline, officials said.').relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
    // (A train between two cities is no route of goods.)
    expect(extractText('The Armenia-to-Belarus train was late.').relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
  });
});

describe('grammar: goods of one country in another state\'s hands', () => {
  it('reads "Belarus\'s Iranian-made drones", "Iranian drones used by Belarus" and "Belarus deploys Chinese drones" as flows to Belarus', () => {
    const owned = extractText('Belarus\'s Iranian-made drones carry Austrian engines.');
    expect(expectRel(owned, 'SHIPPED_TO', 'Iran', 'Belarus').rule).toBe('frame:supply/goods-in-hands');
    expectRel(extractText('Iranian-made drones used by Belarus hit the depot.'), 'SHIPPED_TO', 'Iran', 'Belarus');
    expectRel(extractText('Belarus has deployed Chinese drones along the border.'), 'SHIPPED_TO', 'China', 'Belarus');
    // (Not denied use, nor a title-case headline.)
    expect(extractText('Belarus has not deployed Chinese drones along the border.').relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
    expect(extractText('How Turkish Suppliers Feed Belarus\'s War Machine').relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
  });
});

describe('grammar: a supplier\'s share of a buyer\'s trade', () => {
  it('reads "A and C accounted for 41% of goods supplied to B", "A made up a third of the chips imported by B" and "A accounted for 89% of B\'s imports"', () => {
    const out = extractText('In 2022, Armenia and Georgia accounted for 41% of dual-use goods supplied to Belarus.');
    for (const n of ['Armenia', 'Georgia']) expect(expectRel(out, 'SHIPPED_TO', n, 'Belarus').rule).toBe('frame:supply/share-of-trade');
    expectRel(extractText('Serbia made up a third of the valves imported by Belarus in 2023.'), 'SHIPPED_TO', 'Serbia', 'Belarus');
    expect(expectRel(extractText('Serbia accounted for 89% of Belarus\'s imports of lathes.'), 'SHIPPED_TO', 'Serbia', 'Belarus').rule).toBe('frame:supply/share-of-trade');
    // (A share of something else is no trade.)
    expect(extractText('Serbia accounted for 41% of the votes cast in Belarus.').relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
  });
});

describe('grammar: an event\'s goods given as a list', () => {
  it('reads "the transfer of drones, crews, and related equipment from A to B" past the list to its route', () => {
    const out = extractText('The two firms were listed for arranging flights that helped the transfer of Syrian drones, crews, and related equipment from Syria to Belarus.');
    expect(expectRel(out, 'SHIPPED_TO', 'Syria', 'Belarus').rule).toBe('frame:supply/nominal');
  });
});

describe('grammar: a purchase and the route to its buyer', () => {
  it('reads "G, created by A, was imported by B and transported through P" as A -> P -> B, not B sending to P', () => {
    const out = extractText('The milling machine, created by the Austrian engineering firm Halden, was imported by a Belarusian company, Kovira, and shipped through Serbia.');
    expect(expectRel(out, 'SHIPPED_TO', 'Halden', 'Kovira').rule).toBe('frame:acquire/passive');
    expect(expectRel(out, 'SHIPPED_TO', 'Serbia', 'Kovira').rule).toBe('frame:supply/passive+via-to-buyer');
    expectRel(out, 'SHIPPED_TO', 'Halden', 'Serbia');
    expectNoRel(out, 'SHIPPED_TO', 'Kovira', 'Serbia');
  });
});

describe('grammar: the country whose firms made the goods in a noun of supply', () => {
  it('reads "the supply of equipment produced by Laotian companies to K" as a flow from Laos', () => {
    const out = extractText('Vietnam has opened a criminal case into the supply of radar equipment produced by Laotian companies to Mongolia.');
    expectRel(out, 'SHIPPED_TO', 'Laos', 'Mongolia');
  });

  it('reads a vessel named by the arms it carries as those arms: "a Laotian weapons ship made its way to K", not "a cargo ship"', () => {
    expect(expectRel(extractText('Customs officers said a Laotian weapons ship made its way to Mongolia.'), 'SHIPPED_TO', 'Laos', 'Mongolia').rule).toBe('frame:find-way/active');
    expectRel(extractText('A Laotian arms freighter reached Mongolia in May.'), 'SHIPPED_TO', 'Laos', 'Mongolia');
    expectNoRel(extractText('Customs officers said a Laotian cargo ship made its way to Mongolia.'), 'SHIPPED_TO', 'Laos', 'Mongolia');
  });
});
