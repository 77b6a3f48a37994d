/**
 * List items that name a firm and then describe it, shown with sentences written for the test (invented names):
 * "- A – a Latvian firm which sold G to B", where the relative clause is about A, not about a proxy of the
 * description's country; and "the Russian defence sector" as its country's firms.
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: a list item that describes its name', () => {
  it('reads "- A – a Latvian firm which sold G to B" as A supplying B', () => {
    const out = extractText('The latest designations include:\n\n- Velkor Parts Ltd – a Latvian firm which sold radar chips to Belarus.\n' +
      '- Orvex Tools Ltd – Estonia-based firm which shipped lathes to the Belarusian defence sector.\n');
    expect(expectRel(out, 'SHIPPED_TO', 'Velkor Parts Ltd', 'Belarus').rule).toBe('frame:supply/active');
    expect(expectRel(out, 'SHIPPED_TO', 'Orvex Tools Ltd', 'Belarus').rule).toBe('frame:supply/active');
    expectNoRel(out, 'SHIPPED_TO', 'Latvia', 'Belarus');
    expectNoRel(out, 'SHIPPED_TO', 'Estonia', 'Belarus');
  });
});
