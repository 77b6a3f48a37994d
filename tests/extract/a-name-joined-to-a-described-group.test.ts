/**
 * "A and Laotian firms shipped G to B", "K and other Asian countries answered by announcing sanctions on C": a name
 * joined by "and" to the described group a clause reads as its subject acts with the group (its gerund too); a name
 * that ends an earlier clause does not. Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('a name joined to a described group as the subject', () => {
  it('reads the name as a supplier beside the group', () => {
    const out = extractText('Halvern Group and Thai firms shipped drones to Vietnam.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Vietnam');
    expectRel(out, 'SHIPPED_TO', 'Thailand', 'Vietnam');
  });

  it('reads the name as a body beside the group', () => {
    expectRel(extractText('Vietnam and Asian countries imposed sanctions on Kestra Air.'), 'SANCTIONED', 'Vietnam', 'Kestra Air');
  });

  it('reads it for the gerund that shares the subject', () => {
    const out = extractText('Vietnam and Asian countries answered the launch by announcing sanctions against Kestra Air.');
    expectRel(out, 'SANCTIONED', 'Vietnam', 'Kestra Air');
  });

  it('reads no name that ends an earlier clause', () => {
    const out = extractText('Thailand sanctioned Halvern Group and Chinese firms shipped drones to Vietnam.');
    expectNoRel(out, 'SHIPPED_TO', 'Halvern Group', 'Vietnam');
  });
});
