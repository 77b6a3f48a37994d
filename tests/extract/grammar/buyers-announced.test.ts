/**
 * Buyers a supplier's object announces ("supplying numerous state enterprises, including B and C"): each named one is
 * a recipient. Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: the buyers a plural description announces', () => {
  it('reads "supplying numerous enterprises, including B, C and D" as a flow to each named buyer', () => {
    const out = extractText('Halvern Group holds hundreds of government orders, supplying many state and defence plants, ' +
      'including Brask Logistics, Tessaly Optics and Orvel Trading.');
    expect(expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics').rule).toBe('frame:supply-party/active');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Tessaly Optics');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Orvel Trading');
  });

  it('reads no buyer from a list of what is supplied ("supplies several brands, including B"), nor where money is given', () => {
    expectNoRel(extractText('Halvern Group supplied several brands, including Tessaly Optics.'), 'SHIPPED_TO', 'Halvern Group', 'Tessaly Optics');
    expectNoRel(extractText('Halvern Group provided several Laotian firms, including Brask Logistics, with financing.'), 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
    expectRel(extractText('Halvern Group provided several Laotian firms, including Brask Logistics, with drones.'), 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
  });
});
