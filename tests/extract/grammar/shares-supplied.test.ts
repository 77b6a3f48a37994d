/**
 * A share of a buyer's trade that a supplier provides, and buying verbs the tagger takes for nouns: "A supplies nearly
 * 90% of B's imports of G", "B sources most of its parts from A". Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText, relationsOf } from '../helpers.js';

describe('grammar: shares supplied and sourcing', () => {
  it('reads "A supplies nearly 90% of B\'s imports of G"', () => {
    const out = extractText('Mongolia supplies nearly 90% of Belarus\'s imports of thermal sights.');
    expect(expectRel(out, 'SHIPPED_TO', 'Mongolia', 'Belarus').rule).toBe('frame:supply/share-of-trade');
  });

  it('takes no buyer from a share of a market: "A supplies 20% of the world\'s bearings"', () => {
    expect(relationsOf('Mongolia supplies about 20% of the world\'s bearings.', 'SHIPPED_TO')).toEqual([]);
  });

  it('reads "B sources most of its parts from A" with "sources" as the verb', () => {
    expectRel(extractText('Belarus sources most of its thermal sights from Mongolia.'), 'SHIPPED_TO', 'Mongolia', 'Belarus');
  });
});
