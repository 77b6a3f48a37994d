/**
 * Which body a sanctions regime or measure speaks for, shown with sentences written for the test (invented names): a
 * regime a body owns and names after the country it is on ("Thailand's Laos sanctions regime") is the owner's, not
 * the country's.
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('relations: the body a sanctions regime speaks for', () => {
  it('credits the owner of a regime named for the country it is on, not that country', () => {
    const out = extractText(
      "Two firms have been sanctioned under Thailand's Laos sanctions regime.\n\nThose sanctioned include Halvern Group.\n\nAlso sanctioned are state enterprises Brask Logistics and Orvel Trading, a maker of chips.",
    );
    for (const target of ['Halvern Group', 'Brask Logistics', 'Orvel Trading']) {
      expectRel(out, 'SANCTIONED', 'Thailand', target);
      expectNoRel(out, 'SANCTIONED', 'Laos', target);
    }
  });

  it('still credits a body named in the regime without a possessor', () => {
    const out = extractText('Halvern Group has been sanctioned under the Thai sanctions regime.');
    expectRel(out, 'SANCTIONED', 'Thailand', 'Halvern Group');
  });
});
