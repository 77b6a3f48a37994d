/**
 * Arranging a trade takes part in it: "A facilitated the procurement of G for B", "A arranged the shipment of G to
 * B"; and a person named in apposition to a title whose preposition's phrase holds a company noun ("A former engineer
 * for a chip company, A,") is that person, not the company. Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { entity, expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: arranging a trade', () => {
  it('reads "used his position to facilitate the procurement of G for B"', () => {
    const out = extractText('Prosecutors allege that Mahdi Sadeghi used his position to facilitate the procurement of electronic components for Halvern Group, a Vietnamese navigation systems maker.');
    expect(expectRel(out, 'SHIPPED_TO', 'Mahdi Sadeghi', 'Halvern Group').rule).toBe('frame:arrange-purchase/active');
  });

  it('reads "arranged the shipment of G to B", and nothing when it is denied', () => {
    expect(expectRel(extractText('Mahdi Sadeghi arranged the shipment of electronic components to Halvern Group.'), 'SHIPPED_TO', 'Mahdi Sadeghi', 'Halvern Group').rule).toBe('frame:arrange-supply/active');
    expectNoRel(extractText('Mahdi Sadeghi did not arrange the shipment of chips to Halvern Group.'), 'SHIPPED_TO', 'Mahdi Sadeghi', 'Halvern Group');
  });
});

describe('entities: a name in apposition after a title and its company noun', () => {
  it('reads "A former engineer for a semiconductor company, X," as a person', () => {
    const out = extractText('A former engineer for a semiconductor company, Mahdi Sadeghi, pleaded not guilty in federal court on Friday.');
    expect(entity(out, 'Mahdi Sadeghi')?.kind).toBe('person');
  });

  it('still reads "went to a chip company, X," as the company', () => {
    expect(entity(extractText('The parts went to a chip company, Halvern Group, in 2022.'), 'Halvern Group')?.kind).toBe('company');
  });
});
