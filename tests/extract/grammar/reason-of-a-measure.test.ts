/**
 * The possessive in a measure's reason refers to the measure's target: "the sanctions on A were due to its
 * sales of G to B", "imposed sanctions on A in response to its supply of G to B", with the reason quoted too ('its
 * "supply of ..."'); and the target of a noun of attack is none of the measure's ("sanctions against A over its war on
 * B"). Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: "its" in the reason for a measure', () => {
  it('reads "the sanctions on A were due to its sales of G to B"', () => {
    expect(expectRel(extractText('The sanctions on Laos were due to its sales of rifle optics to Vietnam.'), 'SHIPPED_TO', 'Laos', 'Vietnam').rule).toBe('frame:supply/nominal');
  });

  it('reads "imposed sanctions on A in response to its supply of G to B"', () => {
    expect(expectRel(extractText('Mongolia imposed sanctions on Laos in response to its supply of drones to Vietnam.'), 'SHIPPED_TO', 'Laos', 'Vietnam').rule).toBe('frame:supply/nominal');
  });

  it('reads the reason in quotation marks after the possessive', () => {
    const out = extractText('Foreign Minister Irina Olskaya said the sanctions on Laos were due to its "sales of rifle optics to Vietnam that harm civilians in the border towns", and formed part of the wider answer to the war.');
    expect(expectRel(out, 'SHIPPED_TO', 'Laos', 'Vietnam').rule).toBe('frame:supply/nominal');
  });
});

describe('grammar: the target of a noun of attack is no role of the clause', () => {
  it('reads "adopted fresh sanctions against A over its war on B" as sanctions on A only', () => {
    const out = extractText("Laos's Cabinet on Tuesday adopted fresh sanctions against Vietnam over its war on Mongolia, with asset freezes on twelve traders.");
    expect(expectRel(out, 'SANCTIONED', "Laos's Cabinet", 'Vietnam').rule).toBe('frame:impose/active');
    expectNoRel(out, 'SANCTIONED', "Laos's Cabinet", 'Mongolia');
  });
});
