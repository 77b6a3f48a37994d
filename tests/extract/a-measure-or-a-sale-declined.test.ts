/**
 * "The Treasury declined to sanction A", "A declined to ship G to B": a measure or a trade declined is not taken, as one
 * refused is not; a trade that declined in volume still happened. Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('measures and sales declined', () => {
  it('reads no measure a body declined to take', () => {
    expectNoRel(extractText('The Treasury declined to sanction Brask Logistics.'), 'SANCTIONED', 'Treasury', 'Brask Logistics');
    expectNoRel(extractText('The Treasury declined to impose sanctions on Brask Logistics.'), 'SANCTIONED', 'Treasury', 'Brask Logistics');
    expectNoRel(extractText('In addition to Orvekon Ltd, the Treasury declined to sanction Brask Logistics.'), 'SANCTIONED', 'Treasury', 'Orvekon Ltd');
  });

  it('reads no sale a firm declined to make', () => {
    expectNoRel(extractText('Brask Logistics declined to ship drones to Laos.'), 'SHIPPED_TO', 'Brask Logistics', 'Laos');
  });

  it('still reads trade whose volume declined', () => {
    expectRel(extractText('Exports of drones from Brask Logistics to Laos declined in 2023.'), 'SHIPPED_TO', 'Brask Logistics', 'Laos');
  });
});
