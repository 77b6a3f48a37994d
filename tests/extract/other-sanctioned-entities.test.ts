/**
 * "A and other sanctioned entities, including B": "sanctioned" after "other" describes the entities; A imposes nothing
 * on B, nor on a body named later in the sentence. Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('sanctions: other sanctioned entities', () => {
  it('reads the participle after "other" as describing its noun', () => {
    const out = extractText('The Treasury sanctioned Halvern Group.\nThe firm kept backing the Vestrik Guard and other sanctioned entities, including the Laotian Ministry of Defense, a Treasury statement said.');
    expectRel(out, 'SANCTIONED', 'Treasury', 'Halvern Group');
    expectNoRel(out, 'SANCTIONED', 'Vestrik Guard', 'Laotian Ministry of Defense');
    expectNoRel(out, 'SANCTIONED', 'Vestrik Guard', 'Treasury');
  });

  it('still reads the verb after a plain subject', () => {
    const out = extractText('Laos and other states sanctioned Brask Logistics in May.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Brask Logistics');
  });
});
