/**
 * An owner's noun joined to a person's title in one phrase ("A, co-owner and managing director of B,", "A is the owner
 * and president of B"): A owns B; a title alone ("director and spokesman of B") owns nothing. Sentences written for
 * the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('ownership: an owner who also holds a title', () => {
  it('reads "A, co-owner and managing director of B," and "A is the owner and president of B" as A owning B', () => {
    const out = extractText('Martin Varno, co-owner and managing director of Halvern Group in Laos, was detained in May.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Halvern Group', 'Martin Varno').rule).toBe('frame:own/apposition-owner');
    expect(expectRel(extractText('Martin Varno is the owner and president of Halvern Group.'), 'SUBSIDIARY_OF', 'Halvern Group', 'Martin Varno').rule)
      .toBe('frame:own/copula-owner');
  });

  it('reads "A, Laos\'s largest conglomerate and parent company of B," as A owning B (the last conjunct\'s "parent")', () => {
    const out = extractText('Halvern Group, Laos\'s biggest holding and parent company of Halvern Arms, one of the leading contractors, was listed.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Halvern Arms', 'Halvern Group').rule).toBe('frame:own/apposition-owner');
  });

  it('reads no ownership in titles alone', () => {
    expectNoRel(extractText('Martin Varno, director and spokesman of Halvern Group, was arrested.'), 'SUBSIDIARY_OF', 'Halvern Group', 'Martin Varno');
  });
});
