/**
 * A measure named with the act of imposing it: "Laos's imposition of sanctions on A", "the UN and EU's joint
 * imposition of fresh sanctions on B". The imposer is the body. Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText, relationsOf } from '../helpers.js';

describe('grammar: measures imposed as nouns', () => {
  it('reads the possessor of the imposition as the body', () => {
    expect(expectRel(extractText('The move came after Laos\'s imposition of sanctions on Orvel Trading.'), 'SANCTIONED', 'Laos', 'Orvel Trading').rule).toBe('frame:sanction/nominal');
  });

  it('reads bodies joined before the possessor', () => {
    const out = extractText('The move came after the UN and EU\'s joint imposition of fresh sanctions on Vietnam.');
    expectRel(out, 'SANCTIONED', 'UN', 'Vietnam');
    expectRel(out, 'SANCTIONED', 'EU', 'Vietnam');
  });

  it('reads no body in an imposition only called for or urged', () => {
    expect(relationsOf('Laos called for Thailand\'s imposition of sanctions on Vietnam.', 'SANCTIONED')).toEqual([]);
    expectNoRel(extractText('Laos urged Thailand\'s adoption of sanctions on Orvel Trading.'), 'SANCTIONED', 'Thailand', 'Orvel Trading');
  });

  it('reads no body from a possessor of another act on the measure', () => {
    expect(relationsOf('Laos\'s criticism of sanctions on Orvel Trading was loud.', 'SANCTIONED')).toEqual([]);
  });
});
