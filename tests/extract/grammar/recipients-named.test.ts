/**
 * The recipients of the last flow named in the sentence after it ("A sent G to K. The recipients were B, C and
 * others", "... were leading defense firms - B, C", "... included key sites, including B"): each got the goods from
 * A. Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

const sent = 'Halvern Group sent 93 wagons of drones to Vietnam in May. ';

describe('grammar: the recipients of the last flow, named after it', () => {
  it('reads "The recipients were B and C" as the supplier of the last flow supplying each', () => {
    const out = extractText(sent + 'The recipients were Brask Logistics and Tessaly Optics.');
    expect(expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics').rule).toBe('frame:supply/recipients-named');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Tessaly Optics');
  });

  it('reads them past a sentence on the goods, or on the supplier, between', () => {
    expectRel(extractText(sent + 'The bulk of the cargo was spare rotors. The recipients were Brask Logistics and Tessaly Optics.'), 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
    expectRel(extractText(sent + 'Halvern Group is a Laotian maker. The recipients were Brask Logistics and Tessaly Optics.'), 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
  });

  it('reads the names after a description and its dash, or after "including"', () => {
    const dashed = extractText(sent + 'The recipients were leading Vietnamese defense firms - Brask Logistics, Tessaly Optics and others.');
    expectRel(dashed, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
    expectRel(dashed, 'SHIPPED_TO', 'Halvern Group', 'Tessaly Optics');
    expectRel(extractText(sent + 'The recipients included key military sites, including the Orvanne Test Range.'), 'SHIPPED_TO', 'Halvern Group', 'Orvanne Test Range');
  });

  it('reads nothing after another verb, after "not" or "from", for other buyers, past a sentence between, or for a country that supplied', () => {
    expectNoRel(extractText(sent + 'The recipients thanked Brask Logistics.'), 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
    expectNoRel(extractText(sent + 'The recipients were not Brask Logistics.'), 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
    expectNoRel(extractText(sent + 'The buyers were from Laos.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
    expectNoRel(extractText(sent + 'Other buyers were Tessaly Optics and Orvel Trading.'), 'SHIPPED_TO', 'Halvern Group', 'Tessaly Optics');
    expectNoRel(extractText(sent + 'Brask Logistics runs an online store. The buyers were Tessaly Optics and Orvel Trading.'), 'SHIPPED_TO', 'Halvern Group', 'Tessaly Optics');
    expectNoRel(extractText(sent + 'Prices rose. Trade grew. Talks went on. The recipients were Brask Logistics and Tessaly Optics.'), 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
    expectNoRel(extractText('Laos sent 93 wagons of drones to Vietnam in May. The recipients were Brask Logistics and Tessaly Optics.'), 'SHIPPED_TO', 'Laos', 'Brask Logistics');
  });
});
