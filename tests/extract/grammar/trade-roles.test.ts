/**
 * A party's trading partners named through a role noun or a complement, shown with sentences written for the test
 * (invented names): the owner of the role given by "of" ("the suppliers of B included A") as well as by a possessive;
 * the party supplied named as the object of "keep" ("A kept B supplied with G").
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: trading partners listed after a role noun', () => {
  it('reads "the suppliers of B included A and C" and "among the customers of A were B"', () => {
    const out = extractText('The suppliers of Morvana Optics included Tellbrook Ltd and Quessant Corp. ' +
      'Among the customers of Dravic Instruments were Halvor Machine Works and the Russian army.');
    expect(expectRel(out, 'SHIPPED_TO', 'Tellbrook Ltd', 'Morvana Optics').rule).toBe('frame:supply/suppliers-include');
    expectRel(out, 'SHIPPED_TO', 'Quessant Corp', 'Morvana Optics');
    expect(expectRel(out, 'SHIPPED_TO', 'Dravic Instruments', 'Halvor Machine Works').rule).toBe('frame:supply/customers-include');
  });

  it('takes no partner from "the suppliers of G included A": goods, not a party, after "of"', () => {
    const out = extractText('The suppliers of thermal sights included Tellbrook Ltd. The customers of the bank included Quessant Corp.');
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
    expectNoRel(out, 'SHIPPED_TO', 'Quessant Corp', 'Tellbrook Ltd');
  });
});

describe('grammar: the party kept supplied', () => {
  it('reads "A worked to keep B supplied with G": A supplies B', () => {
    const out = extractText('Tellbrook Ltd worked for years to keep Belarus supplied with night-vision sights.');
    expect(expectRel(out, 'SHIPPED_TO', 'Tellbrook Ltd', 'Belarus').rule).toBe('frame:supply-party/active');
  });
});
