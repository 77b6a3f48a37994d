/**
 * "A exported G to B. The shipments originated from K and L": goods the text has just sent, named again with the places
 * they came from, reached the same recipient from those places. Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('trade: shipments told again with their origin', () => {
  it('reads the places the shipments originated from as sending to the last recipient', () => {
    const out = extractText('Halvern Group exported drones to its unit in Laos. The shipments mostly originated from Vietnam and Thailand ' +
      'and also came from nations such as Cambodia and Myanmar.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Laos');
    for (const origin of ['Vietnam', 'Thailand', 'Cambodia', 'Myanmar']) expectRel(out, 'SHIPPED_TO', origin, 'Laos');
  });

  it('reads goods named again that came from a place', () => {
    expectRel(extractText('Halvern Group exported drones to Laos. The drones came from Vietnam.'), 'SHIPPED_TO', 'Vietnam', 'Laos');
  });

  it('reads nothing for what is not the goods, nor for coming under a measure', () => {
    expectNoRel(extractText('Halvern Group exported drones to Laos. The idea came from Vietnam.'), 'SHIPPED_TO', 'Vietnam', 'Laos');
    expectNoRel(extractText('Halvern Group exported drones to Laos. The drones came under sanctions from Vietnam.'), 'SHIPPED_TO', 'Vietnam', 'Laos');
    // (Nor for goods that came back.)
    expectNoRel(extractText('Halvern Group exported drones to Laos. The drones came back from Vietnam.'), 'SHIPPED_TO', 'Vietnam', 'Laos');
  });

  it('reads nothing for goods with a destination of their own', () => {
    expectNoRel(extractText('Halvern Group exported drones to Laos. The drones came from Vietnam to Cambodia.'), 'SHIPPED_TO', 'Vietnam', 'Laos');
  });
});
