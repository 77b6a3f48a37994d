/**
 * Owners named by a share written out ("a 30 per cent stake"), by a relative clause about a firm's unit ("A, whose
 * subsidiary B ...", "A, the company whose B subsidiary ..."), and by a copula after words that say which owner ("The
 * ultimate beneficiary of A's activities, according to X, is B"). Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { entity, expectRel, extractText, relationsOf } from '../helpers.js';

describe('grammar: owners by a share and by a relative clause', () => {
  it('reads "acquired a 30 per cent stake in A" as it reads "a 30% stake"', () => {
    expect(expectRel(extractText('Halvern Group acquired a 30 per cent stake in Brask Logistics in 2019.'), 'SUBSIDIARY_OF', 'Brask Logistics', 'Halvern Group').rule)
      .toBe('frame:stake/active');
  });

  it('reads the unit a relative clause names: "A, whose subsidiary B makes G" and "A, the company whose B subsidiary makes G"', () => {
    expect(expectRel(extractText('Halvern Group, whose subsidiary Orvanne makes rifles, said so.'), 'SUBSIDIARY_OF', 'Orvanne', 'Halvern Group').rule)
      .toBe('frame:own/whose-unit');
    const described = extractText('Kestrova Trading, the Mongolian company whose Orvanne subsidiary makes Orvanne rifles, said so.');
    expectRel(described, 'SUBSIDIARY_OF', 'Orvanne', 'Kestrova Trading');
    // (A name before "subsidiary" names a business, not the rifle it makes.)
    expect(entity(described, 'Orvanne')?.kind).toBe('company');
  });

  it('reads no unit where the relative clause names another role or hedges', () => {
    expect(relationsOf('Halvern Group, whose director Oleg Brask makes rifles, said so.', 'SUBSIDIARY_OF')).toEqual([]);
    expect(relationsOf('Halvern Group, whose Brask Logistics partners sell rifles, said so.', 'SUBSIDIARY_OF')).toEqual([]);
    expect(relationsOf('Halvern Group, whose former subsidiary Orvanne makes rifles, said so.', 'SUBSIDIARY_OF')).toEqual([]);
    expect(relationsOf('It is unclear whether Halvern Group, whose subsidiary Orvanne makes rifles, will say so.', 'SUBSIDIARY_OF')).toEqual([]);
  });

  it('reads "The ultimate beneficiary of A\'s activities, according to X, is B"', () => {
    expect(expectRel(extractText('The ultimate beneficiary of Brask Logistics is Oleg Brask.'), 'SUBSIDIARY_OF', 'Brask Logistics', 'Oleg Brask').rule)
      .toBe('frame:own/owners-of-copula');
    expectRel(extractText("The ultimate beneficiary of Brask Logistics' activities, according to court papers, is Oleg Brask."), 'SUBSIDIARY_OF', 'Brask Logistics', 'Oleg Brask');
    // (Not another party to the firm's dealings: "the largest buyer of A", "the beneficiary of A's business".)
    expect(relationsOf('The largest buyer of Brask Logistics is Oleg Brask.', 'SUBSIDIARY_OF')).toEqual([]);
    expect(relationsOf("The beneficiary of Brask Logistics' business is Oleg Brask.", 'SUBSIDIARY_OF')).toEqual([]);
  });
});
