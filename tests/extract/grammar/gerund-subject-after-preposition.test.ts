/**
 * A gerund clause with its own subject as the object of a preposition: "a response to A sending G to B", "concerns
 * about A supplying G". Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText } from '../helpers.js';

describe('grammar: a name before a gerund after a preposition is the gerund\'s subject', () => {
  it('reads "a response to A sending G to B"', () => {
    const out = extractText('The measure is a response to Laos sending several dozen short-range rockets to Vietnam, the statement said.');
    expect(expectRel(out, 'SHIPPED_TO', 'Laos', 'Vietnam').rule).toBe('frame:supply/active');
  });

  it('reads "concerns about A supplying G to B"', () => {
    const out = extractText('The ministers raised concerns about Halvern Group supplying drone engines to Vietnam.');
    expect(expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Vietnam').rule).toBe('frame:supply/active');
  });
});
