/**
 * Two things that read like trade and are not: a sum of money moved (no goods, unless the sum is the goods' worth),
 * and a "gateway for B to" do something other than trade (no goods to B). Sentences written for the test (invented
 * names).
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText } from '../helpers.js';

const flows = (text: string) => extractText(text).relations.filter((r) => r.type === 'SHIPPED_TO');

describe('sums and gateways', () => {
  it('reads no supply in a sum of money transferred, but does in the worth of goods supplied', () => {
    expect(flows('Halvern Group was found guilty of transferring US$41,300 (S$55,000) from its account to that of an agent in Laos for the passage of a barge owned by Vietnam through the strait.')).toEqual([]);
    const worth = extractText('Records show Halvern Group supplied $3.4 million in radios to Laos last year.');
    expectRel(worth, 'SHIPPED_TO', 'Halvern Group', 'Laos');
  });

  it('reads no goods to the party a gateway lets do something else', () => {
    expect(flows('Martin Varno said Halvern Bank served as a gateway for Laos to reach the world banking system.')).toEqual([]);
    // (A gateway for a party to obtain goods, or one for a party alone, is a supplier's role.)
    expectRel(extractText('Martin Varno said Halvern Group served as a gateway for Laos to obtain drones.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
    expectRel(extractText('Halvern Group served as a gateway for Laos.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
  });
});
