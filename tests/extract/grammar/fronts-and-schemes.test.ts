/**
 * Trade done through another party or together with others: "A used B as a front company to sell G to C" (A to B,
 * B to C), "A and B participated in a scheme to supply the sanctioned C with G" (the scheme's participants supply
 * C), and a verb opening a quotation after an adverb ('A allegedly "facilitated the sale of G to B'). Sentences
 * written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: fronts, schemes and quoted verbs', () => {
  it('reads "A used B as a front company to sell G to C" as A to B and B to C', () => {
    const out = extractText('Halvern Group used Brask Logistics as a front company to sell engines to Tessaly Optics.');
    expect(expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics').rule).toBe('frame:supply/used-as-front');
    expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Tessaly Optics');
  });

  it('reads no front where the firm is used as something else or trades nothing: "A used B as a consultant"', () => {
    const out = extractText('Halvern Group used Brask Logistics as a consultant in 2021.');
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
    const adviser = extractText('Halvern Group used Brask Logistics as a consultant to sell engines to Tessaly Optics.');
    expectNoRel(adviser, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
  });

  it('reads "A and C participated in a scheme to supply the sanctioned B with G"', () => {
    const out = extractText('Nine companies, including Halvern Group and Brask Logistics, participated in a scheme to supply the sanctioned Tessaly Optics with engines.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Tessaly Optics');
    expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Tessaly Optics');
  });

  it('reads a verb that opens a quotation after an adverb: \'A allegedly "facilitated the sale of G" to B\'', () => {
    const out = extractText('Halvern Group allegedly "facilitated the sale and shipment of thousands of engines" to Belarus.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Belarus');
  });
});
