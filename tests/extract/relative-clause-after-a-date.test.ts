/**
 * A relative clause after a date ("announced new sanctions on May 3, which hit A") is about the phrase before
 * the date, not about a name set off earlier in the sentence ("The Laotian Treasury, alongside Thailand and Vietnam,
 * announced ..."): shown with sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

const TEXT = [
  'The Laotian Treasury, alongside Thailand and Vietnam, announced new sanctions on May 3, which hit twenty firms and people, among them Brask Logistics.',
  'The measures also hit three Brask officials -- Pavel Dorin, Vera Kestrova and Tomas Varno.',
].join('\n\n');

describe('relations: a relative clause after a date', () => {
  it('reads the measure before the date as what the relative clause is about, and its announcer as the body', () => {
    const out = extractText(TEXT);
    expectRel(out, 'SANCTIONED', 'Laotian Treasury', 'Brask Logistics');
    expectRel(out, 'SANCTIONED', 'Laotian Treasury', 'Vera Kestrova');
    expectNoRel(out, 'SANCTIONED', 'Vietnam', 'Brask Logistics');
    expectNoRel(out, 'SANCTIONED', 'Thailand', 'Pavel Dorin');
  });

  it('still reads a name before the date as what a relative clause is about', () => {
    const out = extractText('Vietnam sanctioned Orvel Trading in March, which had shipped engines to the Halvern Group.');
    expectRel(out, 'SHIPPED_TO', 'Orvel Trading', 'Halvern Group');
  });
});
