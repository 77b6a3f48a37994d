/**
 * Two things that read like trade and are not: a sum of money moved (no goods, unless the sum is the goods' worth),
 * and a "gateway for B to" do something other than trade (no goods to B). Sentences written for the test (invented
 * names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

const flows = (text: string) => extractText(text).relations.filter((r) => r.type === 'SHIPPED_TO');

describe('sums and gateways', () => {
  it('reads no supply in a sum of money transferred, but does in the worth of goods supplied', () => {
    expect(flows('Halvern Group was found guilty of transferring US$41,300 (S$55,000) from its account to that of an agent in Laos for the passage of a barge owned by Vietnam through the strait.')).toEqual([]);
    // (The newer reader alike: "transferred US$9,500 from its account to B".)
    expect(flows('Halvern Group transferred US$9,500 from its account to Brask Logistics.')).toEqual([]);
    // (A sum exported is goods of that worth.)
    expectRel(extractText('Brask Logistics exported US$4.5 million to Vietnam last year.'), 'SHIPPED_TO', 'Brask Logistics', 'Vietnam');
    const worth = extractText('Records show Halvern Group supplied $3.4 million in radios to Laos last year.');
    expectRel(worth, 'SHIPPED_TO', 'Halvern Group', 'Laos');
  });

  it('reads no goods to the party a gateway lets do something else', () => {
    expect(flows('Martin Varno said Halvern Bank served as a gateway for Laos to access the world banking system.')).toEqual([]);
    // (A gateway for a party to obtain goods, or one for a party alone, is a supplier's role.)
    expectRel(extractText('Martin Varno said Halvern Group served as a gateway for Laos to obtain drones.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
    expectRel(extractText('Halvern Group served as a gateway for Laos.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
    // (Any other act but a finance one keeps the role: "to get drones", "to get around the rules and obtain chips".)
    expectRel(extractText('Brask Logistics is a conduit for Laos to get drones.'), 'SHIPPED_TO', 'Brask Logistics', 'Laos');
    expectRel(extractText('Halvern Group is a channel for Laos to get around the rules and obtain chips.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
    // (A route for a party to ship goods makes it the shipper: no goods to it.)
    expectNoRel(extractText('Brask Logistics is a route for Vietnam to ship drones to Laos.'), 'SHIPPED_TO', 'Brask Logistics', 'Vietnam');
    // (A supplier for a party to evade sanctions supplies it: only a way through is checked.)
    expectRel(extractText('Halvern Group was a key supplier for Laos to evade Western sanctions.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
  });
});
