/**
 * Guard: help and sums of money moved by a transfer verb are no goods ("provided B with intelligence",
 * "transferred $5 million to B", "received a prison sentence from K"), while the worth of goods is ("shipped $5 million of
 * chips to B"); a demonym after "for" is whom goods are for, not where they came from. Sentences written
 * for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('guards: help and money are no goods', () => {
  it('draws no flow for "provided B with intelligence" or "transferred $5 million to B"', () => {
    expectNoRel(extractText('Qinto Power transferred $5 million to Velmor Motors.'), 'SHIPPED_TO', 'Qinto Power', 'Velmor Motors');
    const out = extractText('Qinto Power provided Velmor Motors with intelligence.');
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO')).toHaveLength(0);
  });

  it('draws no flow for an email or a message sent, also when only the older layer resolves the sender ("the firm")', () => {
    expect(extractText('Qinto Power sent a message to Velmor Motors.').relations).toHaveLength(0);
    const out = extractText('Qinto Power opened an office in March. Two weeks later, the firm sent an email to Velmor Motors.');
    expectNoRel(out, 'SHIPPED_TO', 'Qinto Power', 'Velmor Motors');
    // Goods sent by the same construction still flow.
    const goods = extractText('Qinto Power opened an office in March. Two weeks later, the firm sent pumps to Velmor Motors.');
    expectRel(goods, 'SHIPPED_TO', 'Qinto Power', 'Velmor Motors');
  });

  it('still reads goods given with "with" and the worth of goods', () => {
    expectRel(extractText('Qinto Power supplied Velmor Motors with drone engines.'), 'SHIPPED_TO', 'Qinto Power', 'Velmor Motors');
    expectRel(extractText('Qinto Power shipped $5 million of chips to Velmor Motors.'), 'SHIPPED_TO', 'Qinto Power', 'Velmor Motors');
    expectRel(extractText('Qinto Power exported $2.5 million in electronics to Velmor Motors.'), 'SHIPPED_TO', 'Qinto Power', 'Velmor Motors');
    // (The scale written short against the number, as financial papers do.)
    expectRel(extractText('Qinto Power shipped $40mn of relays to Velmor Motors.'), 'SHIPPED_TO', 'Qinto Power', 'Velmor Motors');
    expectRel(extractText('Qinto Power exported €1.2bn worth of relays to Velmor Motors.'), 'SHIPPED_TO', 'Qinto Power', 'Velmor Motors');
  });

  it('moves no goods in a protest received or in people arriving: "B received a protest from A", "a businessman who arrived in B"', () => {
    expectNoRel(extractText('Belarus received a protest from Poland on Monday.'), 'SHIPPED_TO', 'Poland', 'Belarus');
    // ("her" before a common noun owns it: the request is what was sent, not "her".)
    expectNoRel(extractText('Irina Olskaya sent her request to Vietnamese suppliers.'), 'SHIPPED_TO', 'Irina Olskaya', 'Vietnam');
    expectRel(extractText('Irina Olskaya sold her drones to Brask Logistics.'), 'SHIPPED_TO', 'Irina Olskaya', 'Brask Logistics');
    // (Before a time, "her" is the object still.)
    for (const when of ['last year', 'months before the war']) {
      expectRel(extractText(`Irina Olskaya runs Brask Logistics. The EU sanctioned her ${when}.`), 'SANCTIONED', 'EU', 'Irina Olskaya');
    }
    const out = extractText('Last year a Latvian engineer who arrived in Norway in 2020 was charged with selling lathes to a Minsk plant.');
    expectNoRel(out, 'SHIPPED_TO', 'Latvia', 'Norway');
    // (Nor is the place of the relative clause the subject of the main one: no "Norway" selling lathes.)
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
    // Goods still arrive.
    expectRel(extractText('Belarusian tractors arrived in Latvia on Monday.'), 'SHIPPED_TO', 'Belarus', 'Latvia');
  });

  it('reads an order to do something as no purchase: "A court ordered the son of B to be placed under arrest"', () => {
    const out = extractText('On Monday a U.S. court ordered the nephew of a Kyrgyz envoy to stay at home until his trial, Kyrgyz officials say.');
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
    // An order of goods still is one.
    expectRel(extractText('The Varnian Defense Ministry ordered 500 drones from Orvik Trading.'), 'SHIPPED_TO', 'Orvik Trading', 'Varnian Defense Ministry');
  });
});

describe('guards: what is received may be no goods', () => {
  it('draws no flow for an envoy "summoned to receive B\'s strong protest", while received drones are goods', () => {
    const protest = extractText('The Laotian ambassador to Hanoi, Martin Varno, was summoned to receive Vietnam\'s "strong protest against the arrest of the Laotian national."');
    expect(protest.relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
    expectRel(extractText('Halvern Group received Vietnam\'s drones.'), 'SHIPPED_TO', 'Vietnam', 'Halvern Group');
    // (The head of the object counts, and a second object: goods and their details are kept.)
    const both = expectRel(extractText('Brask Logistics received documents and 40 drones from Halvern Group.'), 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
    expect(both.props.goods).toContain('drones');
    const gear = expectRel(extractText('Brask Logistics received intelligence equipment from Halvern Group in 2021.'), 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
    expect(gear.props.period).toBe('in 2021');
  });
});

describe('guards: a penalty received, and what goods were acquired for', () => {
  it('draws no flow for "received a prison sentence from K" or "a penalty from K"', () => {
    expectNoRel(extractText('Martin Varno received a prison sentence from Laos.'), 'SHIPPED_TO', 'Laos', 'Martin Varno');
    expectNoRel(extractText('Martin Varno received a penalty from Laos.'), 'SHIPPED_TO', 'Laos', 'Martin Varno');
  });

  it('reads no origin of the goods in a demonym after "for": "acquiring displays for Vietnamese entities"', () => {
    const out = extractText('He was taken to Laos, where he was jailed for acquiring displays for Vietnamese entities.');
    expectNoRel(out, 'SHIPPED_TO', 'Vietnam', 'Laos');
    // (Only till the next item: "for drones and Thai radars" names radars from Thailand.)
    expectRel(extractText('Brask Logistics bought displays for drones and Thai radars.'), 'SHIPPED_TO', 'Thailand', 'Brask Logistics');
  });
});
