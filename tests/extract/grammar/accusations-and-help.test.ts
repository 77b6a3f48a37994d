/**
 * Three readings met in wire reports on state-to-state supply: "A stands accused of supplying B with G" (the copula of
 * an accusation), "A's supply of rifles and related parts to B" (a describing participle inside the goods), and
 * "giving legal and technical insights to B" (help, however described, is no goods); and a gerund before the
 * infinitive of what the accused did ("accused of conspiring to export G to B"). Sentences written for the test
 * (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText, relationsOf } from '../helpers.js';

describe('flows: accusations, goods lists and help', () => {
  it('reads "A stands accused of supplying B with G" as "A is accused of supplying"', () => {
    const out = extractText('Laos stands accused of supplying Mongolia with ballistic missiles and artillery shells.');
    expect(expectRel(out, 'SHIPPED_TO', 'Laos', 'Mongolia').rule).toBe('frame:supply-party/active');
    expectRel(extractText('Laos stood accused of supplying ballistic missiles to Mongolia.'), 'SHIPPED_TO', 'Laos', 'Mongolia');
  });

  it('reads "A\'s supply of rifles and related parts to B" past the participle that only describes', () => {
    const out = extractText('Canada listed four firms tied to Laos’s supply of rifles and related parts to Mongolia.');
    expect(expectRel(out, 'SHIPPED_TO', 'Laos', 'Mongolia').rule).toBe('frame:supply/nominal');
  });

  it('reads "giving legal and technical insights to B" as no flow, and "spare parts and maintenance services" as one', () => {
    expect(relationsOf('Closer Laos-Mongolia ties are providing legal and technical insights to Laos, the minister said.', 'SHIPPED_TO')).toHaveLength(0);
    expectRel(extractText('Kestrova LLC provides spare parts and maintenance services to Laos.'), 'SHIPPED_TO', 'Kestrova LLC', 'Laos');
  });
});

describe('flows: the country whose customs recorded a shipment', () => {
  it('reads "According to Laotian customs declarations, A shipped G" as a shipment to Laos, and not past a recipient or an export', () => {
    const out = extractText('The other company, Kestrova LLC, was founded by Bertrand Olskiy. According to Laotian customs declarations, ' +
      'the company shipped parts of American chip makers worth some 500 thousand dollars.');
    expect(expectRel(out, 'SHIPPED_TO', 'Kestrova LLC', 'Laos').rule).toBe('frame:supply/active');
    expectRel(extractText('Laotian customs records show that Kestrova LLC shipped chips worth $2 million.'), 'SHIPPED_TO', 'Kestrova LLC', 'Laos');
    expectNoRel(extractText('Kestrova LLC shipped motors declared at $6 million to Brask Logistics, Laotian customs declarations show.'), 'SHIPPED_TO', 'Kestrova LLC', 'Laos');
    expectNoRel(extractText('According to Laotian customs data, Kestrova LLC exported chips worth $2 million.'), 'SHIPPED_TO', 'Kestrova LLC', 'Laos');
  });
});

describe('flows: a perfect after "alleged to", and a recipient quoted before its country', () => {
  it('reads "A is alleged to have sold G to \u201cmilitary end-users\u201d in K" as a supply to K', () => {
    const out = extractText('As head of a firm registered in northern Mongolia, Bertrand Olskiy is alleged to have sold lathes ' +
      'to “military end-users” in Laos.');
    expect(expectRel(out, 'SHIPPED_TO', 'Bertrand Olskiy', 'Laos').rule).toBe('frame:supply/active');
    expectRel(extractText('Kestrova LLC is alleged to have sold lathes to military end-users in Laos.'), 'SHIPPED_TO', 'Kestrova LLC', 'Laos');
  });
});

describe('flows: people joined to a word for firms, placed in countries', () => {
  it('reads "targeting firms and individuals in A, B and C for supplying K with G" as each country supplying K', () => {
    const out = extractText('The UK widened its measures against Laos on Monday, targeting firms and individuals in Mongolia, Chile and ' +
      'the United Arab Emirates for supplying Vientiane with dual-use parts.');
    expect(expectRel(out, 'SHIPPED_TO', 'Mongolia', 'Laos').rule).toBe('frame:supply-party/active');
    expectRel(out, 'SHIPPED_TO', 'Chile', 'Laos');
    expectRel(out, 'SHIPPED_TO', 'United Arab Emirates', 'Laos');
  });
});

describe('grammar: a gerund before the infinitive of what the accused did', () => {
  it('reads "A and B are accused of conspiring to purchase and export G to K" as both shipping to K', () => {
    const out = extractText('Martin Varno and Tarsen Vey are accused of conspiring to purchase and export microelectronics to Laos.');
    expectRel(out, 'SHIPPED_TO', 'Martin Varno', 'Laos');
    expectRel(out, 'SHIPPED_TO', 'Tarsen Vey', 'Laos');
  });

  it('keeps a gerund of trying unasserted: "sanctioned A for attempting to sell G to B"', () => {
    expectNoRel(extractText('Laos sanctioned Brask Logistics for attempting to sell drones to Vietnam.'), 'SHIPPED_TO', 'Brask Logistics', 'Vietnam');
    // (An attempted export is the offence itself, and the goods left: a flow.)
    expectRel(extractText('Laos sanctioned Brask Logistics for attempting to export drones to Vietnam.'), 'SHIPPED_TO', 'Brask Logistics', 'Vietnam');
  });
});
