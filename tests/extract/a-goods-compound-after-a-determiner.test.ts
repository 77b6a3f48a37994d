/**
 * "condemned the missile transfer from K to B": a base form after a goods noun that a determiner opens is the head of
 * a compound noun, not a verb whose subject supplies; the trade the phrase names is still read. Sentences written for
 * the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('trade: a goods compound after a determiner', () => {
  it('reads no supplier in the subject of "condemned the missile transfer"', () => {
    const out = extractText('Kestra Air condemned the missile transfer from Laos to Brask Logistics.');
    expectNoRel(out, 'SHIPPED_TO', 'Kestra Air', 'Brask Logistics');
    expectRel(out, 'SHIPPED_TO', 'Laos', 'Brask Logistics');
  });

  it('reads no supplier in a capital that stands for its country', () => {
    const out = extractText('Washington condemned the drone transfer from Laos to Vietnam.');
    expectNoRel(out, 'SHIPPED_TO', 'United States', 'Vietnam');
    expectRel(out, 'SHIPPED_TO', 'Laos', 'Vietnam');
  });
});
