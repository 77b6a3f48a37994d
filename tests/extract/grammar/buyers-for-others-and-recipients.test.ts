/**
 * Buyers and recipients worded around the trade: "A procured parts for B from C" (C to A, A to B), "A sold B dual-use
 * goods" (B is the buyer, not a company sold), "A is among the top exporters of G to B", "B was the recipient of 30
 * shipments from A". Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText, relationsOf } from '../helpers.js';

describe('grammar: a purchase for another party, with its seller', () => {
  it('reads "A procured parts for B from C" as C to A and A to B', () => {
    const out = extractText('Brask Logistics procured bearings for Halvern Group from Tessaly Optics.');
    expect(expectRel(out, 'SHIPPED_TO', 'Tessaly Optics', 'Brask Logistics').rule).toBe('frame:acquire/active');
    expect(expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Halvern Group').rule).toBe('frame:acquire-for/active');
  });

  it('reads "A procured G as an intermediary for B" as A buying for B, and no buyer in a person "which" cannot refer to', () => {
    const out = extractText('Also listed is Orvel Trading, based in Laos and headed by Martin Varno, which procured Vietnamese-origin relays as an intermediary for Brask Logistics, a defense firm.');
    expect(expectRel(out, 'SHIPPED_TO', 'Orvel Trading', 'Brask Logistics').rule).toBe('frame:acquire-for/active');
    expectNoRel(out, 'SHIPPED_TO', 'Vietnam', 'Martin Varno');
  });

  it('reads no buyer in the principal a seller acts for ("shipped chips as an agent for B"), nor in what the goods replace', () => {
    expectNoRel(extractText('Orvel Trading shipped chips as an agent for Brask Logistics.'), 'SHIPPED_TO', 'Orvel Trading', 'Brask Logistics');
    expectNoRel(extractText('Orvel Trading bought the chips as a replacement for Tessaly Optics.'), 'SHIPPED_TO', 'Orvel Trading', 'Tessaly Optics');
    // (A maker's agent is its dealer: the maker sells.)
    expectNoRel(extractText('Orvel Trading imported the drones as the authorised agent for Halvern Group in Laos.'), 'SHIPPED_TO', 'Orvel Trading', 'Halvern Group');
  });

  it('takes no use for a party: "A bought parts for its drones from C"', () => {
    const out = extractText('Brask Logistics bought bearings for its drones from Tessaly Optics.');
    expect(out.relations.filter((r) => r.evidence.some((e) => e.rule === 'frame:acquire-for/active'))).toEqual([]);
  });
});

describe('grammar: a company as the first object of "sell"', () => {
  it('reads "A sold B dual-use goods worth $5 million" as a sale to B', () => {
    const out = extractText('Tessaly Optics sold Halvern Group dual-use goods worth $5 million.');
    expect(expectRel(out, 'SHIPPED_TO', 'Tessaly Optics', 'Halvern Group').rule).toBe('frame:supply-dative/active');
  });
});

describe('grammar: roles after "among" and a role noun the tagger misreads', () => {
  it('reads "A is among the top exporters of G to B" and "B was the recipient of 30 shipments from A"', () => {
    expectRel(extractText('Tessaly Optics is among the top exporters of thermal sights to Belarus.'), 'SHIPPED_TO', 'Tessaly Optics', 'Belarus');
    const out = extractText('Halvern Group was the recipient of 30 shipments from Tessaly Optics.');
    expect(expectRel(out, 'SHIPPED_TO', 'Tessaly Optics', 'Halvern Group').rule).toBe('frame:supply/copular-role');
  });

  it('reads "supplied G for a B factory compound" and "for B\'s plant" as supplying the firm whose site it is', () => {
    expect(expectRel(extractText('Tessaly Optics supplied building materials for a Kestrova Trading factory compound.'), 'SHIPPED_TO', 'Tessaly Optics', 'Kestrova Trading').rule)
      .toBe('frame:supply/active');
    expectRel(extractText('Tessaly Optics supplied materials for Kestrova Trading\'s plant.'), 'SHIPPED_TO', 'Tessaly Optics', 'Kestrova Trading');
    // (Not a firm's unit, which is a party of its own, nor a site named only by its country.)
    expect(extractText('Tessaly Optics supplied parts for a Kestrova Trading subsidiary.').relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
    expect(extractText('Tessaly Optics supplied materials for a Laotian factory.').relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
  });
});

describe('grammar: a causative verb before the shipper', () => {
  it('reads "the firm had A ship them to B" as A shipping to B, the bare verb no noun', () => {
    const out = extractText('Halvern Group ordered gauges from Tessaly Optics. Using fake orders, the Laotian firm had Tessaly Optics ship them to Mongolia.');
    expect(expectRel(out, 'SHIPPED_TO', 'Tessaly Optics', 'Mongolia').rule).toBe('frame:supply/active');
  });
});

describe('grammar: a firm\'s own unnamed unit as the recipient', () => {
  it('reads "exported G to its subsidiary in Laos" as a shipment to Laos, past a long relative clause on the goods', () => {
    const out = extractText('Halvern Corp. makes lathes. Halvern is thought to have shipped two gauges that can be adapted for rocket work to its subsidiary in Laos last year, an official said.');
    expect(expectRel(out, 'SHIPPED_TO', 'Halvern Corp.', 'Laos').rule).toBe('frame:supply/active');
    // (Named in apposition, the unit is that name.)
    const named = extractText('Halvern Group exported two lathes to its subsidiary in Laos, Brask Logistics.');
    expectRel(named, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
    expectNoRel(named, 'SHIPPED_TO', 'Halvern Group', 'Laos');
  });

  it('reads no country for a person\'s kin or a named owner\'s unit there', () => {
    expect(relationsOf('Martin Varno sent two rifles to his daughter in Laos.', 'SHIPPED_TO')).toEqual([]);
    expect(relationsOf('Brask Logistics shipped two rifles to Martin Varno\'s daughter in Laos.', 'SHIPPED_TO')).toEqual([]);
    expectNoRel(extractText('Halvern Group exported two lathes to Brask Logistics\' subsidiary in Laos.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
  });

  it('reads the clause\'s own "from" phrase after "for" firms as the seller, not the firms\' place: "imported G for defence firms from K"', () => {
    const out = extractText('Laos imported lathes for arms factories from Thailand.');
    expectRel(out, 'SHIPPED_TO', 'Thailand', 'Laos');
    expectNoRel(out, 'SHIPPED_TO', 'Laos', 'Thailand');
    expectRel(extractText('Laos imported lathes for Brask Logistics from Thailand.'), 'SHIPPED_TO', 'Laos', 'Brask Logistics');
  });
});
