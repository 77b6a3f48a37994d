/**
 * "condemned the missile transfer from K to B": a base form after a goods noun that a determiner opens is the head of
 * a compound noun, not a verb whose subject supplies; the trade the phrase names is still read, a possessor supplies,
 * and a subject that completes, carries out or denies the transfer is still its party. Sentences written for the test
 * (invented names).
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

  it('still reads the subject that completes or carries out the transfer, and one that denies it', () => {
    expectRel(extractText('Laos completed the missile transfer to Vietnam.'), 'SHIPPED_TO', 'Laos', 'Vietnam');
    expectRel(extractText('Laos carried out the missile transfer to Vietnam.'), 'SHIPPED_TO', 'Laos', 'Vietnam');
    expectRel(extractText('Laos denied the missile transfer to Vietnam.'), 'DENIED', 'Laos', 'Vietnam');
  });

  it('reads the supplier its possessive names', () => {
    expectRel(extractText('Laos confirmed its drone transfer to Vietnam.'), 'SHIPPED_TO', 'Laos', 'Vietnam');
  });

  it('reads the possessor of a goods compound as its supplier', () => {
    expectRel(extractText("Thailand condemned Laos's drone transfer to Vietnam."), 'SHIPPED_TO', 'Laos', 'Vietnam');
  });

  it('reads no supplier in the subject of "condemned every arms transfer"', () => {
    expectNoRel(extractText('Kestra Air condemned every arms transfer to Vietnam.'), 'SHIPPED_TO', 'Kestra Air', 'Vietnam');
  });

  it('reads the subject\'s own transfer whatever the form of the verb that carries it out', () => {
    expectRel(extractText('Laos is conducting the missile transfer to Vietnam.'), 'SHIPPED_TO', 'Laos', 'Vietnam');
    expectRel(extractText('Laos has begun the drone transfer to Vietnam.'), 'SHIPPED_TO', 'Laos', 'Vietnam');
  });

  it('reads no supplier in a possessive that names no one', () => {
    expectNoRel(extractText("Kestra Air condemned its partner's drone transfer to Vietnam."), 'SHIPPED_TO', 'Kestra Air', 'Vietnam');
  });
});
