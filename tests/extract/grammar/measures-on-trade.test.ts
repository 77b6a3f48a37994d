/**
 * A measure put on trade with a party: "Laos imposed sanctions on exports to Vietnam", "restrictions on sales of chips
 * to Vietnam". The party the trade reaches is the target. Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText, relationsOf } from '../helpers.js';

describe('grammar: measures on trade', () => {
  it('reads the party an export measure reaches as the target', () => {
    expect(expectRel(extractText('Laos imposed sanctions on exports to Vietnam days after the coup.'), 'SANCTIONED', 'Laos', 'Vietnam').rule).toBe('frame:impose/active');
  });

  it('reads past the goods of the trade', () => {
    expectRel(extractText('Laos imposed restrictions on sales of chips to Vietnam.'), 'SANCTIONED', 'Laos', 'Vietnam');
  });

  it('reads no target in a trade inside the phrase of those sanctioned', () => {
    expect(relationsOf('Laos imposed sanctions on the firms behind the sale of missiles to Vietnam.', 'SANCTIONED')).toEqual([]);
  });
});
