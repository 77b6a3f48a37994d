/**
 * "the smuggling of rifles from K to L", "the transportation of G from K to L": a noun of moving goods with its origin
 * and destination is a trade between them, like "the transfer of G from K to L". Sentences written for the test
 * (invented names).
 */
import { describe, it } from 'vitest';
import { expectRel, extractText } from './helpers.js';

describe('trade: smuggling of goods from one party to another', () => {
  it('reads "smuggling of G from K to L" as K supplying L', () => {
    const out = extractText('OFAC designated Halvern Co for suspected involvement in smuggling of rifles from Laos to Vietnam.');
    expectRel(out, 'SANCTIONED', 'OFAC', 'Halvern Co');
    expectRel(out, 'SHIPPED_TO', 'Laos', 'Vietnam');
  });

  it('reads "transportation of G from K to L" alike', () => {
    const out = extractText('Brask Lines was sanctioned for the transportation of shells from Laos to Cambodia.');
    expectRel(out, 'SHIPPED_TO', 'Laos', 'Cambodia');
  });
});
