/**
 * "designated a Laotian shipping network including A and B": an industry's -ing word between a demonym and "network"
 * is part of the phrase, not a verb, so the network's names are the targets. Sentences written for the test (invented
 * names).
 */
import { describe, it } from 'vitest';
import { expectRel, extractText } from './helpers.js';

describe('chunks: an industry word before "network"', () => {
  it('keeps "a Laotian shipping network" one phrase', () => {
    const out = extractText('OFAC designated a Laotian shipping network including Halvern Co and Brask LLC.');
    expectRel(out, 'SANCTIONED', 'OFAC', 'Halvern Co');
    expectRel(out, 'SANCTIONED', 'OFAC', 'Brask LLC');
  });

  it('reads a network named in apposition as that firm', () => {
    const out = extractText('Halvern Group shipped drones to a Laotian shipping network, Orvel Trading.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Orvel Trading');
  });
});
