/**
 * "We" in a quotation that sanctions speaks for the speaker's country or body ('"Today we are sanctioning A," said
 * Mongolia's foreign minister B': Mongolia, not another body the text named before). Sentences written for the test
 * (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: "we" in a quotation that sanctions', () => {
  it('reads the speaker\'s country from the possessive of a title after "said"', () => {
    const out = extractText('The EU widened its sanctions on Vietnamese shipping.\n“Today we are sanctioning Halvern Group and Brask Logistics in response to Vietnam’s delivery of missiles to Laos,” said Mongolia’s Foreign Minister Martin Varno.');
    expect(expectRel(out, 'SANCTIONED', 'Mongolia', 'Halvern Group').rule).toBe('frame:sanction/active');
    expectNoRel(out, 'SANCTIONED', 'EU', 'Halvern Group');
  });

  it('reads the speaker\'s country from the demonym of a title before "said"', () => {
    expectRel(extractText('Laotian Foreign Minister Martin Varno said: “We are sanctioning Halvern Group today.”'), 'SANCTIONED', 'Laos', 'Halvern Group');
  });

  it('takes no country of a speaker who is no person: "said the Laotian report"', () => {
    expectNoRel(extractText('The EU widened its sanctions.\n“We are sanctioning Halvern Group today,” said the Laotian report.'), 'SANCTIONED', 'Laos', 'Halvern Group');
  });

  it('takes no firm of a speaker for a sanctioning body: "said A\'s chief B"', () => {
    expectNoRel(extractText('“We are sanctioning Brask Logistics,” said Halvern Group’s chief Martin Varno.'), 'SANCTIONED', 'Halvern Group', 'Brask Logistics');
  });
});

describe('grammar: "we" needs an office holder', () => {
  it('takes no country of an expert: \'"We are sanctioning A," said Vietnam expert B\'', () => {
    expectNoRel(extractText('“We are sanctioning Halvern Group,” said Vietnam expert Martin Varno.'), 'SANCTIONED', 'Vietnam', 'Halvern Group');
  });
});
