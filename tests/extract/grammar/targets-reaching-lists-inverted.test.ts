/**
 * Names reaching a sanctions list, put after the copula ("Also making the Laotian sanctions list was A", "Joining the
 * blacklist are B and C"), are the targets of the body the text reported; a list of anything else ("making the list of
 * top exporters") is no measure. Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText } from '../helpers.js';

describe('grammar: names reaching a sanctions list, inverted', () => {
  it('reads "Also making the Laotian sanctions list was A"', () => {
    const out = extractText('Laos announced new sanctions. Also making the Laotian sanctions list was Brask Logistics for shipping drones.');
    expect(expectRel(out, 'SANCTIONED', 'Laos', 'Brask Logistics').rule).toBe('frame:sanction/targets-include');
  });

  it('reads "Joining the blacklist are B and C"', () => {
    const out = extractText('Laos announced new sanctions. Joining the blacklist are Halvern Group and Brask Logistics.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Halvern Group');
    expectRel(out, 'SANCTIONED', 'Laos', 'Brask Logistics');
  });

  it('reads no measure in "Making the list of top exporters was A"', () => {
    expect(extractText('Laos announced new sanctions. Making the list of top exporters was Halvern Group.').relations.filter((r) => r.type === 'SANCTIONED')).toEqual([]);
  });
});
