/**
 * A supply clause that names its supplier and goods but no recipient, right after a clause in the same paragraph
 * that named one, goes on about the same destination ("Parts are supplied to B by firms abroad. For example, A
 * supplied components worth $3m."). Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: a supplier without a recipient after a stated destination', () => {
  it('takes the destination of the clause before: "... supplied to B by firms abroad. For example, A supplied G"', () => {
    const out = extractText('Drone parts are often supplied to Varkonia by firms set up abroad. For example, Pemberly Trading Ltd, a company registered in Dubai, supplied components worth $3 million.');
    expect(expectRel(out, 'SHIPPED_TO', 'Pemberly Trading Ltd', 'Varkonia').rule).toBe('frame:supply/active+destination-of-last');
  });

  it('does not take it for a line of business, a market, a negated clause or another paragraph', () => {
    for (const second of [
      'Orlov Systems GmbH, a German company, sells machine tools.',
      'Orlov Systems GmbH sold spare parts in Belarus.',
      'Orlov Systems GmbH did not export chips.',
    ]) {
      const out = extractText(`Pemberly Trading Ltd shipped chips to Varkonia. ${second}`);
      expectRel(out, 'SHIPPED_TO', 'Pemberly Trading Ltd', 'Varkonia');
      expectNoRel(out, 'SHIPPED_TO', 'Orlov Systems GmbH', 'Varkonia');
    }
    const apart = extractText('Pemberly Trading Ltd shipped chips to Varkonia.\n\nOrlov Systems GmbH has also exported machine tools.');
    expectNoRel(apart, 'SHIPPED_TO', 'Orlov Systems GmbH', 'Varkonia');
  });
});
