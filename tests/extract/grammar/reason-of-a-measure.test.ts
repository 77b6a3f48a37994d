/**
 * The possessive in a measure's reason refers to the measure's target: "the sanctions on A were because of its
 * supply of G to B", "imposed sanctions on A in response to its supply of G to B", with the reason quoted too ('its
 * "supply of ..."'). Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText } from '../helpers.js';

describe('grammar: "its" in the reason for a measure', () => {
  it('reads "the sanctions on A were because of its supply of G to B"', () => {
    expect(expectRel(extractText('The sanctions on Laos were because of its supply of weapons technology to Vietnam.'), 'SHIPPED_TO', 'Laos', 'Vietnam').rule).toBe('frame:supply/nominal');
  });

  it('reads "imposed sanctions on A in response to its supply of G to B"', () => {
    expect(expectRel(extractText('Mongolia imposed sanctions on Laos in response to its supply of drones to Vietnam.'), 'SHIPPED_TO', 'Laos', 'Vietnam').rule).toBe('frame:supply/nominal');
  });

  it('reads the reason in quotation marks after the possessive', () => {
    const out = extractText('Foreign Minister Irina Olskaya said the sanctions on Laos were because of its "supply of weapons technology to Vietnam causing death and injury to civilians", and were part of the continuing response to the war.');
    expect(expectRel(out, 'SHIPPED_TO', 'Laos', 'Vietnam').rule).toBe('frame:supply/nominal');
  });
});
