/**
 * Targets reaching a measure and targets named in quotes: "A, B and C also fell under export restrictions", "A came
 * under US sanctions" (the measure's body, else the report's), and "restrictions were introduced against the Russian
 * company "A"" (the quoted name a description gives). Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('sanctions: targets that fell or came under a measure', () => {
  it('reads "A came under US sanctions" and "A, B and C also fell under export restrictions" after a body\'s measure', () => {
    expect(expectRel(extractText('Halvern Group came under US sanctions in 2022.'), 'SANCTIONED', 'United States', 'Halvern Group').rule).toBe('frame:fall-under/active');
    const out = extractText('Washington imposed sanctions on 11 Mongolian companies. Brask Logistics, Halvern Group and Tessaly Optics, which trade in electronics, also fell under export restrictions.');
    expectRel(out, 'SANCTIONED', 'United States', 'Brask Logistics');
    expectRel(out, 'SANCTIONED', 'United States', 'Tessaly Optics');
  });

  it('reads no measure in "came under fire"', () => {
    // (After a body's measure too, whose targets a bare "came under" would otherwise take.)
    const fire = extractText('The US Treasury sanctioned Brask Logistics on Monday. Halvern Group came under fire for its sales.');
    expectNoRel(fire, 'SANCTIONED', 'US Treasury', 'Halvern Group');
  });
});

describe('sanctions: a target named in quotes after its description', () => {
  it('reads "restrictions were introduced against the Russian company \\"A\\""', () => {
    const out = extractText('Washington imposed sanctions on 11 Mongolian companies. Export restrictions were also introduced against the Russian company "Halvern-Tessaly", a producer of titanium.');
    expectRel(out, 'SANCTIONED', 'United States', 'Halvern-Tessaly');
  });
});
