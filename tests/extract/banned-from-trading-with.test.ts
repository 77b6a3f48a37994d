/**
 * "A and B were banned from trading with firms in K", after a sentence on a body's measures: with no agent named, the
 * ban is that body's measure on the firms; "banned from trading on the exchange" is no measure of it. Sentences
 * written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('sanctions: banned from trading with', () => {
  it('gives the ban to the body of the measures on record', () => {
    const out = extractText('Laos took countermeasures against two Vietnamese lenders.\nHalvern Bank and Brask Bank were banned from trading with Laotian firms.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Halvern Bank');
    expectRel(out, 'SANCTIONED', 'Laos', 'Brask Bank');
  });

  it('reads no measure in a market\'s ban', () => {
    const out = extractText('Laos sanctioned Dornik LLC.\nHalvern Bank was banned from trading on the exchange for a week.');
    expectNoRel(out, 'SANCTIONED', 'Laos', 'Halvern Bank');
  });
});
