/**
 * "US-designated, Laos-based Orvekon Ltd": a body's hyphened mark of sanctions stays on the name past a comma that
 * joins it to another hyphened modifier of the same name. Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('sanctions: a mark of sanctions before another modifier', () => {
  it('reads the body of the mark past the comma and the second modifier', () => {
    expectRel(extractText('US-designated, Laos-based Orvekon Ltd bought drones from Brask Logistics.'), 'SANCTIONED', 'United States', 'Orvekon Ltd');
    expectRel(extractText('As of May, EU-listed, Laos-based Orvekon Ltd sought to evade sanctions.'), 'SANCTIONED', 'EU', 'Orvekon Ltd');
  });

  it('reads no target where no name follows the modifiers', () => {
    expectNoRel(extractText('The firm is US-sanctioned, Laos-based and Thai-owned.'), 'SANCTIONED', 'United States', 'Laos');
    expectNoRel(extractText('The parts were EU-sanctioned, Halvern Group said on Monday.'), 'SANCTIONED', 'EU', 'Halvern Group');
  });
});
