/**
 * Money paid for goods: "B paid A $3 million for 200 drones", "A received $3 million from B for the engines" (the goods
 * went from A to B). Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText, relationsOf } from '../helpers.js';

describe('grammar: payments for goods', () => {
  it('reads "B paid A $3 million for G" and "B paid $3 million to A for G"', () => {
    const out = extractText('Halvern Group paid Tessaly Optics $3 million for 200 thermal sights.');
    expect(expectRel(out, 'SHIPPED_TO', 'Tessaly Optics', 'Halvern Group').rule).toBe('frame:pay-for/active');
    expectRel(extractText('Halvern Group paid $3 million to Tessaly Optics for the engines.'), 'SHIPPED_TO', 'Tessaly Optics', 'Halvern Group');
  });

  it('reads "A received $3 million from B for G"', () => {
    const out = extractText('Tessaly Optics received $3 million from Halvern Group for 200 thermal sights.');
    expect(expectRel(out, 'SHIPPED_TO', 'Tessaly Optics', 'Halvern Group').rule).toBe('frame:paid-for/active');
  });

  it('draws nothing for a payment for services or a fine, nor for a sum alone', () => {
    expect(relationsOf('Halvern Group paid Tessaly Optics $3 million for its services.', 'SHIPPED_TO')).toEqual([]);
    expect(relationsOf('Halvern Group paid a fine for the engines to Belarus.', 'SHIPPED_TO')).toEqual([]);
    expect(relationsOf('Tessaly Optics received $3 million from Halvern Group.', 'SHIPPED_TO')).toEqual([]);
  });

  it('keeps goods received for a purpose as goods: "B receives components for drones from A"', () => {
    const out = extractText('Belarus receives components for drones from Mongolia.');
    expectRel(out, 'SHIPPED_TO', 'Mongolia', 'Belarus');
    expectNoRel(out, 'SHIPPED_TO', 'Belarus', 'Mongolia');
  });
});
