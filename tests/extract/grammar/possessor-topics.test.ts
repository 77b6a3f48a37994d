/**
 * The owner of a subject as the topic of its clause, shown with sentences written for the test (invented names):
 * "Although A's shipments to B stopped, the firm started supplying C" makes "the firm" A, and the older rules'
 * reading of B as C's supplier gives way to the grammar's.
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: the owner of a subject as its topic', () => {
  it('resolves "the firm" to the owner of the subject before it, not to that subject\'s recipient', () => {
    const out = extractText('Although Velkor Tools\'s shipments to Tarsin Trading stopped in 2023, the firm later started supplying drills to Orvex.');
    expect(expectRel(out, 'SHIPPED_TO', 'Velkor Tools', 'Orvex').rule).toBe('frame:supply/active');
    expectRel(out, 'SHIPPED_TO', 'Velkor Tools', 'Tarsin Trading');
    expectNoRel(out, 'SHIPPED_TO', 'Tarsin Trading', 'Orvex');
  });

  it('drops the older rules\' recipient-to-recipient flow where the grammar read one supplier for both', () => {
    const out = extractText('Velkor Tools sold drills to Tarsin Trading. Although Velkor\'s shipments to Tarsin stopped in 2023, the firm later started supplying drills to a second Belarusian buyer, Orvex, in May.');
    expectRel(out, 'SHIPPED_TO', 'Velkor Tools', 'Orvex');
    expectNoRel(out, 'SHIPPED_TO', 'Tarsin Trading', 'Orvex');
  });
  it('resolves "the company" to a name introduced as a firm in apposition, not to names in a parenthesis after it', () => {
    const out = extractText('A new study looked at the activity of Velkor Tools, a large Italian company in the machinery sector (its clients include carmakers like Orvex Motors and Tarsin Aero). ' +
      'According to the study, the company delivered a milling centre to Belvek in 2022.');
    expect(expectRel(out, 'SHIPPED_TO', 'Velkor Tools', 'Belvek').rule).toBe('frame:supply/active');
    expectNoRel(out, 'SHIPPED_TO', 'Tarsin Aero', 'Belvek');
    expectNoRel(out, 'SHIPPED_TO', 'Orvex Motors', 'Belvek');
    // (Nor to a firm introduced inside the parenthesis.)
    const inner = extractText('A new study looked at the activity of Velkor Tools, a large Italian company (one client is Orvex Motors, a big car company). ' +
      'According to the study, the company delivered a milling centre to Belvek in 2022.');
    expectRel(inner, 'SHIPPED_TO', 'Velkor Tools', 'Belvek');
    expectNoRel(inner, 'SHIPPED_TO', 'Orvex Motors', 'Belvek');
  });
});
