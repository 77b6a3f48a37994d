/**
 * "K transferred drones to B in breach of the UN measures": the measures broken are those on the recipient,
 * unless the text has put that body's measures on the supplier itself, whose measures they then are. Sentences
 * written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('sanctions: a measure broken by the trade of its own target', () => {
  it('reads no measure on the recipient when the body has sanctioned the supplier', () => {
    const out = extractText('The resolution modified UN sanctions on Laos. Before they expired, Laos transferred drones to Vietnam in breach of the UN measures.');
    expectRel(out, 'SANCTIONED', 'UN', 'Laos');
    expectNoRel(out, 'SANCTIONED', 'UN', 'Vietnam');
  });

  it('still reads the measure on the recipient otherwise', () => {
    const out = extractText('Laos transferred drones to Vietnam in breach of UN sanctions.');
    expectRel(out, 'SANCTIONED', 'UN', 'Vietnam');
  });
});
