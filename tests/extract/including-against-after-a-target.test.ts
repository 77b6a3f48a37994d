/**
 * "sanctions against K, including against A": targets named again with the measure's preposition after "including"
 * are targets too; what the "including" gives without one of the measure's prepositions is not. "the drone
 * transfer" is a noun phrase, not a clause. Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('sanctions: "including against" after a target', () => {
  it('reads the targets after "including against"', () => {
    const out = extractText('Vietnam imposed sanctions against Laos, including against Kestra Air and Orvel Trading.');
    expectRel(out, 'SANCTIONED', 'Vietnam', 'Laos');
    expectRel(out, 'SANCTIONED', 'Vietnam', 'Kestra Air');
    expectRel(out, 'SANCTIONED', 'Vietnam', 'Orvel Trading');
  });

  it('reads "including on" alike', () => {
    expectRel(extractText('Vietnam imposed sanctions on Laos, including on Kestra Air.'), 'SANCTIONED', 'Vietnam', 'Kestra Air');
  });

  it('reads a measure announced after a goods compound', () => {
    const out = extractText('Vietnam answered the drone transfer by announcing new sanctions against Laos, including against Kestra Air.');
    expectRel(out, 'SANCTIONED', 'Vietnam', 'Kestra Air');
  });

  it('still reads the trade of "the drone transfer from K to B"', () => {
    expectRel(extractText('Thailand condemned the drone transfer from Laos to Vietnam.'), 'SHIPPED_TO', 'Laos', 'Vietnam');
  });

  it('reads no target inside a trade the "including" names', () => {
    const out = extractText('Vietnam imposed sanctions on Laos, including against exports from Kestra Air.');
    expectNoRel(out, 'SANCTIONED', 'Vietnam', 'Kestra Air');
  });
});
