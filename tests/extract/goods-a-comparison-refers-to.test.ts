/**
 * "K-sourced G was less than that sourced from L": a participle joined to its place by a hyphen modifies the goods,
 * and the "that" or "those" a comparison uses for goods names no buyer; neither makes K, or a firm before the
 * comparison, the buyer of goods from L. Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('acquisitions: goods a comparison refers to', () => {
  it('reads no purchase by the place a hyphenated participle names', () => {
    const out = extractText('Laos-sourced powder was still far less than that sourced from Cambodia, which reached $90 million.');
    expectNoRel(out, 'SHIPPED_TO', 'Cambodia', 'Laos');
  });

  it('reads no purchase by the subject of a comparison with "those bought from"', () => {
    const out = extractText('Halvern Group paid more for its drones than those bought from Cambodia.');
    expectNoRel(out, 'SHIPPED_TO', 'Cambodia', 'Halvern Group');
  });

  it('still reads a relative clause that names the buyer', () => {
    expectRel(extractText('Halvern Group paid more for the drones that it bought from Cambodia.'), 'SHIPPED_TO', 'Cambodia', 'Halvern Group');
  });

  it('still reads a purchase after a dash that closes an aside', () => {
    expectRel(extractText('The buyer - Halvern Group - bought engines from Thailand.'), 'SHIPPED_TO', 'Thailand', 'Halvern Group');
  });
});
