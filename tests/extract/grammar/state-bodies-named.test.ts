/**
 * Goods sent to a state's own body named in apposition ("to Vietnam's state-owned arms agency, A") reach the body and
 * the state it belongs to; a firm's body and a body that is no state's add no state.
 * Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: a state\'s body named in apposition', () => {
  it('reads "transferred G to K\'s state-owned arms agency, A" as going to A and to K', () => {
    const out = extractText('Halvern Group later transferred similar equipment to Vietnam’s state-owned arms agency, Tessaly Optics.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Tessaly Optics');
    expect(expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Vietnam').rule).toBe('frame:supply/active');
  });

  it('adds no state for a body of another kind: "to K\'s biggest trading firm, A"', () => {
    expectNoRel(extractText('Halvern Group sold drones to Vietnam’s biggest trading firm, Brask Logistics.'), 'SHIPPED_TO', 'Halvern Group', 'Vietnam');
  });

  it('adds no owner that is a firm: "to B\'s procurement agency, A"', () => {
    expectNoRel(extractText('Tessaly Optics sold drones to Halvern Group’s procurement agency, Brask Logistics.'), 'SHIPPED_TO', 'Tessaly Optics', 'Halvern Group');
  });
});
