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

  it('reads a relative clause after a date inside a description as the described name\'s', () => {
    const out = extractText('Orvel Trading, sanctioned by Thailand in March, which ships drones to Laos, denied wrongdoing.');
    expectRel(out, 'SHIPPED_TO', 'Orvel Trading', 'Laos');
    expectNoRel(out, 'SHIPPED_TO', 'Thailand', 'Laos');
    const acquired = extractText('Brask Logistics, acquired by the Halvern Group on May 3, which supplies drones to Laos, was sanctioned.');
    expectNoRel(acquired, 'SHIPPED_TO', 'Halvern Group', 'Laos');
  });

  it('still reads a name before the date as what a relative clause is about', () => {
    const out = extractText('Vietnam sanctioned Orvel Trading in March, which had shipped engines to the Halvern Group.');
    expectRel(out, 'SHIPPED_TO', 'Orvel Trading', 'Halvern Group');
  });
});
