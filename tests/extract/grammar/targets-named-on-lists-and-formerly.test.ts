/**
 * A target "named on" a body's sanctions lists ("A is named on Thai sanctions lists"), one set off by a described aside
 * before "has been under sanctions", and "once" before a verb in an aside, which means "formerly", not "if" ("A, which
 * once made radios for B, was targeted by Thai sanctions"). Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText } from '../helpers.js';

const sanctions = (text: string) => extractText(text).relations.filter((r) => r.type === 'SANCTIONED');

describe('grammar: targets named on lists, and "once" as "formerly"', () => {
  it('reads a target named on a body\'s sanctions lists', () => {
    expectRel(extractText('Brask Logistics is named on Thai sanctions lists.'), 'SANCTIONED', 'Thailand', 'Brask Logistics');
    expectRel(extractText('The biggest buyer was Brask Logistics, which is named on Thai sanctions lists, though not on Mongolian ones.'), 'SANCTIONED', 'Thailand', 'Brask Logistics');
  });

  it('reads no target on a list of no measure, nor one denied', () => {
    expect(sanctions('Brask Logistics is named on the list of suppliers.')).toEqual([]);
    expect(sanctions('Brask Logistics was not named on Thai sanctions lists.')).toEqual([]);
  });

  it('reads "once" before a verb as "formerly": the measure after the aside is asserted', () => {
    expectRel(extractText('The Orvel Research Centre, which once made radios for the Laotian government, was first targeted by Thai sanctions in 2017.'),
      'SANCTIONED', 'Thailand', 'Orvel Research Centre');
  });

  it('still reads "once" opening a clause as a condition', () => {
    expect(sanctions('Once Brask Logistics ships the drones to Laos, Vietnam will be targeted by Thai sanctions.')).toEqual([]);
  });

  it('reads the name before a described aside as the one under sanctions: "K, a state that sits on the strait, has been under UN sanctions"', () => {
    const out = extractText('Laos, a small state that borders a busy river linking two trade routes, has been under UN sanctions for years.');
    expect(expectRel(out, 'SANCTIONED', 'UN', 'Laos').rule).toBe('frame:sanction/subject-to');
  });
});
