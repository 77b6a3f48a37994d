/**
 * Arranging a trade takes part in it: "A facilitated the procurement of G for B", "A arranged the shipment of G to
 * B"; and a person named in apposition to a title whose preposition's phrase holds a company noun ("A one-time engineer
 * at a chip company, X,") is that person, not the company. Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { entity, expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: arranging a trade', () => {
  it('reads "used his post to facilitate the procurement of G for B"', () => {
    const out = extractText('Prosecutors say Irina Olskaya used her post to facilitate the procurement of gyroscopes for Halvern Group, a Vietnamese maker of guidance kits.');
    expect(expectRel(out, 'SHIPPED_TO', 'Irina Olskaya', 'Halvern Group').rule).toBe('frame:arrange-purchase/active');
  });

  it('reads "arranged the shipment of G to B", and nothing when it is denied', () => {
    expect(expectRel(extractText('Irina Olskaya arranged the shipment of electronic components to Halvern Group.'), 'SHIPPED_TO', 'Irina Olskaya', 'Halvern Group').rule).toBe('frame:arrange-supply/active');
    expectNoRel(extractText('Irina Olskaya did not arrange the shipment of chips to Halvern Group.'), 'SHIPPED_TO', 'Irina Olskaya', 'Halvern Group');
  });
});

describe('entities: a name in apposition after a title and its company noun', () => {
  it('reads "A one-time engineer at a chip company, X," as a person', () => {
    const out = extractText('A one-time engineer at a chip company, Navid Tessar, denied the charges in a Laotian court on Monday.');
    expect(entity(out, 'Navid Tessar')?.kind).toBe('person');
  });

  it('still reads "went to a chip company, X," as the company', () => {
    expect(entity(extractText('The parts went to a chip company, Halvern Group, in 2022.'), 'Halvern Group')?.kind).toBe('company');
  });
});
