/**
 * Suppliers named through a description: "The firms accused of supplying G to B include A and C", "A was identified
 * as a supplier of G to B", "A was sanctioned for helping B obtain G". Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText, relationsOf } from '../helpers.js';

describe('grammar: suppliers named through a description', () => {
  it('reads "The firms accused of supplying G to B include A and C"', () => {
    const out = extractText('The firms accused of supplying bearings to Belarus include Brask Logistics and Orvanne Semiconductor.');
    expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Belarus');
    expectRel(out, 'SHIPPED_TO', 'Orvanne Semiconductor', 'Belarus');
  });

  it('reads the passive "A was identified as a supplier of G to B"', () => {
    const out = extractText('Brask Logistics was identified as a supplier of bearings to Belarus.');
    expect(expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Belarus').rule).toBe('frame:supply/copular-role');
    expect(relationsOf('Brask Logistics was identified as a rival of Halvern Dynamics.', 'SHIPPED_TO')).toEqual([]);
  });

  it('reads "A was sanctioned for helping B obtain G": the one helping is the subject of the passive', () => {
    expectRel(extractText('Brask Logistics was sanctioned for helping Belarus obtain Korean bearings.'), 'SHIPPED_TO', 'Brask Logistics', 'Belarus');
  });

  it('names no one where the description is not followed by names', () => {
    expect(relationsOf('The firms accused of supplying bearings to Belarus include several in Mongolia.', 'SHIPPED_TO')).toEqual([]);
  });
});
